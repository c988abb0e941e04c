<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ow::AnnouncementQueue</name>
    <message>
        <source>Calling again: number %1, please go to window %2</source>
        <translation>再次呼叫，请 %1 号到 %2 号窗口办理</translation>
    </message>
    <message>
        <source>Number %1, please go to window %2</source>
        <translation>请 %1 号到 %2 号窗口办理</translation>
    </message>
</context>
<context>
    <name>ow::CaseClient</name>
    <message>
        <source>Choose a matter from the catalogue.</source>
        <translation>请从事项目录中选择事项。</translation>
    </message>
    <message>
        <source>The server refused this (%1).</source>
        <translation>服务器拒绝了此操作（%1）。</translation>
    </message>
    <message>
        <source>Please log in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>Offline: this is the copy on this computer.</source>
        <translation>离线：显示的是本机保存的副本。</translation>
    </message>
</context>
<context>
    <name>ow::CaseDocuments</name>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>To accept this matter we still need the following materials. This list is complete: bring them and the matter will be accepted on your next visit.</source>
        <translation>受理本事项还需补齐以下材料。本告知为一次性告知：材料备齐后再次前来即可受理。</translation>
    </message>
    <message>
        <source>Any window of any hall in the city can accept it. Window %1.</source>
        <translation>全市任一大厅任一窗口均可受理。告知窗口：%1 号窗口。</translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Collect at</source>
        <translation>领取地点</translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation>已收材料</translation>
    </message>
    <message>
        <source>Scan the code, or look the case up with its number and the last four characters of the ID number, to see where it stands.</source>
        <translation>扫描二维码，或凭受理编号及身份证号码后四位查询办理进度。</translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>Acceptance receipt %1</source>
        <translation>受理回执 %1</translation>
    </message>
    <message>
        <source>Your application cannot be accepted, for this reason:</source>
        <translation>经审查，您的申请不予受理，理由如下：</translation>
    </message>
    <message>
        <source>If you disagree, you may apply for administrative reconsideration within 60 days or bring an administrative lawsuit within 6 months of receiving this notice.</source>
        <translation>如对本决定不服，可在收到本通知书之日起六十日内申请行政复议，或者在六个月内依法提起行政诉讼。</translation>
    </message>
    <message>
        <source>Window %1. Ask at any window, or call 12333.</source>
        <translation>经办窗口：%1 号。如有疑问，请到任一窗口咨询或拨打 12333。</translation>
    </message>
    <message>
        <source>Notice of non-acceptance</source>
        <translation>不予受理通知书</translation>
    </message>
</context>
<context>
    <name>ow::CaseText</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted online, to verify</source>
        <translation>网上申报，待核验</translation>
    </message>
    <message>
        <source>Accepted, awaiting a reviewer</source>
        <translation>已受理，待分派审核</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Returned for supplement</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <source>First approval given</source>
        <translation>初审通过，待复核</translation>
    </message>
    <message>
        <source>With the supervisor</source>
        <translation>已提交主管</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>审核不通过</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Completed on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>已出件</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Submitted online</source>
        <translation>网上申报</translation>
    </message>
    <message>
        <source>Originals verified, accepted</source>
        <translation>核验原件并受理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>已收补正材料</translation>
    </message>
    <message>
        <source>Escalated to the supervisor</source>
        <translation>提交主管</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>临期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <source>Exempt (held by the bureau)</source>
        <translation>免交（已有数据）</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>免交</translation>
    </message>
    <message>
        <source>Receipt and review are separate: whoever accepted a case never approves or rejects it.</source>
        <translation>受审分离：受理人不能审批本人受理的办件。</translation>
    </message>
    <message>
        <source>Two-person review: the second approval must come from someone else.</source>
        <translation>双人复核：第二次审批须由另一人完成。</translation>
    </message>
    <message>
        <source>This step is not taken at your desk.</source>
        <translation>此环节不属于您的岗位。</translation>
    </message>
    <message>
        <source>This case is assigned to another reviewer.</source>
        <translation>此办件已分派给其他审核人员。</translation>
    </message>
    <message>
        <source>Not possible while the case is “%1”.</source>
        <translation>办件处于“%1”状态，不能进行此操作。</translation>
    </message>
</context>
<context>
    <name>ow::CaseWorkPage</name>
    <message>
        <source>Done: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message>
        <source>Promised by %1</source>
        <translation>承诺 %1 前办结</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>受理大厅</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核机构</translation>
    </message>
    <message>
        <source>Result collected at</source>
        <translation>领取地点</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source> · window %1</source>
        <translation> · %1 号窗口</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>系统自动</translation>
    </message>
    <message>
        <source>Collected at this hall</source>
        <translation>本大厅现场领取</translation>
    </message>
    <message>
        <source>Sent by post</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>How is the result delivered?</source>
        <translation>结果如何送达？</translation>
    </message>
    <message>
        <source>Address and tracking number:</source>
        <translation>收件地址和快递单号：</translation>
    </message>
    <message>
        <source>The reason (the citizen is told):</source>
        <translation>原因（将告知申请人）：</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>My cases to review (%1)</source>
        <translation>我的待审办件（%1）</translation>
    </message>
    <message>
        <source>Cases needing attention (%1): escalated, unassigned, due soon, overdue</source>
        <translation>督办事项（%1）：提交主管、待分派、临期、超期</translation>
    </message>
    <message>
        <source>Online applications to verify and results to hand out (%1)</source>
        <translation>待核验网上申报与待出件（%1）</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Timeline: every step, as it happened</source>
        <translation>办理过程：每一步的经过</translation>
    </message>
    <message>
        <source>Choose a case from the list, or open one by its number.</source>
        <translation>从列表中选择办件，或输入办件编号打开。</translation>
    </message>
    <message>
        <source>Originals checked: accept</source>
        <translation>核验原件并受理</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>已收补正材料</translation>
    </message>
    <message>
        <source>Hand out…</source>
        <translation>出件…</translation>
    </message>
    <message>
        <source>Return for supplement…</source>
        <translation>退回补正…</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>提交主管…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>不予批准…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>To %1 (%2)</source>
        <translation>分派给 %1（%2）</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <source>Automatic (skill, load and due date)</source>
        <translation>智能分派（按业务类别、在办量和时限）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) · %n open case(s)</source>
        <translation>
            <numerusform>%1（%2）· 在办 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>改派</translation>
    </message>
    <message>
        <source>Assign case %1 to:</source>
        <translation>将办件 %1 分派给：</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <source>Personal data is masked: you are not working on this case.</source>
        <translation>个人信息已隐去：您未经办此件。</translation>
    </message>
    <message>
        <source>Show full data…</source>
        <translation>显示完整信息…</translation>
    </message>
</context>
<context>
    <name>ow::CatalogueBrowser</name>
    <message>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>County / district</source>
        <translation>县（市、区）级</translation>
    </message>
    <message>
        <source>Township / street</source>
        <translation>乡镇（街道）级</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High (two-person review)</source>
        <translation>高（需双人复核）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>事项类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <source>Competent level</source>
        <translation>行使层级</translation>
    </message>
    <message>
        <source>Accepted at lower levels</source>
        <translation>下级大厅可受理</translation>
    </message>
    <message>
        <source>Yes, at any hall in the city</source>
        <translation>是，全市任一大厅均可受理</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Required materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>if applicable</source>
        <translation>视情形提供</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>申请表填报项</translation>
    </message>
    <message>
        <source>Choose a service to see its materials, form and time limit.</source>
        <translation>请选择事项，查看其申请材料、申请表和承诺时限。</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>共 %n 项事项</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name, code or pinyin initials (e.g. ylbx)</source>
        <translation>按事项名称、编码或拼音首字母搜索（如 ylbx）</translation>
    </message>
    <message>
        <source>Community service station</source>
        <translation>社区服务站</translation>
    </message>
    <message>
        <source>Halls that may accept it</source>
        <translation>可受理的大厅</translation>
    </message>
    <message>
        <source>Any hall in the city</source>
        <translation>全市任一大厅</translation>
    </message>
    <message>
        <source>City-level halls only</source>
        <translation>仅市级大厅</translation>
    </message>
    <message>
        <source>%1 halls and above</source>
        <translation>%1及以上大厅</translation>
    </message>
</context>
<context>
    <name>ow::CatalogueModel</name>
    <message>
        <source>On the spot</source>
        <translation>即办件</translation>
    </message>
    <message numerus="yes">
        <source>Committed, %n working day(s)</source>
        <translation>
            <numerusform>承诺件，%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>办件类型</translation>
    </message>
</context>
<context>
    <name>ow::CitizenScreen</name>
    <message>
        <source>Welcome. Window %1 is at your service.</source>
        <translation>欢迎您！%1 号窗口竭诚为您服务。</translation>
    </message>
    <message>
        <source>Ticket %1
In progress: %2</source>
        <translation>号码 %1
正在办理：%2</translation>
    </message>
    <message>
        <source>How satisfied are you with “%1”?</source>
        <translation>您对“%1”的办理是否满意？</translation>
    </message>
    <message>
        <source>OneWindow — citizen screen</source>
        <translation>一窗通 · 对客屏</translation>
    </message>
    <message>
        <source>Serving you: %1
Staff number: %2
%3</source>
        <translation>为您服务：%1
工号：%2
%3</translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation>感谢您的评价！</translation>
    </message>
</context>
<context>
    <name>ow::ClientSession</name>
    <message>
        <source>The server cannot be reached, and this user has not logged in on this computer before, so there is nothing to work with offline.</source>
        <translation>无法连接服务器，且该用户此前未在本机登录过，本机没有可供离线办理的数据。</translation>
    </message>
    <message>
        <source>The server cannot be reached, and the password does not match the one last used on this computer.</source>
        <translation>无法连接服务器，且密码与本机上次登录时使用的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ow::DisplayBoard</name>
    <message>
        <source>OneWindow hall display</source>
        <translation>一窗通叫号屏</translation>
    </message>
    <message>
        <source>OneWindow service hall</source>
        <translation>一窗通服务大厅</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>正在呼叫</translation>
    </message>
    <message>
        <source>Calling again</source>
        <translation>再次呼叫</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <source>Offline, reconnecting…</source>
        <translation>网络中断，正在重新连接…</translation>
    </message>
    <message>
        <source>Please keep your ticket and listen for your number</source>
        <translation>请保管好您的号票，留意叫号</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
    <message>
        <source>Waiting for the first call</source>
        <translation>等待叫号</translation>
    </message>
    <message>
        <source>%1 → window %2</source>
        <translation>%1 → %2 号窗口</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Please bring your ticket to window %1</source>
        <translation>请持号票到 %1 号窗口办理</translation>
    </message>
</context>
<context>
    <name>ow::WaitingPanel</name>
    <message>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message numerus="yes">
        <source>%n in total</source>
        <translation>
            <numerusform>共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>暂无等候</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人等候</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1–%2 min</source>
        <translation>约 %1–%2 分钟</translation>
    </message>
</context>
<context>
    <name>ow::DocumentOutput</name>
    <message>
        <source>The printer %1 is not ready.</source>
        <translation>打印机 %1 未就绪。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The document could not be written to %1.</source>
        <translation>无法将文书写入 %1。</translation>
    </message>
</context>
<context>
    <name>ow::Errors</name>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>请求内容不是有效的 JSON 格式。</translation>
    </message>
    <message>
        <source>The request is not understood.</source>
        <translation>无法识别该请求。</translation>
    </message>
    <message>
        <source>Please log in: the session is missing, invalid or expired.</source>
        <translation>登录状态不存在、无效或已过期，请重新登录。</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>用户名或密码错误，请重新输入。</translation>
    </message>
    <message>
        <source>Your role is not allowed to do this.</source>
        <translation>您当前的角色无权进行此操作。</translation>
    </message>
    <message>
        <source>Nothing was found at this address.</source>
        <translation>未找到该地址对应的内容。</translation>
    </message>
    <message>
        <source>This address does not accept this method.</source>
        <translation>该地址不支持此请求方式。</translation>
    </message>
    <message>
        <source>The request conflicts with the current state.</source>
        <translation>该请求与当前状态冲突，未能执行。</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>请求内容过大。</translation>
    </message>
    <message>
        <source>Some fields are missing or invalid.</source>
        <translation>部分信息未填写或填写有误，请检查。</translation>
    </message>
    <message>
        <source>Too many failed logins: the account is locked for a while.</source>
        <translation>登录失败次数过多，账号已被暂时锁定，请稍后再试。</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>无法连接服务器。</translation>
    </message>
    <message>
        <source>An internal error occurred; nothing was changed.</source>
        <translation>系统发生内部错误，本次操作未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is still at window %2: finish it, mark it no-show or transfer it before calling the next.</source>
        <translation>%1 仍在 %2 号窗口：请先办结、过号或转办，再叫下一位。</translation>
    </message>
    <message>
        <source>%1 is still at window %2: finish, skip or transfer it before retiring the window.</source>
        <translation>%1 仍在 %2 号窗口办理：请先办结、过号或转办，再撤销该窗口。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; appoint another one first.</source>
        <translation>%1 是最后一名在用的系统管理员，请先设立另一名管理员。</translation>
    </message>
    <message>
        <source>Archive hall %1 below this one first.</source>
        <translation>请先将下级大厅 %1 归档。</translation>
    </message>
    <message>
        <source>Change your one-time password before anything else.</source>
        <translation>请先修改一次性密码，再进行其他操作。</translation>
    </message>
    <message>
        <source>Hall %1 already has a window %2.</source>
        <translation>大厅 %1 已有 %2 号窗口。</translation>
    </message>
    <message>
        <source>Hall %1 still has open work (%2 tickets, %3 cases): finish or transfer it first.</source>
        <translation>大厅 %1 仍有未办结的业务（号票 %2 张、办件 %3 件），请先办结或转办。</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>The device code %1 is already in use.</source>
        <translation>设备编号 %1 已被使用。</translation>
    </message>
    <message>
        <source>The hall code %1 is already in use.</source>
        <translation>大厅编码 %1 已被使用。</translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation>用户名 %1 已被占用。</translation>
    </message>
    <message>
        <source>You do not administer hall %1.</source>
        <translation>您不是大厅 %1 的管理员。</translation>
    </message>
    <message>
        <source>Only a city administrator may put a hall at the top of the tree.</source>
        <translation>只有市级管理员可以设立顶层大厅。</translation>
    </message>
    <message>
        <source>%1 is the last active city administrator; appoint another one at the city hall first.</source>
        <translation>%1 是最后一名在用的市级管理员，请先在市级大厅设立另一名管理员。</translation>
    </message>
    <message>
        <source>“%2” is not delegated to county / district halls; please apply at a city-level hall.</source>
        <translation>「%1」未下放至县（市、区）级大厅受理，请到市级大厅办理。</translation>
    </message>
    <message>
        <source>“%2” is not delegated to township / street halls; please apply at a city-level hall.</source>
        <translation>「%1」未下放至乡镇（街道）级大厅受理，请到市级大厅办理。</translation>
    </message>
    <message>
        <source>“%2” is not delegated to township / street halls; please apply at a county / district hall or above.</source>
        <translation>「%1」未下放至乡镇（街道）级大厅受理，请到县（市、区）级或以上的大厅办理。</translation>
    </message>
    <message>
        <source>“%2” is not delegated to community service stations; please apply at a city-level hall.</source>
        <translation>「%1」未下放至社区服务站受理，请到市级大厅办理。</translation>
    </message>
    <message>
        <source>“%2” is not delegated to community service stations; please apply at a county / district hall or above.</source>
        <translation>「%1」未下放至社区服务站受理，请到县（市、区）级或以上的大厅办理。</translation>
    </message>
    <message>
        <source>“%2” is not delegated to community service stations; please apply at a township / street hall or above.</source>
        <translation>「%1」未下放至社区服务站受理，请到乡镇（街道）级或以上的大厅办理。</translation>
    </message>
    <message>
        <source>Catalogue version %1 already exists with different content: give the new catalogue a version of its own.</source>
        <translation>事项清单版本 %1 已存在且内容不同：请为新清单另定版本号。</translation>
    </message>
    <message>
        <source>There is no catalogue version %1.</source>
        <translation>没有事项清单版本 %1。</translation>
    </message>
    <message>
        <source>The catalogue file was refused (%1 problems); the first: %2</source>
        <translation>事项清单文件未通过校验（共 %1 处问题），第一处：%2</translation>
    </message>
    <message>
        <source>A version is scheduled from a later day; to put it in force today, activate it now.</source>
        <translation>只能预约在以后的某一天生效；如需今天生效，请选择“立即启用”。</translation>
    </message>
    <message>
        <source>Catalogue version %1 is already in force.</source>
        <translation>事项清单版本 %1 已在使用中。</translation>
    </message>
    <message>
        <source>Catalogue version %1 is already scheduled from %2: withdraw that first.</source>
        <translation>事项清单版本 %1 已预约于 %2 生效：请先撤销该预约。</translation>
    </message>
    <message>
        <source>Catalogue version %1 is not scheduled.</source>
        <translation>事项清单版本 %1 没有预约生效。</translation>
    </message>
    <message>
        <source>Only a city administrator manages the catalogue&apos;s versions.</source>
        <translation>只有市级管理员可以管理事项清单版本。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Hall %1 is archived: no account or device may be added there or moved there.</source>
        <translation>大厅 %1 已归档，不能在该大厅新增或调入账号、设备。</translation>
    </message>
    <message>
        <source>Hall %1 is archived: it gets no new windows.</source>
        <translation>大厅 %1 已归档，不能再新增窗口。</translation>
    </message>
    <message>
        <source>Hall %1 in the org document</source>
        <translation>组织架构文件中的大厅 %1</translation>
    </message>
    <message>
        <source>Window %2 of hall %1 in the org document</source>
        <translation>组织架构文件中大厅 %1 的 %2 号窗口</translation>
    </message>
    <message>
        <source>Account %1 in the org document</source>
        <translation>组织架构文件中的账号 %1</translation>
    </message>
    <message>
        <source>Device %1 in the org document</source>
        <translation>组织架构文件中的设备 %1</translation>
    </message>
    <message>
        <source>It is listed more than once.</source>
        <translation>该条目重复出现。</translation>
    </message>
    <message>
        <source>Give the report&apos;s first and last day as yyyy-MM-dd.</source>
        <translation>请按 yyyy-MM-dd 格式填写统计的起止日期。</translation>
    </message>
    <message>
        <source>The report&apos;s last day %1 is before its first day %2.</source>
        <translation>统计截止日期 %1 早于起始日期 %2。</translation>
    </message>
    <message>
        <source>A report covers at most %1 days; %2 to %3 is %4 days.</source>
        <translation>统计区间最长 %1 天，%2 至 %3 共 %4 天。</translation>
    </message>
    <message>
        <source>This report cannot be grouped by “%1”; group it by one of: %2.</source>
        <translation>该报表不能按“%1”分组，请按以下之一分组：%2。</translation>
    </message>
    <message>
        <source>A report is given as json or csv, not “%1”.</source>
        <translation>报表格式只能是 json 或 csv，不支持“%1”。</translation>
    </message>
    <message>
        <source>Reports are for supervisors, and for the city&apos;s administrators.</source>
        <translation>只有主管和市级系统管理员可以查看统计报表。</translation>
    </message>
    <message>
        <source>The figures of hall %1 are not among those you supervise.</source>
        <translation>大厅 %1 不在您的主管范围内，无法查看其统计数据。</translation>
    </message>
    <message>
        <source>At most 500 characters.</source>
        <translation>不能超过 500 个字。</translation>
    </message>
    <message>
        <source>Say when the citizen was contacted.</source>
        <translation>请填写回访时间。</translation>
    </message>
    <message>
        <source>The contact cannot be later than now.</source>
        <translation>回访时间不能晚于当前时间。</translation>
    </message>
    <message>
        <source>The contact cannot be before the bad rating.</source>
        <translation>回访时间不能早于差评时间。</translation>
    </message>
    <message>
        <source>Choose how the citizen was contacted.</source>
        <translation>请选择回访方式。</translation>
    </message>
    <message>
        <source>Choose what the citizen answered.</source>
        <translation>请选择群众的回访意见。</translation>
    </message>
    <message>
        <source>Say what caused the bad rating.</source>
        <translation>请填写差评原因。</translation>
    </message>
    <message>
        <source>Say what was done about it.</source>
        <translation>请填写整改措施。</translation>
    </message>
    <message>
        <source>This rectification is closed already.</source>
        <translation>该整改已办结，不能重复操作。</translation>
    </message>
    <message>
        <source>Record at least one contact with the citizen before closing.</source>
        <translation>办结前请至少登记一次对群众的回访。</translation>
    </message>
    <message>
        <source>You do not oversee hall %1.</source>
        <translation>您不负责大厅 %1 的督查工作。</translation>
    </message>
    <message>
        <source>Say which row&apos;s tickets to list (the parameter key).</source>
        <translation>请指明要列出哪一行的号票（参数 key）。</translation>
    </message>
    <message>
        <source>The tickets behind “%1” cannot be listed.</source>
        <translation>无法列出“%1”对应的号票明细。</translation>
    </message>
    <message>
        <source>The tickets are listed as json only.</source>
        <translation>号票明细仅提供 json 格式。</translation>
    </message>
    <message>
        <source>Only the queue report can be narrowed to one window.</source>
        <translation>只有排队叫号报表可以按单个窗口统计。</translation>
    </message>
    <message>
        <source>“%1” is not a window number.</source>
        <translation>“%1”不是有效的窗口号。</translation>
    </message>
    <message>
        <source>Give the day as yyyy-MM-dd.</source>
        <translation>请按 yyyy-MM-dd 格式填写日期。</translation>
    </message>
    <message>
        <source>The audit trail covers every hall: only the city hall&apos;s supervisors and administrators read it.</source>
        <translation>审计日志覆盖全市所有大厅，仅市级大厅的主管和管理员可以查看。</translation>
    </message>
    <message>
        <source>Too many attempts from this address: please wait a while and try again.</source>
        <translation>来自此地址的尝试次数过多，请稍后再试。</translation>
    </message>
    <message>
        <source>Too many failed logins from this computer: logins from it are paused for a while. Please try again later.</source>
        <translation>本机登录失败次数过多，已暂停从本机登录，请稍后再试。</translation>
    </message>
    <message>
        <source>Hall %1 has no hall above it to escalate to.</source>
        <translation>大厅 %1 已是最高一级，无法再上报。</translation>
    </message>
    <message>
        <source>Only a supervisor may dispose of a risk alert.</source>
        <translation>只有主管可以处置风险预警。</translation>
    </message>
    <message>
        <source>Only the city&apos;s administrator may change the risk rules.</source>
        <translation>只有市级系统管理员可以修改风险规则。</translation>
    </message>
    <message>
        <source>Only the city&apos;s administrator may run the risk sweep.</source>
        <translation>只有市级系统管理员可以执行风险巡检。</translation>
    </message>
    <message>
        <source>This alert has already been disposed of (%1).</source>
        <translation>该预警已处置（%1），不能重复处置。</translation>
    </message>
    <message>
        <source>This alert has been escalated to hall %1 and waits for its supervisors.</source>
        <translation>该预警已上报至大厅 %1，由其主管处置。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>A list of 1 to 50 matter codes.</source>
        <translation>请填写 1 到 50 个事项编码。</translation>
    </message>
    <message>
        <source>A matter code.</source>
        <translation>请填写事项编码。</translation>
    </message>
    <message>
        <source>This matter is listed twice.</source>
        <translation>该事项重复列出。</translation>
    </message>
    <message>
        <source>There is no such matter in the catalogue.</source>
        <translation>事项清单中没有该事项。</translation>
    </message>
    <message>
        <source>This rule is given twice.</source>
        <translation>该规则重复出现。</translation>
    </message>
    <message>
        <source>This rule has no such parameter.</source>
        <translation>该规则没有此参数。</translation>
    </message>
    <message>
        <source>This rule is missing: give every rule once.</source>
        <translation>缺少该规则：每条规则须且仅须出现一次。</translation>
    </message>
    <message>
        <source>There is no such rule.</source>
        <translation>不存在该规则。</translation>
    </message>
    <message>
        <source>Required, or of the wrong type.</source>
        <translation>缺少此项或类型不正确。</translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to 3650.</source>
        <translation>请输入 1 到 3650 之间的整数。</translation>
    </message>
    <message>
        <source>Enter a whole number from 40 to 80.</source>
        <translation>请输入 40 到 80 之间的整数。</translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to 1000.</source>
        <translation>请输入 1 到 1000 之间的整数。</translation>
    </message>
    <message>
        <source>Enter a number from 1 to 100.</source>
        <translation>请输入 1 到 100 之间的数值。</translation>
    </message>
    <message>
        <source>Enter a number from 0.01 to 1.</source>
        <translation>请输入 0.01 到 1 之间的数值。</translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to 240.</source>
        <translation>请输入 0 到 240 之间的整数。</translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to 10000.</source>
        <translation>请输入 1 到 10000 之间的整数。</translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to 366.</source>
        <translation>请输入 1 到 366 之间的整数。</translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to 10.</source>
        <translation>请输入 0 到 10 之间的整数。</translation>
    </message>
    <message>
        <source>Enter a whole number from 1 to 2000.</source>
        <translation>请输入 1 到 2000 之间的整数。</translation>
    </message>
    <message>
        <source>One of open, confirmed, dismissed, escalated.</source>
        <translation>只能是 open、confirmed、dismissed 或 escalated。</translation>
    </message>
    <message>
        <source>One of low, medium, high.</source>
        <translation>只能是 low、medium 或 high。</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>At most 366 days at a time.</source>
        <translation>一次最多查询 366 天。</translation>
    </message>
    <message>
        <source>Say why the alert is dismissed or escalated.</source>
        <translation>请说明排除或上报该预警的理由。</translation>
    </message>
    <message>
        <source>Not a valid resident ID number.</source>
        <translation>不是有效的居民身份证号。</translation>
    </message>
    <message>
        <source>Say why you need this person&apos;s data in full (%1 to %2 characters).</source>
        <translation>请说明需要查看此人完整信息的原因（%1 至 %2 个字）。</translation>
    </message>
    <message>
        <source>The TLS file %1 does not exist.</source>
        <translation>TLS 文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The TLS file %1 cannot be read (%2).</source>
        <translation>无法读取 TLS 文件 %1（%2）。</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>文件 %1 中没有 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>The certificate in %1 expired on %2.</source>
        <translation>%1 中的证书已于 %2 过期。</translation>
    </message>
    <message>
        <source>The private key in %1 is protected by a passphrase; give the server an unencrypted key that only its own account can read.</source>
        <translation>%1 中的私钥设有口令保护；请为服务器提供未加密的私钥，并设置为仅服务器自身的账户可读。</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM private key (RSA or EC).</source>
        <translation>文件 %1 中没有 PEM 格式的私钥（RSA 或 EC）。</translation>
    </message>
    <message>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation>%1 中的私钥与 %2 中的证书不匹配。</translation>
    </message>
    <message>
        <source>Give the forecast&apos;s first day as yyyy-MM-dd.</source>
        <translation>请按 yyyy-MM-dd 格式填写预测的起始日期。</translation>
    </message>
    <message>
        <source>A forecast covers 1 to %1 days.</source>
        <translation>预测最多覆盖 1 至 %1 天。</translation>
    </message>
    <message>
        <source>There is no matter %1 in the catalogue.</source>
        <translation>事项目录中没有事项 %1。</translation>
    </message>
    <message>
        <source>The pre-check names %1, which is not among the ticket&apos;s matters.</source>
        <translation>预审所列事项 %1 不在本次取号的事项中。</translation>
    </message>
    <message>
        <source>Matter %1 is pre-checked twice.</source>
        <translation>事项 %1 重复预审。</translation>
    </message>
    <message>
        <source>Matter %1 has no material %2 on its checklist.</source>
        <translation>事项 %1 的材料清单中没有 %2。</translation>
    </message>
    <message>
        <source>A consultation lasts from 0 seconds to 4 hours; %1 seconds is not possible.</source>
        <translation>咨询时长应在 0 秒到 4 小时之间，%1 秒不可能。</translation>
    </message>
    <message>
        <source>There is no matter “%1” in the catalogue.</source>
        <translation>事项清单中没有事项“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a latitude: give degrees between -90 and 90.</source>
        <translation>“%1”不是有效的纬度，请填写 -90 至 90 之间的度数。</translation>
    </message>
    <message>
        <source>“%1” is not a longitude: give degrees between -180 and 180.</source>
        <translation>“%1”不是有效的经度，请填写 -180 至 180 之间的度数。</translation>
    </message>
    <message>
        <source>“%1” is not a number of halls from 1 to 100.</source>
        <translation>“%1”不是有效的大厅数量，请填写 1 至 100 之间的整数。</translation>
    </message>
    <message>
        <source>Name the matter to find halls for (service=…).</source>
        <translation>请指明要查找可办大厅的事项（service=…）。</translation>
    </message>
    <message>
        <source>At most 1000 characters.</source>
        <translation>最多 1000 个字。</translation>
    </message>
    <message>
        <source>Choose what the call is: consultation, booking, complaint, suggestion or praise.</source>
        <translation>请选择来电类型：咨询、预约、投诉、建议或表扬。</translation>
    </message>
    <message>
        <source>Enter the caller&apos;s phone number.</source>
        <translation>请填写来电人的电话号码。</translation>
    </message>
    <message>
        <source>Not a phone number: 11 digits of a mobile, or a landline with its area code.</source>
        <translation>不是有效的电话号码：手机为 11 位数字，固定电话须带区号。</translation>
    </message>
    <message>
        <source>Choose the hall the call is about.</source>
        <translation>请选择来电涉及的大厅。</translation>
    </message>
    <message>
        <source>Write down what the caller said.</source>
        <translation>请记录来电人反映的内容。</translation>
    </message>
    <message>
        <source>Enter the ticket number for that day.</source>
        <translation>请填写当天的排队号。</translation>
    </message>
    <message>
        <source>Write the answer for the caller.</source>
        <translation>请填写给来电人的答复。</translation>
    </message>
    <message>
        <source>No supervisor answers for this hall or any hall above it.</source>
        <translation>该大厅及其上级大厅均没有可答复的主管。</translation>
    </message>
    <message>
        <source>There is no work order with this number.</source>
        <translation>没有这个工单号。</translation>
    </message>
    <message>
        <source>This work order is about a hall you do not oversee.</source>
        <translation>该工单涉及的大厅不在您的管辖范围内。</translation>
    </message>
    <message>
        <source>There is no such hall.</source>
        <translation>没有这个大厅。</translation>
    </message>
    <message>
        <source>This hall issued no ticket with this number on that day.</source>
        <translation>该大厅当天没有发出过这个号码。</translation>
    </message>
    <message>
        <source>Only complaints and suggestions are routed to a hall.</source>
        <translation>只有投诉和建议才转办大厅。</translation>
    </message>
    <message>
        <source>This work order has been routed, answered or closed already.</source>
        <translation>该工单已转办、已答复或已办结。</translation>
    </message>
    <message>
        <source>This work order has been answered or closed already.</source>
        <translation>该工单已答复或已办结。</translation>
    </message>
    <message>
        <source>A routed work order is answered by the hall&apos;s supervisor.</source>
        <translation>已转办的工单由大厅主管答复。</translation>
    </message>
    <message>
        <source>This work order has not been routed to your hall.</source>
        <translation>该工单尚未转办到您的大厅。</translation>
    </message>
    <message>
        <source>This work order is closed already.</source>
        <translation>该工单已办结。</translation>
    </message>
    <message>
        <source>A routed work order is closed only once the hall has answered it.</source>
        <translation>已转办的工单须待大厅答复后才能办结。</translation>
    </message>
    <message>
        <source>An appointment has been booked from this work order already.</source>
        <translation>该工单已预约过。</translation>
    </message>
    <message>
        <source>Choose the matter to book.</source>
        <translation>请选择预约的事项。</translation>
    </message>
    <message>
        <source>Give a range of at most 366 days, the first day not after the last.</source>
        <translation>请给出不超过 366 天的日期范围，开始日期不得晚于结束日期。</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may run training sessions.</source>
        <translation>只有值班长或管理员可以组织培训。</translation>
    </message>
    <message>
        <source>There is no training session %1.</source>
        <translation>没有编号为 %1 的培训。</translation>
    </message>
    <message>
        <source>There is no hall %1.</source>
        <translation>不存在编码为 %1 的大厅。</translation>
    </message>
    <message>
        <source>%1 is not a training hall: scenarios run only in training halls.</source>
        <translation>%1 不是培训大厅：培训情景只能在培训大厅运行。</translation>
    </message>
    <message>
        <source>Training session %1 is still running in this hall: end it first.</source>
        <translation>本大厅的培训 %1 仍在进行，请先结束。</translation>
    </message>
    <message>
        <source>Training session %1 has already ended.</source>
        <translation>培训 %1 已经结束。</translation>
    </message>
</context>
<context>
    <name>ow::FormRules</name>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>Text of at most %1 characters.</source>
        <translation>文字不超过 %1 个字符。</translation>
    </message>
    <message>
        <source>A date, as yyyy-mm-dd.</source>
        <translation>请填写日期，格式为 yyyy-mm-dd。</translation>
    </message>
    <message>
        <source>Pick one of the listed choices.</source>
        <translation>请从列出的选项中选择。</translation>
    </message>
    <message>
        <source>An amount of money, not negative.</source>
        <translation>请填写金额，不能为负数。</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>请填写整数。</translation>
    </message>
    <message>
        <source>A mobile number (11 digits) or a landline number.</source>
        <translation>请填写 11 位手机号码或固定电话号码。</translation>
    </message>
    <message>
        <source>A bank account number: 12 to 30 digits.</source>
        <translation>银行账号为 12 至 30 位数字。</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>不超过 %1 个字符。</translation>
    </message>
    <message>
        <source>A refusal needs a reason.</source>
        <translation>不予受理须说明理由。</translation>
    </message>
</context>
<context>
    <name>ow::HallsPage</name>
    <message>
        <source>Hall / window</source>
        <translation>大厅 / 窗口</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>受理范围</translation>
    </message>
    <message>
        <source>City hall</source>
        <translation>市级服务大厅</translation>
    </message>
    <message>
        <source>County / district hall</source>
        <translation>县（市、区）级服务大厅</translation>
    </message>
    <message>
        <source>Township / street office</source>
        <translation>乡镇（街道）便民服务中心</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>Comprehensive</source>
        <translation>综合窗口</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>专窗</translation>
    </message>
    <message>
        <source>Every matter</source>
        <translation>全部事项（无差别受理）</translation>
    </message>
    <message>
        <source>Community service station</source>
        <translation>社区服务站</translation>
    </message>
</context>
<context>
    <name>ow::HomePage</name>
    <message>
        <source>Hello, %1</source>
        <translation>您好，%1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>所属大厅</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>事项目录</translation>
    </message>
    <message numerus="yes">
        <source>version %1, %n service(s)</source>
        <translation>
            <numerusform>版本 %1，共 %n 项事项</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synchronised</source>
        <translation>最近同步</translation>
    </message>
    <message>
        <source>not yet in this session</source>
        <translation>本次登录尚未同步</translation>
    </message>
    <message>
        <source>The server cannot be reached. You are working from the data saved on this computer; the connection is retried automatically.</source>
        <translation>无法连接服务器。当前正在使用本机保存的数据办理业务，系统将自动重新连接。</translation>
    </message>
</context>
<context>
    <name>ow::IntakePage</name>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>The reason, as the notice will print it:</source>
        <translation>理由（将打印在通知书上）：</translation>
    </message>
    <message>
        <source>Saved on this computer; it is sent as soon as the server can be reached, and the receipt is printed then.</source>
        <translation>已保存在本机；联网后自动提交，届时打印回执。</translation>
    </message>
    <message>
        <source>Please correct the fields marked in red.</source>
        <translation>请更正标红的栏目。</translation>
    </message>
    <message>
        <source>Required materials are missing: %1. Print the one-time notice for the citizen.</source>
        <translation>缺少必交材料：%1。请为申请人打印一次性告知书。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在提交…</translation>
    </message>
    <message>
        <source>Not accepted; case %1 records it. The notice is printed.</source>
        <translation>不予受理，已登记为办件 %1；通知书已打印。</translation>
    </message>
    <message>
        <source>Completed on the spot: case %1.</source>
        <translation>已当场办结：办件 %1。</translation>
    </message>
    <message>
        <source>Accepted: case %1, promised by %2. The receipt is printed.</source>
        <translation>已受理：办件 %1，承诺 %2 前办结。回执已打印。</translation>
    </message>
    <message>
        <source>no time limit</source>
        <translation>无时限</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Ticket %1 at window %2: its matters are listed first.</source>
        <translation>%2 号窗口当前号 %1：其事项排在最前。</translation>
    </message>
    <message>
        <source>No ticket at the window: choose any matter from the catalogue.</source>
        <translation>窗口当前无号：可从目录中选择任一事项。</translation>
    </message>
    <message>
        <source>Matter: type its name, pinyin initials or code</source>
        <translation>事项：输入名称、拼音首字母或编码</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>申请表</translation>
    </message>
    <message>
        <source>Materials (* required)</source>
        <translation>材料（* 为必交）</translation>
    </message>
    <message>
        <source>Collect the result at</source>
        <translation>结果领取地点</translation>
    </message>
    <message>
        <source>Print one-time notice</source>
        <translation>打印一次性告知书</translation>
    </message>
    <message>
        <source>Do not accept…</source>
        <translation>不予受理…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Print the receipt again</source>
        <translation>补打回执</translation>
    </message>
    <message>
        <source>Complete on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>on-the-spot matter</source>
        <translation>即办件</translation>
    </message>
    <message numerus="yes">
        <source>committed matter, %n working day(s)</source>
        <translation>
            <numerusform>承诺件，%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source> · high risk: two-person review</source>
        <translation> · 高风险：双人复核</translation>
    </message>
    <message>
        <source>Next application</source>
        <translation>办理下一件</translation>
    </message>
    <message>
        <source>Offline: completed on the spot as case %1; sent when the server is back.</source>
        <translation>离线：已当场办结，办件编号 %1；联网后自动提交。</translation>
    </message>
    <message>
        <source>Offline: accepted as case %1, promised by %2; the receipt is printed, the case is sent when the server is back.</source>
        <translation>离线：已受理，办件编号 %1，承诺 %2 前办结；回执已打印，联网后自动提交。</translation>
    </message>
</context>
<context>
    <name>ow::ApplicantBox</name>
    <message numerus="yes">
        <source>Known to the bureau: %n earlier case(s); name and phone filled in.</source>
        <translation>
            <numerusform>本局已有此人 %n 件办件记录；已填入姓名和电话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Resident ID number *</source>
        <translation>身份证号码 *</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>18 characters; the last may be X</source>
        <translation>18 位，最后一位可为 X</translation>
    </message>
    <message>
        <source>For the notice when the result is ready</source>
        <translation>办结后短信通知用</translation>
    </message>
</context>
<context>
    <name>ow::KioskScreen</name>
    <message>
        <source>OneWindow</source>
        <translation>一窗通</translation>
    </message>
    <message>
        <source>OneWindow ticket kiosk</source>
        <translation>一窗通取号机</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ 上一步</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>返回首页</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
    <message>
        <source>The kiosk is not available</source>
        <translation>取号机暂不可用</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>请稍候。</translation>
    </message>
    <message>
        <source>Please ask the staff at the information desk.</source>
        <translation>请咨询导办台工作人员。</translation>
    </message>
    <message>
        <source>Loading the list of services…</source>
        <translation>正在加载事项清单…</translation>
    </message>
    <message>
        <source>What would you like to do today?</source>
        <translation>请选择您要办理的业务</translation>
    </message>
    <message>
        <source>Tap a kind of business. You can take one ticket for several matters.</source>
        <translation>点击业务类别；多项事项可一次取号。</translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s) chosen — continue ›</source>
        <translation>
            <numerusform>已选 %n 项，继续 ›</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap the matter you came for.</source>
        <translation>请点击要办理的事项。</translation>
    </message>
    <message>
        <source>Your matters for this visit</source>
        <translation>本次办理的事项</translation>
    </message>
    <message>
        <source>+ Add another matter</source>
        <translation>＋ 再办一项</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>下一步 ›</translation>
    </message>
    <message>
        <source>Do you need priority service?</source>
        <translation>是否需要优先办理？</translation>
    </message>
    <message>
        <source>Priority (green channel) is for elderly people, people with disabilities, servicemen and servicewomen, and pregnant women. Please show your certificate at the window.</source>
        <translation>老年人、残疾人、军人、孕妇可走绿色通道优先办理，请在窗口出示相关证件。</translation>
    </message>
    <message>
        <source>Your resident ID number (optional)</source>
        <translation>居民身份证号（选填）</translation>
    </message>
    <message>
        <source>Enter the 18 characters of your ID card, or tap “Skip”. The ticket shows only part of the number.</source>
        <translation>请输入18位身份证号，或点击“跳过”；号票上只显示部分号码。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>OK ›</source>
        <translation>确定 ›</translation>
    </message>
    <message>
        <source>Please check, then take your ticket</source>
        <translation>请核对后取号</translation>
    </message>
    <message>
        <source>Take ticket</source>
        <translation>确认取号</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>Ticket issued</source>
        <translation>取号成功</translation>
    </message>
    <message>
        <source>Please take your ticket and wait for your number to be called.</source>
        <translation>请取走号票，留意叫号。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>No ticket could be issued</source>
        <translation>暂时无法取号</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>✓ %1 (chosen)</source>
        <translation>✓ %1（已选）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s) to enter.</source>
        <translation>
            <numerusform>还需输入 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ The number is valid.</source>
        <translation>✓ 号码有效。</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>优先办理：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Resident ID number:</source>
        <translation>身份证号：</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Issuing your ticket, please wait…</source>
        <translation>正在取号，请稍候…</translation>
    </message>
    <message>
        <source>Nobody is waiting ahead of you.</source>
        <translation>您前面没有人等候。</translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting ahead of you</source>
        <translation>
            <numerusform>您前面还有 %n 人等候</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Back to the start in %n s.</source>
        <translation>
            <numerusform>%n 秒后返回首页。</numerusform>
        </translation>
    </message>
    <message>
        <source>The kiosk has lost its connection to the server. Tickets cannot be issued until it is back.</source>
        <translation>取号机与服务器的连接已断开，恢复前无法取号。</translation>
    </message>
    <message>
        <source>The ticket could not be printed (%1). Please remember your number.</source>
        <translation>号票打印失败（%1），请记住您的号码。</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the ticket service right now. Please try again in a moment, or ask the staff at the information desk.</source>
        <translation>取号机暂时无法连接服务器，请稍后重试或咨询导办台工作人员。</translation>
    </message>
    <message>
        <source>The kiosk has to sign in again. Please try again in a moment.</source>
        <translation>取号机需要重新登录，请稍后重试。</translation>
    </message>
    <message>
        <source>The server answered: %1</source>
        <translation>服务器提示：%1</translation>
    </message>
    <message>
        <source>No priority needed</source>
        <translation>不需要优先</translation>
    </message>
    <message>
        <source>Checking your appointment, please wait…</source>
        <translation>正在核对您的预约，请稍候…</translation>
    </message>
    <message>
        <source>No appointment has this code. Please check the code in your text message.</source>
        <translation>没有找到这个预约码，请核对预约短信中的预约码。</translation>
    </message>
    <message>
        <source>This appointment cannot be checked in now. Check-in opens 30 minutes before the booked time and closes 15 minutes after it, once, at the hall it was booked for.</source>
        <translation>该预约现在无法签到。请在预约时间前 30 分钟至预约时间后 15 分钟内，到预约的大厅签到，每个预约只能签到一次。</translation>
    </message>
    <message>
        <source>I have an appointment</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <source>Check in your appointment</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <source>Enter the 8-digit code from your booking text message.</source>
        <translation>请输入预约短信中的 8 位预约码。</translation>
    </message>
    <message>
        <source>Check in ›</source>
        <translation>签到 ›</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 min (an estimate only)</source>
        <translation>预计等待约 %1–%2 分钟（仅供参考）</translation>
    </message>
    <message>
        <source>ID number, last four:</source>
        <translation>身份证号后四位：</translation>
    </message>
    <message>
        <source>Looking it up, please wait…</source>
        <translation>正在查询，请稍候…</translation>
    </message>
    <message>
        <source>No case matches this number and ID. Please check both on your receipt.</source>
        <translation>办件编号与身份证号不符，请对照受理回执检查。</translation>
    </message>
    <message>
        <source>Promised by %1</source>
        <translation>承诺 %1 前办结</translation>
    </message>
    <message>
        <source>Still needed: %1</source>
        <translation>尚需补正：%1</translation>
    </message>
    <message>
        <source>Where is my case?</source>
        <translation>办件查询</translation>
    </message>
    <message>
        <source>Type the 12 digits of the case number on your receipt, then the last four characters of your ID number.</source>
        <translation>请输入受理回执上办件编号的 12 位数字，再输入身份证号后四位。</translation>
    </message>
    <message>
        <source>Look up ›</source>
        <translation>查询 ›</translation>
    </message>
    <message>
        <source>Priority (green channel) is for the groups below. Please show your certificate at the window.</source>
        <translation>绿色通道优先服务适用于以下人群，请到窗口出示相关证件。</translation>
    </message>
    <message>
        <source>This hall does not handle this matter. Nearest hall that does: %1, %2 away (%3).</source>
        <translation>本厅不受理此事项。就近可办：%1，距离 %2（%3）。</translation>
    </message>
</context>
<context>
    <name>ow::LoginDialog</name>
    <message>
        <source>Enter the server address, for example http://127.0.0.1:8460.</source>
        <translation>请输入服务器地址，例如 http://127.0.0.1:8460。</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>OneWindow — log in</source>
        <translation>一窗通 — 登录</translation>
    </message>
    <message>
        <source>OneWindow HR &amp; Social Security Service</source>
        <translation>一窗通 · 人社综合柜员服务系统</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>ow::MainWindow</name>
    <message>
        <source>About OneWindow</source>
        <translation>关于一窗通</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OneWindow %1&lt;/h3&gt;&lt;p&gt;Comprehensive-teller service system for human resources and social security service halls.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;一窗通 %1&lt;/h3&gt;&lt;p&gt;人力资源和社会保障服务大厅综合柜员服务系统。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline — working from local data</source>
        <translation>离线 — 使用本机数据</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation>%1（%2）· %3 · %4</translation>
    </message>
    <message>
        <source>Synchronised %1</source>
        <translation>最近同步 %1</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>OneWindow — HR &amp; Social Security Service</source>
        <translation>一窗通 · 人社综合柜员服务系统</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>我的账号</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <source>Halls and windows</source>
        <translation>大厅与窗口</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Refresh data</source>
        <translation>刷新数据(&amp;R)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About OneWindow</source>
        <translation>关于一窗通(&amp;A)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Live queue</source>
        <translation>实时排队</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>所有更改均已发送</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>正在发送 %n 项更改…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for the server</source>
        <translation>
            <numerusform>%n 项更改等待发送到服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not accepted — review</source>
        <translation>
            <numerusform>%n 项更改未被接受 — 请处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline — changes are kept on this computer</source>
        <translation>离线 — 更改暂存在本机</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Rectifications</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>绩效</translation>
    </message>
    <message>
        <source>My figures</source>
        <translation>我的绩效</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Guide desk</source>
        <translation>导服台</translation>
    </message>
    <message>
        <source>15-minute circle</source>
        <translation>15分钟服务圈</translation>
    </message>
    <message>
        <source>15-minute promise (%1)</source>
        <translation>15分钟承诺 (%1)</translation>
    </message>
    <message>
        <source>15-minute promise</source>
        <translation>15分钟承诺</translation>
    </message>
    <message>
        <source>Work orders</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>OneWindow — TRAINING HALL</source>
        <translation>一窗通 — 培训大厅</translation>
    </message>
    <message>
        <source>TRAINING — this is a training hall: the citizens are made up, and nothing done here counts in the city&apos;s figures, risk alerts or messages.</source>
        <translation>培训模式 — 本厅为培训大厅：群众均为虚构，在此办理的一切不计入全市统计、风险预警和短信通知。</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
</context>
<context>
    <name>ow::OfflineCounter</name>
    <message>
        <source>Please log in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>Finish the ticket at the window first.</source>
        <translation>请先办结窗口当前的号。</translation>
    </message>
    <message>
        <source>Choose a matter from the catalogue.</source>
        <translation>请从事项目录中选择事项。</translation>
    </message>
    <message>
        <source>This window holds no free number for %1 today; it gets more when the server is back.</source>
        <translation>本窗口今天已无 %1 类的预留号；服务器恢复后会自动补充。</translation>
    </message>
    <message>
        <source>There is no ticket at this window.</source>
        <translation>窗口当前没有号。</translation>
    </message>
    <message>
        <source>This window holds no free case number today; cases can be accepted again when the server is back.</source>
        <translation>本窗口今天已无预留办件编号；服务器恢复后方可继续受理。</translation>
    </message>
</context>
<context>
    <name>ow::OutboxProblemsDialog</name>
    <message>
        <source>Changes the server did not accept</source>
        <translation>服务器未接受的更改</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Drop this change</source>
        <translation>放弃此更改</translation>
    </message>
    <message>
        <source>Each change here was refused by the server or met a newer state. Send it again once the cause is fixed, or drop it.</source>
        <translation>以下每项更改被服务器拒绝，或与更新的状态冲突。请排除原因后重新发送，或放弃该更改。</translation>
    </message>
    <message>
        <source>Conflict (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>被拒绝（%1）</translation>
    </message>
</context>
<context>
    <name>ow::PriorityGroups</name>
    <message>
        <source>Elderly person</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Serviceman or servicewoman</source>
        <translation>军人</translation>
    </message>
    <message>
        <source>Pregnant woman</source>
        <translation>孕妇</translation>
    </message>
</context>
<context>
    <name>ow::Rating</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
</context>
<context>
    <name>ow::ResidentId</name>
    <message>
        <source>A resident ID number has 18 characters.</source>
        <translation>居民身份证号码应为 18 位。</translation>
    </message>
    <message>
        <source>Use digits only, with X allowed as the last character.</source>
        <translation>请只输入数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The region code at the start is not valid.</source>
        <translation>号码开头的地区代码无效。</translation>
    </message>
    <message>
        <source>The birth date in the number is not a valid date.</source>
        <translation>号码中的出生日期不是有效日期。</translation>
    </message>
    <message>
        <source>The check character does not match: please check each digit.</source>
        <translation>校验位不符，请逐位核对号码。</translation>
    </message>
</context>
<context>
    <name>ow::Role</name>
    <message>
        <source>Teller</source>
        <translation>综合柜员</translation>
    </message>
    <message>
        <source>Back-office reviewer</source>
        <translation>后台审核员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>取号机</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>叫号屏</translation>
    </message>
    <message>
        <source>Guide desk</source>
        <translation>导服员</translation>
    </message>
    <message>
        <source>12333 hotline agent</source>
        <translation>12333热线坐席</translation>
    </message>
</context>
<context>
    <name>ow::SupervisorQueueScreen</name>
    <message>
        <source>Select a window first.</source>
        <translation>请先选择一个窗口。</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>暂停：%1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>已叫号</translation>
    </message>
    <message numerus="yes">
        <source>Waiting: %n</source>
        <translation>
            <numerusform>等候：%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Promise broken</source>
        <translation>已超 15 分钟承诺</translation>
    </message>
    <message>
        <source>About to break the 15-minute promise</source>
        <translation>即将超过 15 分钟承诺</translation>
    </message>
    <message>
        <source>Live queue — %1</source>
        <translation>实时排队 — %1</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Longest waits</source>
        <translation>等候最久</translation>
    </message>
    <message>
        <source>Open rectifications of bad ratings</source>
        <translation>待整改差评</translation>
    </message>
    <message>
        <source>Open selected window</source>
        <translation>开放所选窗口</translation>
    </message>
    <message>
        <source>Close selected window</source>
        <translation>关闭所选窗口</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>What window %1 serves</source>
        <translation>%1 号窗口受理范围</translation>
    </message>
    <message>
        <source>Comprehensive: every matter</source>
        <translation>综合窗口：受理全部事项</translation>
    </message>
    <message>
        <source>Dedicated: only the ticked categories</source>
        <translation>专窗：只受理勾选的类别</translation>
    </message>
    <message>
        <source>A higher weight makes the window prefer that queue (2 against 1, say).</source>
        <translation>权重越高，窗口越优先叫该队列的号（例如 2 比 1）。</translation>
    </message>
    <message>
        <source>Window %1 now serves what was chosen.</source>
        <translation>%1 号窗口已按所选设置受理事项。</translation>
    </message>
    <message>
        <source>Select a waiting ticket first.</source>
        <translation>请先选择一个等候中的号。</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>调整 %1</translation>
    </message>
    <message>
        <source>Any window able to serve it</source>
        <translation>任一可办理的窗口</translation>
    </message>
    <message>
        <source>To the front of the line</source>
        <translation>排到队首</translation>
    </message>
    <message>
        <source>To the back of the line</source>
        <translation>排到队尾</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>%1 was moved.</source>
        <translation>%1 已调整。</translation>
    </message>
    <message>
        <source>What the window serves…</source>
        <translation>设置窗口受理范围…</translation>
    </message>
    <message>
        <source>Move selected ticket…</source>
        <translation>调整所选号…</translation>
    </message>
    <message>
        <source>Past the %1-minute promise</source>
        <translation>已超 %1 分钟承诺</translation>
    </message>
    <message>
        <source>About to break the %1-minute promise</source>
        <translation>即将超过 %1 分钟承诺</translation>
    </message>
</context>
<context>
    <name>ow::TellerDesk</name>
    <message>
        <source>Nobody this window can serve is waiting.</source>
        <translation>暂无本窗口可办理的等候号。</translation>
    </message>
    <message>
        <source>There is no ticket at this window.</source>
        <translation>本窗口当前没有号码。</translation>
    </message>
    <message>
        <source>%1 is still at your window: finish it, mark it no-show or transfer it before calling the next.</source>
        <translation>%1 仍在本窗口：请先办结、过号或转办，再叫下一位。</translation>
    </message>
    <message>
        <source>Please log in again.</source>
        <translation>请重新登录。</translation>
    </message>
    <message>
        <source>The server refused this (%1).</source>
        <translation>服务器拒绝了此操作（%1）。</translation>
    </message>
    <message>
        <source>Saved on this computer; it is sent as soon as the server can be reached.</source>
        <translation>已保存在本机，连上服务器后立即发送。</translation>
    </message>
    <message>
        <source>Offline: ticket %1 from this window&apos;s reserved numbers; it reaches the server when the connection is back.</source>
        <translation>离线：已从本窗口预留号段取号 %1；联网后自动上传。</translation>
    </message>
    <message>
        <source>Finish the ticket at the window first.</source>
        <translation>请先办结窗口当前的号。</translation>
    </message>
    <message>
        <source>Offline: the hall&apos;s line cannot be reached; issue a walk-in ticket for the citizen at the window.</source>
        <translation>离线：无法获取大厅排队队列；请为窗口前的群众离线取号。</translation>
    </message>
    <message>
        <source>Offline, a ticket can be served, finished or marked as a no-show; nothing else.</source>
        <translation>离线时只能开始办理、办结或过号。</translation>
    </message>
</context>
<context>
    <name>ow::TellerQueuePanel</name>
    <message>
        <source>Pause the window</source>
        <translation>暂停窗口</translation>
    </message>
    <message>
        <source>Reason (shown to the supervisor):</source>
        <translation>暂停原因（值班长可见）：</translation>
    </message>
    <message>
        <source>Finish %1</source>
        <translation>办结 %1</translation>
    </message>
    <message>
        <source>Done at the window</source>
        <translation>当场办结</translation>
    </message>
    <message>
        <source>Accepted as a case</source>
        <translation>受理为办件</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Reason, if refused</source>
        <translation>不予受理的理由</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message numerus="yes">
        <source>Called, recalled %n time(s)</source>
        <translation>
            <numerusform>已叫号，重呼 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket at the window. Press F1 to call the next one.</source>
        <translation>当前无号码，按 F1 呼叫下一位。</translation>
    </message>
    <message numerus="yes">
        <source>Waiting in the hall: %n</source>
        <translation>
            <numerusform>大厅等候：%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Start serving</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Open window</source>
        <translation>开窗</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>关窗</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Choose a ticket in the waiting list first.</source>
        <translation>请先在等候列表中选择一个号。</translation>
    </message>
    <message>
        <source>Call %1 out of order</source>
        <translation>提前呼叫 %1</translation>
    </message>
    <message>
        <source>Reason (kept in the ticket&apos;s record):</source>
        <translation>原因（记入该号的办理记录）：</translation>
    </message>
    <message>
        <source>Calling out of order needs a reason.</source>
        <translation>提前呼叫须填写原因。</translation>
    </message>
    <message>
        <source>Transfer %1</source>
        <translation>转办 %1</translation>
    </message>
    <message>
        <source>The same matters</source>
        <translation>事项不变</translation>
    </message>
    <message>
        <source>Any window able to serve it</source>
        <translation>任一可办理的窗口</translation>
    </message>
    <message>
        <source>To the front of the line</source>
        <translation>排到队首</translation>
    </message>
    <message>
        <source>To the back of the line</source>
        <translation>排到队尾</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>%1 steps away</source>
        <translation>%1 暂离</translation>
    </message>
    <message>
        <source>Back in the line after (minutes):</source>
        <translation>多少分钟后回到队列：</translation>
    </message>
    <message>
        <source>Call selected</source>
        <translation>呼叫所选</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>Step away</source>
        <translation>暂离</translation>
    </message>
    <message>
        <source>Walk-in ticket (offline)</source>
        <translation>离线取号</translation>
    </message>
    <message>
        <source>The citizen&apos;s matter:</source>
        <translation>群众办理的事项：</translation>
    </message>
    <message numerus="yes">
        <source>Offline: walk-in tickets from this window&apos;s %n reserved number(s)</source>
        <translation>
            <numerusform>离线模式：本窗口预留号剩余 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Walk-in ticket</source>
        <translation>离线取号</translation>
    </message>
    <message>
        <source>Offline. Press F1 to give the citizen at the window a ticket.</source>
        <translation>离线。按 F1 为窗口前的群众取号。</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
</context>
<context>
    <name>ow::TicketPrinter</name>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先：%1</translation>
    </message>
    <message>
        <source>Matters:</source>
        <translation>办理事项：</translation>
    </message>
    <message>
        <source>Nobody is waiting ahead of you.</source>
        <translation>您前面没有人等候。</translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting ahead of you</source>
        <translation>
            <numerusform>您前面还有 %n 人等候</numerusform>
        </translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>身份证号：%1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>取号时间：%1</translation>
    </message>
    <message>
        <source>Scan to follow your place in the queue</source>
        <translation>扫码查看排队进度</translation>
    </message>
    <message>
        <source>Please listen and watch for your number. Keep this ticket until you have been served.</source>
        <translation>请留意叫号，办理完毕前请妥善保管本号票。</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>号票 %1</translation>
    </message>
    <message>
        <source>The ticket could not be written to %1.</source>
        <translation>号票无法写入 %1。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The printer %1 is not ready.</source>
        <translation>打印机 %1 未就绪。</translation>
    </message>
    <message>
        <source>The printer %1 is not installed.</source>
        <translation>未安装打印机 %1。</translation>
    </message>
    <message>
        <source>Estimated wait: %1–%2 min (an estimate only)</source>
        <translation>预计等待约 %1–%2 分钟（仅供参考）</translation>
    </message>
</context>
<context>
    <name>ow::PublicPages</name>
    <message>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>Please go to the window</source>
        <translation>请到窗口</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Stepped away, back in the line soon</source>
        <translation>暂离，稍后回到队列</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Missed — please take a new ticket</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>%1 ahead of you</source>
        <translation>前面还有 %1 人</translation>
    </message>
    <message>
        <source>about %1–%2 min</source>
        <translation>预计等待约 %1–%2 分钟</translation>
    </message>
    <message>
        <source>This page refreshes every 20 seconds.</source>
        <translation>本页每 20 秒自动刷新</translation>
    </message>
    <message>
        <source>Submitted online: bring the originals to the hall</source>
        <translation>已网上申报，请携带原件到大厅核验</translation>
    </message>
    <message>
        <source>Accepted, awaiting review</source>
        <translation>已受理，等待审核</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>In review (second check)</source>
        <translation>审核中（复核）</translation>
    </message>
    <message>
        <source>Please supply what is missing</source>
        <translation>需要补正材料</translation>
    </message>
    <message>
        <source>Done: the result is ready</source>
        <translation>已办结，可领取结果</translation>
    </message>
    <message>
        <source>Decided (not granted): collect the decision</source>
        <translation>已办结（不予批准），可领取决定书</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Completed on the spot</source>
        <translation>已当场办结</translation>
    </message>
    <message>
        <source>Result delivered</source>
        <translation>已出件</translation>
    </message>
    <message>
        <source>Mianyang Human Resources and Social Security Bureau</source>
        <translation>绵阳市人力资源和社会保障局</translation>
    </message>
    <message>
        <source>Case status</source>
        <translation>办件进度查询</translation>
    </message>
    <message>
        <source>Questions: call 12333</source>
        <translation>如有疑问请拨打 12333</translation>
    </message>
    <message>
        <source>Last four characters of the ID number</source>
        <translation>请输入申请人身份证号码后四位</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Still needed</source>
        <translation>需补正</translation>
    </message>
    <message>
        <source>The number and the ID do not match.</source>
        <translation>办件编号与身份证号码不符</translation>
    </message>
</context>
<context>
    <name>ow::OrgLevel</name>
    <message>
        <source>city level</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>county / district level</source>
        <translation>县（市、区）级</translation>
    </message>
    <message>
        <source>township / street level</source>
        <translation>乡镇（街道）级</translation>
    </message>
    <message>
        <source>community service station</source>
        <translation>社区服务站</translation>
    </message>
</context>
<context>
    <name>ow::PasswordPolicy</name>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>密码不能与用户名相同。</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; choose one that is harder to guess.</source>
        <translation>这是最常见的密码之一，请换一个更难猜的密码。</translation>
    </message>
</context>
<context>
    <name>ow::AccountForm</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Edit account %1</source>
        <translation>编辑账号 %1</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <source>e.g. wangli</source>
        <translation>例如 wangli</translation>
    </message>
    <message>
        <source>e.g. 王丽</source>
        <translation>例如 王丽</translation>
    </message>
    <message>
        <source>e.g. Wang Li</source>
        <translation>例如 Wang Li</translation>
    </message>
    <message>
        <source>e.g. MY-FC-0012</source>
        <translation>例如 MY-FC-0012</translation>
    </message>
    <message>
        <source>None ticked: every matter of the ticked categories.</source>
        <translation>不勾选：可审批所选类别的全部事项。</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <source>Name (Chinese):</source>
        <translation>中文姓名：</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>英文姓名：</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Hall:</source>
        <translation>所属大厅：</translation>
    </message>
    <message>
        <source>Staff number:</source>
        <translation>工号：</translation>
    </message>
    <message>
        <source>Categories reviewed:</source>
        <translation>审核的业务类别：</translation>
    </message>
    <message>
        <source>Categories served (none: every category):</source>
        <translation>受理的业务类别（不勾选即全部类别）：</translation>
    </message>
    <message>
        <source>Matters the reviewer may decide:</source>
        <translation>可审批的事项：</translation>
    </message>
</context>
<context>
    <name>ow::AccountTableModel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>所属大厅</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ow::AccountsPage</name>
    <message>
        <source>All halls</source>
        <translation>全部大厅</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>共 %1 个账号</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>已创建账号 %1。</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>一次性密码</translation>
    </message>
    <message>
        <source>The one-time password of %1 (%2). Hand it over in person: at the first login it must be changed.</source>
        <translation>%1（%2）的一次性密码。请当面交给本人：首次登录时必须修改。</translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation>已保存账号 %1。</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <source>Disable the account of %1 (%2)? They are logged out at once and cannot log in until the account is enabled again.</source>
        <translation>确定停用 %1（%2）的账号吗？其登录将立即失效，重新启用前无法登录。</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>已启用账号 %1。</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>已停用账号 %1。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Give %1 (%2) a new one-time password? The current password stops working and they are logged out at once.</source>
        <translation>确定为 %1（%2）生成新的一次性密码吗？原密码立即作废，其登录也将立即失效。</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>已重置 %1 的密码。</translation>
    </message>
    <message>
        <source>The new one-time password of %1 (%2). Hand it over in person: at the next login it must be changed.</source>
        <translation>%1（%2）的新一次性密码。请当面交给本人：下次登录时必须修改。</translation>
    </message>
    <message>
        <source>Search by name, user name or staff number</source>
        <translation>按姓名、用户名或工号搜索</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部角色</translation>
    </message>
    <message>
        <source>Show disabled accounts</source>
        <translation>显示已停用账号</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账号(&amp;N)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ow::AdminPage</name>
    <message>
        <source>The administration data could not be loaded: %1</source>
        <translation>无法读取管理数据：%1</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Halls and windows</source>
        <translation>大厅与窗口</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Record of changes</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Catalogue versions</source>
        <translation>事项清单版本</translation>
    </message>
    <message>
        <source>Queue rules</source>
        <translation>排队规则</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Risk rules</source>
        <translation>风险规则</translation>
    </message>
</context>
<context>
    <name>ow::AdminText</name>
    <message>
        <source>Comprehensive</source>
        <translation>综合窗口</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>专窗</translation>
    </message>
    <message>
        <source>Ticket kiosk</source>
        <translation>取号机</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>叫号屏</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>待修改密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>事项下放</translation>
    </message>
    <message>
        <source>Queue rules</source>
        <translation>排队规则</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>事项清单</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>中文姓名/名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文姓名/名称</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Parent hall</source>
        <translation>上级大厅</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <source>Window number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Preference weights</source>
        <translation>优先权重</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>窗口名称</translation>
    </message>
    <message>
        <source>Automatic assignment</source>
        <translation>自动派号</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>%1, lunch break %2–%3</source>
        <translation>%1，午休 %2–%3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Put in force</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>预约启用</translation>
    </message>
    <message>
        <source>Withdraw schedule</source>
        <translation>撤销预约</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Adjusted working days</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Rules of its own</source>
        <translation>自定规则</translation>
    </message>
    <message>
        <source>Promised wait (minutes)</source>
        <translation>承诺等候时间（分钟）</translation>
    </message>
    <message>
        <source>Recalls at most</source>
        <translation>最多重呼次数</translation>
    </message>
    <message>
        <source>Between two calls (seconds)</source>
        <translation>两次呼叫间隔（秒）</translation>
    </message>
    <message>
        <source>Priority tickets in a row</source>
        <translation>优先号连续叫号数</translation>
    </message>
    <message>
        <source>Numbers run on across days</source>
        <translation>跨日连续编号</translation>
    </message>
    <message>
        <source>Appointments per slot</source>
        <translation>每时段预约人数</translation>
    </message>
    <message>
        <source>Priority groups</source>
        <translation>优先人群</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Risk rules</source>
        <translation>风险规则</translation>
    </message>
</context>
<context>
    <name>ow::ChangeFieldsModel</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>ow::ChangeTableModel</name>
    <message>
        <source>(server console)</source>
        <translation>（服务器控制台）</translation>
    </message>
    <message>
        <source>City-wide</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>变更字段</translation>
    </message>
</context>
<context>
    <name>ow::ChangesPage</name>
    <message>
        <source>%1 changes shown</source>
        <translation>显示 %1 条记录</translation>
    </message>
    <message>
        <source>%1 %2 — %3 by %4</source>
        <translation>%1 %2 —— %4 %3</translation>
    </message>
    <message>
        <source>the server console</source>
        <translation>服务器控制台</translation>
    </message>
    <message>
        <source>Choose a change to see its fields.</source>
        <translation>选择一条记录，查看变更内容。</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <source>Which one: a user name, a hall code, a device code…</source>
        <translation>标识：用户名、大厅代码、设备编号…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ow::Confirm</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ow::DeviceForm</name>
    <message>
        <source>Add device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>e.g. FC-KIOSK-2</source>
        <translation>例如 FC-KIOSK-2</translation>
    </message>
    <message>
        <source>e.g. kiosk-fc-2</source>
        <translation>例如 kiosk-fc-2</translation>
    </message>
    <message>
        <source>The device logs in with this name and the secret shown once after it is added.</source>
        <translation>设备用此登录名和添加后仅显示一次的密钥登录。</translation>
    </message>
    <message>
        <source>Device code:</source>
        <translation>设备编号：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Hall:</source>
        <translation>所在大厅：</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>登录名：</translation>
    </message>
</context>
<context>
    <name>ow::DeviceTableModel</name>
    <message>
        <source>Device code</source>
        <translation>设备编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>所在大厅</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ow::DevicesPage</name>
    <message>
        <source>Device %1 added.</source>
        <translation>已添加设备 %1。</translation>
    </message>
    <message>
        <source>Device secret</source>
        <translation>设备密钥</translation>
    </message>
    <message>
        <source>The secret of %1 %2 (login name %3). Enter it on the device&apos;s set-up screen or in its credentials file.</source>
        <translation>%1 %2（登录名 %3）的密钥。请在设备的设置界面或其凭据文件中填写。</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>Give %1 a new secret? The current one stops working at once: the device must be set up with the new one.</source>
        <translation>确定为 %1 更换密钥吗？原密钥立即作废，设备须用新密钥重新设置。</translation>
    </message>
    <message>
        <source>Make new secret</source>
        <translation>更换密钥</translation>
    </message>
    <message>
        <source>Device %1 has a new secret.</source>
        <translation>设备 %1 已更换密钥。</translation>
    </message>
    <message>
        <source>The new secret of %1 %2 (login name %3). Enter it on the device&apos;s set-up screen or in its credentials file.</source>
        <translation>%1 %2（登录名 %3）的新密钥。请在设备的设置界面或其凭据文件中填写。</translation>
    </message>
    <message>
        <source>Ticket kiosks and hall displays log in with a device account of their own. Its secret is shown once, when the device is added or given a new secret.</source>
        <translation>取号机和叫号屏使用各自的设备账号登录。密钥只在添加设备或更换密钥时显示一次。</translation>
    </message>
    <message>
        <source>Add &amp;device…</source>
        <translation>添加设备(&amp;D)…</translation>
    </message>
    <message>
        <source>New &amp;secret…</source>
        <translation>更换密钥(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ow::HallComboBox</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ow::HallForm</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Edit hall %1</source>
        <translation>编辑大厅 %1</translation>
    </message>
    <message>
        <source>New hall</source>
        <translation>新建大厅</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create hall</source>
        <translation>创建大厅</translation>
    </message>
    <message>
        <source>e.g. MY-FC-CJ-01</source>
        <translation>例如 MY-FC-CJ-01</translation>
    </message>
    <message>
        <source>e.g. 城郊街道便民服务中心</source>
        <translation>例如 城郊街道便民服务中心</translation>
    </message>
    <message>
        <source>e.g. Chengjiao Subdistrict Service Centre</source>
        <translation>例如 Chengjiao Subdistrict Service Centre</translation>
    </message>
    <message>
        <source>Street address, as citizens look for it</source>
        <translation>群众查找时使用的详细地址</translation>
    </message>
    <message>
        <source>e.g. 31.4679 (north)</source>
        <translation>例如 31.4679（北纬）</translation>
    </message>
    <message>
        <source>e.g. 104.6796 (east)</source>
        <translation>例如 104.6796（东经）</translation>
    </message>
    <message>
        <source>(none: this is the city hall)</source>
        <translation>（无：本厅为市级大厅）</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>大厅代码：</translation>
    </message>
    <message>
        <source>Name (Chinese):</source>
        <translation>中文名称：</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>英文名称：</translation>
    </message>
    <message>
        <source>Parent hall:</source>
        <translation>上级大厅：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>层级：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Coordinates (WGS-84):</source>
        <translation>坐标（WGS-84）：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>办公时间</translation>
    </message>
    <message>
        <source>Enter the latitude in degrees, e.g. 31.4679.</source>
        <translation>纬度请填写度数，例如 31.4679。</translation>
    </message>
    <message>
        <source>Enter the longitude in degrees, e.g. 104.6796.</source>
        <translation>经度请填写度数，例如 104.6796。</translation>
    </message>
    <message>
        <source>Training hall: made-up citizens; nothing done there counts in the city&apos;s figures, risk alerts or messages</source>
        <translation>培训大厅：群众均为虚构，在此办理的一切不计入全市统计、风险预警和短信通知</translation>
    </message>
</context>
<context>
    <name>ow::HallTreeModel</name>
    <message>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ow::HallsAdminPage</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>latitude %1, longitude %2</source>
        <translation>纬度 %1，经度 %2</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Windows (%1 in service)</source>
        <translation>窗口（在用 %1 个）</translation>
    </message>
    <message>
        <source>Hall %1 created. Add its windows next.</source>
        <translation>已创建大厅 %1，请继续添加窗口。</translation>
    </message>
    <message>
        <source>Hall %1 saved.</source>
        <translation>已保存大厅 %1。</translation>
    </message>
    <message>
        <source>Archive hall</source>
        <translation>归档大厅</translation>
    </message>
    <message>
        <source>Archive %1 (%2)? It stops issuing tickets and taking cases; its records are kept. A hall with waiting tickets or open cases cannot be archived.</source>
        <translation>确定归档 %1（%2）吗？归档后不再取号、不再受理办件，历史记录保留。仍有等候号票或未办结办件的大厅不能归档。</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Hall %1 archived.</source>
        <translation>已归档大厅 %1。</translation>
    </message>
    <message>
        <source>Window %1 added.</source>
        <translation>已添加 %1 号窗口。</translation>
    </message>
    <message>
        <source>Window %1 saved.</source>
        <translation>已保存 %1 号窗口。</translation>
    </message>
    <message>
        <source>Retire window</source>
        <translation>撤销窗口</translation>
    </message>
    <message>
        <source>Retire window %1 of %2? Tellers can no longer open it; its history is kept.</source>
        <translation>确定撤销%2的 %1 号窗口吗？撤销后柜员不能再开启该窗口，历史记录保留。</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Window %1 retired.</source>
        <translation>已撤销 %1 号窗口。</translation>
    </message>
    <message>
        <source>Show archived halls</source>
        <translation>显示已归档大厅</translation>
    </message>
    <message>
        <source>Parent hall:</source>
        <translation>上级大厅：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Coordinates:</source>
        <translation>坐标：</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>办公时间：</translation>
    </message>
    <message>
        <source>Choose a hall on the left.</source>
        <translation>请在左侧选择大厅。</translation>
    </message>
    <message>
        <source>&amp;New hall…</source>
        <translation>新建大厅(&amp;N)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Archi&amp;ve…</source>
        <translation>归档(&amp;V)…</translation>
    </message>
    <message>
        <source>Add &amp;window…</source>
        <translation>添加窗口(&amp;W)…</translation>
    </message>
    <message>
        <source>Edi&amp;t window…</source>
        <translation>编辑窗口(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Retire window…</source>
        <translation>撤销窗口(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>ow::OneTimeSecretDialog</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>It is shown only this once and is not kept anywhere. Close this window only after you have noted it or handed it over.</source>
        <translation>此内容只显示这一次，系统不作保存。请记下或交付后再关闭本窗口。</translation>
    </message>
    <message>
        <source>I have noted it</source>
        <translation>我已记下</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>ow::OpeningHoursEditor</name>
    <message>
        <source>Tuesday–Friday like Monday</source>
        <translation>周二至周五同周一</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>办公</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>午休</translation>
    </message>
</context>
<context>
    <name>ow::WindowForm</name>
    <message>
        <source>Assign waiting tickets to this window automatically</source>
        <translation>自动向本窗口派发等候号票</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Edit window %1 of %2</source>
        <translation>编辑%2的 %1 号窗口</translation>
    </message>
    <message>
        <source>New window at %1</source>
        <translation>为%1添加窗口</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>添加窗口</translation>
    </message>
    <message>
        <source>e.g. 3号窗口 养老</source>
        <translation>例如 3号窗口 养老</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <source>Preference weight</source>
        <translation>优先权重</translation>
    </message>
    <message>
        <source>Window number:</source>
        <translation>窗口号：</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>窗口名称：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>业务类别：</translation>
    </message>
    <message>
        <source>A dedicated window (专窗) serves only the ticked categories.</source>
        <translation>专窗只办理勾选的业务类别。</translation>
    </message>
    <message>
        <source>A comprehensive window (综合窗口) accepts every matter; the weights say which queues it prefers.</source>
        <translation>综合窗口受理全部事项；权重决定其优先叫哪类号。</translation>
    </message>
</context>
<context>
    <name>ow::WindowTableModel</name>
    <message>
        <source>Every matter</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>窗口名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>办理业务</translation>
    </message>
    <message>
        <source>Automatic assignment</source>
        <translation>自动派号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Every matter (first: %1)</source>
        <translation>全部事项（优先：%1）</translation>
    </message>
</context>
<context>
    <name>ow::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>You logged in with a one-time password. Choose your own password before you continue; it is asked for at every login from now on.</source>
        <translation>您使用一次性密码登录。请先设置自己的密码再继续，今后每次登录都使用新密码。</translation>
    </message>
    <message>
        <source>Choose a new password for %1.</source>
        <translation>为 %1 设置新密码。</translation>
    </message>
    <message>
        <source>One-time password:</source>
        <translation>一次性密码：</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>确认新密码：</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ow::AdminRules</name>
    <message>
        <source>Enter a user name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 characters.</source>
        <translation>用户名须为 3 至 32 个字符。</translation>
    </message>
    <message>
        <source>A user name starts with a lower-case letter and has only lower-case letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>用户名须以小写字母开头，只能包含小写字母、数字、“.”、“_”和“-”。</translation>
    </message>
    <message>
        <source>Enter a code.</source>
        <translation>请填写代码。</translation>
    </message>
    <message>
        <source>A code has 2 to 32 characters.</source>
        <translation>代码须为 2 至 32 个字符。</translation>
    </message>
    <message>
        <source>A code starts with a letter and has upper-case letters and digits in groups joined by &quot;-&quot;, for example MY-FC-CJ-01.</source>
        <translation>代码须以字母开头，由大写字母和数字组成，各段以“-”连接，例如 MY-FC-CJ-01。</translation>
    </message>
    <message>
        <source>A staff number has up to 20 letters, digits and &quot;-&quot;.</source>
        <translation>工号最多 20 个字符，只能包含字母、数字和“-”。</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>用户名 %1 已被使用。</translation>
    </message>
    <message>
        <source>Enter the name in Chinese.</source>
        <translation>请填写中文名称。</translation>
    </message>
    <message>
        <source>A name has at most %1 characters.</source>
        <translation>名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>请选择角色。</translation>
    </message>
    <message>
        <source>Choose the hall the person works at.</source>
        <translation>请选择其所在大厅。</translation>
    </message>
    <message>
        <source>Choose the categories the reviewer reviews.</source>
        <translation>请选择审核人员负责的业务类别。</translation>
    </message>
    <message>
        <source>The code %1 is taken.</source>
        <translation>代码 %1 已被使用。</translation>
    </message>
    <message>
        <source>Enter the name in English.</source>
        <translation>请填写英文名称。</translation>
    </message>
    <message>
        <source>The city hall has no parent hall.</source>
        <translation>市级大厅没有上级大厅。</translation>
    </message>
    <message>
        <source>Choose the hall this one belongs to.</source>
        <translation>请选择上级大厅。</translation>
    </message>
    <message>
        <source>There is no hall %1.</source>
        <translation>不存在编码为 %1 的大厅。</translation>
    </message>
    <message>
        <source>A hall cannot belong to itself.</source>
        <translation>大厅不能以自身为上级。</translation>
    </message>
    <message>
        <source>A %1 hall cannot belong to a %2 hall.</source>
        <translation>%1大厅不能隶属于%2大厅。</translation>
    </message>
    <message>
        <source>The hall %1 is archived.</source>
        <translation>大厅 %1 已归档。</translation>
    </message>
    <message>
        <source>Enter both latitude and longitude, or neither.</source>
        <translation>纬度和经度须同时填写或同时留空。</translation>
    </message>
    <message>
        <source>The latitude is between -90 and 90 degrees.</source>
        <translation>纬度须在 -90 至 90 度之间。</translation>
    </message>
    <message>
        <source>The longitude is between -180 and 180 degrees.</source>
        <translation>经度须在 -180 至 180 度之间。</translation>
    </message>
    <message>
        <source>Choose a time zone from the list.</source>
        <translation>请从列表中选择时区。</translation>
    </message>
    <message>
        <source>A weekday is 1 (Monday) to 7 (Sunday).</source>
        <translation>星期须为 1（周一）至 7（周日）。</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1重复出现。</translation>
    </message>
    <message>
        <source>%1: the hall must close after it opens.</source>
        <translation>%1：下班时间须晚于上班时间。</translation>
    </message>
    <message>
        <source>%1: give the start and the end of the lunch break.</source>
        <translation>%1：请填写午休的开始和结束时间。</translation>
    </message>
    <message>
        <source>%1: the lunch break must start after opening and end before closing.</source>
        <translation>%1：午休须在上班之后开始、下班之前结束。</translation>
    </message>
    <message>
        <source>A window number is 1 to %1.</source>
        <translation>窗口号须为 1 至 %1。</translation>
    </message>
    <message>
        <source>Window %1 already exists in this hall.</source>
        <translation>本大厅已有 %1 号窗口。</translation>
    </message>
    <message>
        <source>A label has at most %1 characters.</source>
        <translation>窗口名称最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A dedicated window serves at least one category.</source>
        <translation>专窗至少须办理一个业务类别。</translation>
    </message>
    <message>
        <source>A preference weight is 1 to %1.</source>
        <translation>优先权重须为 1 至 %1。</translation>
    </message>
    <message>
        <source>Choose the hall the device stands in.</source>
        <translation>请选择设备所在大厅。</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name in Chinese.</source>
        <translation>请填写中文姓名。</translation>
    </message>
    <message>
        <source>Window %1 of this hall is retired and keeps its number: choose another.</source>
        <translation>本大厅 %1 号窗口已停用，其编号仍保留：请另选编号。</translation>
    </message>
    <message>
        <source>Hall %1 is below %2: the tree would have a cycle.</source>
        <translation>大厅 %1 是 %2 的下级，不能作为其上级大厅（隶属关系会形成循环）。</translation>
    </message>
    <message>
        <source>Hall %1 below this one would no longer be of a lower level.</source>
        <translation>下级大厅 %1 的层级将不再低于本大厅。</translation>
    </message>
    <message>
        <source>There is no category %1 in the catalogue.</source>
        <translation>事项清单中没有业务类别 %1。</translation>
    </message>
    <message>
        <source>There is no matter %1 in the catalogue.</source>
        <translation>事项清单中没有事项 %1。</translation>
    </message>
    <message>
        <source>Enter the group&apos;s code.</source>
        <translation>请填写人群代码。</translation>
    </message>
    <message>
        <source>Enter the group&apos;s Chinese name.</source>
        <translation>请填写中文名称。</translation>
    </message>
    <message>
        <source>Enter the group&apos;s English name.</source>
        <translation>请填写英文名称。</translation>
    </message>
    <message>
        <source>Priority group %1: %2</source>
        <translation>第 %1 类优先人群：%2</translation>
    </message>
</context>
<context>
    <name>ow::WorkCalendar</name>
    <message>
        <source>Not JSON: %1 at character %2.</source>
        <translation>不是有效的 JSON：第 %2 个字符处%1。</translation>
    </message>
    <message>
        <source>Not a JSON object.</source>
        <translation>不是 JSON 对象。</translation>
    </message>
    <message>
        <source>An object with at least one year, e.g. &quot;2027&quot;: {&quot;holidays&quot;: [...]}.</source>
        <translation>须为至少含一个年份的对象，例如 &quot;2027&quot;: {&quot;holidays&quot;: [...]}。</translation>
    </message>
    <message>
        <source>Not a year from %1 to %2.</source>
        <translation>不是 %1 至 %2 之间的年份。</translation>
    </message>
    <message>
        <source>An object with &quot;holidays&quot; and &quot;working_weekends&quot;.</source>
        <translation>须为含 &quot;holidays&quot; 和 &quot;working_weekends&quot; 的对象。</translation>
    </message>
    <message>
        <source>Unknown key: a year has &quot;holidays&quot; and &quot;working_weekends&quot;.</source>
        <translation>无法识别的键：每年只有 &quot;holidays&quot; 和 &quot;working_weekends&quot;。</translation>
    </message>
    <message>
        <source>A list of dates.</source>
        <translation>须为日期列表。</translation>
    </message>
    <message>
        <source>Not a date (yyyy-mm-dd).</source>
        <translation>不是有效日期（yyyy-mm-dd）。</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 不在 %2 年内。</translation>
    </message>
    <message>
        <source>The first line must be the header date,kind,name.</source>
        <translation>第一行须为表头 date,kind,name。</translation>
    </message>
    <message>
        <source>Three columns: date,kind,name.</source>
        <translation>须为三列：date,kind,name。</translation>
    </message>
    <message>
        <source>holiday or workday (an adjusted working weekend).</source>
        <translation>须为 holiday（节假日）或 workday（调休上班）。</translation>
    </message>
    <message>
        <source>No days: the file is empty.</source>
        <translation>没有日期：文件为空。</translation>
    </message>
    <message>
        <source>No days: only the header.</source>
        <translation>没有日期：只有表头。</translation>
    </message>
    <message>
        <source>%1 is listed already (%2).</source>
        <translation>%1 已列出（%2）。</translation>
    </message>
    <message>
        <source>%1 is a weekday: only a Saturday or Sunday can be an adjusted working day.</source>
        <translation>%1 是工作日：只有星期六或星期日才能是调休上班日。</translation>
    </message>
    <message>
        <source>%1 has no public holiday: every year has some.</source>
        <translation>%1 年没有任何法定节假日：每年都应有。</translation>
    </message>
</context>
<context>
    <name>ow::QueueRules</name>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>请输入 %1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>At most %1 priority groups.</source>
        <translation>优先人群最多 %1 类。</translation>
    </message>
    <message>
        <source>A group code has 2 to 20 lower-case letters and &quot;_&quot;.</source>
        <translation>人群代码由 2 到 20 个小写字母和“_”组成。</translation>
    </message>
    <message>
        <source>The group code %1 is used twice.</source>
        <translation>人群代码 %1 重复。</translation>
    </message>
</context>
<context>
    <name>ow::CatalogueText</name>
    <message>
        <source>Not in force</source>
        <translation>未启用</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>预约生效</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>所属类别</translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation>拼音简码</translation>
    </message>
    <message>
        <source>On-the-spot or committed</source>
        <translation>即办件/承诺件</translation>
    </message>
    <message>
        <source>Time limit (working days)</source>
        <translation>承诺时限（工作日）</translation>
    </message>
    <message>
        <source>Typical handling time</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Competent level</source>
        <translation>主管层级</translation>
    </message>
    <message>
        <source>Delegable</source>
        <translation>可否下放</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>申请表字段</translation>
    </message>
    <message>
        <source>Order of the materials</source>
        <translation>材料顺序</translation>
    </message>
</context>
<context>
    <name>ow::CatalogueVersionTableModel</name>
    <message>
        <source>%1 (at server start)</source>
        <translation>%1（服务器启动时载入）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 由 %2 导入</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>%1 起使用</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>事项数</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>生效</translation>
    </message>
</context>
<context>
    <name>ow::CatalogueDiffModel</name>
    <message>
        <source>No differences from the version in force.</source>
        <translation>与使用中的版本没有差别。</translation>
    </message>
    <message>
        <source>Matters added (%1)</source>
        <translation>新增事项（%1）</translation>
    </message>
    <message>
        <source>Matters removed (%1)</source>
        <translation>删除事项（%1）</translation>
    </message>
    <message>
        <source>Matters changed (%1)</source>
        <translation>变更事项（%1）</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>变更：%1</translation>
    </message>
    <message>
        <source>Material added: %1</source>
        <translation>新增材料：%1</translation>
    </message>
    <message>
        <source>Material removed: %1</source>
        <translation>删除材料：%1</translation>
    </message>
    <message>
        <source>Material changed: %1</source>
        <translation>材料变更：%1</translation>
    </message>
    <message>
        <source>Categories added (%1)</source>
        <translation>新增类别（%1）</translation>
    </message>
    <message>
        <source>Categories removed (%1)</source>
        <translation>删除类别（%1）</translation>
    </message>
    <message>
        <source>Categories changed (%1)</source>
        <translation>变更类别（%1）</translation>
    </message>
</context>
<context>
    <name>ow::CatalogueVersionsPage</name>
    <message>
        <source>Version %1 is the one in force.</source>
        <translation>版本 %1 即为使用中的版本。</translation>
    </message>
    <message>
        <source>What version %1 changes against the version in force (%2):</source>
        <translation>版本 %1 相对于使用中的版本（%2）的变更：</translation>
    </message>
    <message>
        <source>Import a catalogue file</source>
        <translation>导入事项清单文件</translation>
    </message>
    <message>
        <source>Catalogue files (*.json)</source>
        <translation>事项清单文件 (*.json)</translation>
    </message>
    <message>
        <source>Catalogue version %1 imported. It is not in force yet: review its changes, then put it in force.</source>
        <translation>事项清单版本 %1 已导入，尚未启用：请核对变更内容后再启用。</translation>
    </message>
    <message>
        <source>Put in force now</source>
        <translation>立即启用</translation>
    </message>
    <message>
        <source>Put catalogue version %1 in force now? Every window uses it from its next refresh; tickets and cases made from now on carry it, earlier ones keep their version.</source>
        <translation>立即启用事项清单版本 %1？各窗口在下次刷新时改用此版本；此后取号和受理的办件按此版本办理，此前的仍保留原版本。</translation>
    </message>
    <message>
        <source>Put in force</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Catalogue version %1 is in force.</source>
        <translation>事项清单版本 %1 已启用。</translation>
    </message>
    <message>
        <source>Catalogue version %1 comes into force on %2.</source>
        <translation>事项清单版本 %1 将于 %2 起生效。</translation>
    </message>
    <message>
        <source>Catalogue version %1 no longer waits for a day.</source>
        <translation>事项清单版本 %1 的预约已撤销。</translation>
    </message>
    <message>
        <source>The city&apos;s service catalogue. A new catalogue is imported as a version that is not yet in force: read what it changes, then put it in force now or from a later day. Tickets and cases keep the version they were made under.</source>
        <translation>全市统一的事项清单。新清单导入后作为未启用的版本保存：核对其变更内容后，可立即启用，或预约自以后某日起生效。已取的号和已受理的办件保留其当时的版本。</translation>
    </message>
    <message>
        <source>&amp;Import catalogue file…</source>
        <translation>导入清单文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Put in force &amp;now…</source>
        <translation>立即启用(&amp;N)…</translation>
    </message>
    <message>
        <source>In force &amp;from this day</source>
        <translation>自该日起生效(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Withdraw schedule</source>
        <translation>撤销预约(&amp;W)</translation>
    </message>
    <message>
        <source>%1 is not a catalogue file in JSON.</source>
        <translation>%1 不是 JSON 格式的事项清单文件。</translation>
    </message>
</context>
<context>
    <name>ow::CatalogueVersionApi</name>
    <message>
        <source>%1 is not a catalogue file in JSON.</source>
        <translation>%1 不是 JSON 格式的事项清单文件。</translation>
    </message>
</context>
<context>
    <name>ow::OrgImportPlan</name>
    <message>
        <source>A device&apos;s account cannot become a person&apos;s, nor a person&apos;s a device&apos;s.</source>
        <translation>设备账号不能改为人员账号，人员账号也不能改为设备账号。</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>没有账号 %1。</translation>
    </message>
    <message>
        <source>The account %1 is not a kiosk&apos;s.</source>
        <translation>账号 %1 不是取号机账号。</translation>
    </message>
    <message>
        <source>The account %1 is not a hall display&apos;s.</source>
        <translation>账号 %1 不是叫号屏账号。</translation>
    </message>
    <message>
        <source>A device stands at the hall of its account, %1.</source>
        <translation>设备须设在其账号所属的大厅 %1。</translation>
    </message>
</context>
<context>
    <name>ow::CalendarDayModel</name>
    <message>
        <source>Worked in place of a weekend day off</source>
        <translation>周末调休，正常上班</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>%1: 1 day off</source>
        <translation>%1放假，共1天</translation>
    </message>
    <message>
        <source>%1 to %2: %3 days off</source>
        <translation>%1至%2放假，共%3天</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>Adjusted working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ow::CalendarPage</name>
    <message>
        <source>%1 (imported)</source>
        <translation>%1年（已导入）</translation>
    </message>
    <message>
        <source>%1 (built in)</source>
        <translation>%1年（系统内置）</translation>
    </message>
    <message>
        <source>Imported by the city&apos;s administrator.</source>
        <translation>由市级系统管理员导入。</translation>
    </message>
    <message>
        <source>Built into the server, from the State Council General Office&apos;s notice.</source>
        <translation>系统内置，依据国务院办公厅放假安排通知。</translation>
    </message>
    <message>
        <source>%1 public holidays and %2 adjusted working days. %3</source>
        <translation>法定节假日 %1 天，调休上班日 %2 天。%3</translation>
    </message>
    <message>
        <source>Import calendar file</source>
        <translation>导入工作日历文件</translation>
    </message>
    <message>
        <source>Calendar files (*.json *.csv)</source>
        <translation>工作日历文件 (*.json *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is not a calendar file: choose a file ending in .json or .csv.</source>
        <translation>%1 不是工作日历文件，请选择扩展名为 .json 或 .csv 的文件。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1……</translation>
    </message>
    <message>
        <source>%1 was not imported, and the calendar is unchanged: %2</source>
        <translation>%1 未导入，工作日历没有任何改动：%2</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 处问题。</translation>
    </message>
    <message>
        <source>%1 was imported; the calendar already held the same days.</source>
        <translation>%1 已导入。工作日历中原已是相同的日期，没有变化。</translation>
    </message>
    <message>
        <source>%1 was imported: %2. Case time limits count on the new days from now on.</source>
        <translation>%1 已导入：%2年。办件承诺时限即日起按新的日历计算。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>整个文件</translation>
    </message>
    <message>
        <source>The years</source>
        <translation>年份列表</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Line %1, column “%2”</source>
        <translation>第 %1 行，“%2”列</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>working weekends</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>Year %1, %2</source>
        <translation>%1年，%2</translation>
    </message>
    <message>
        <source>Year %1, %2, entry %3</source>
        <translation>%1年，%2第 %3 项</translation>
    </message>
    <message>
        <source>Case time limits and rectification deadlines are counted in working days on this calendar. When the State Council General Office publishes the holiday arrangements for a new year, import that year&apos;s calendar file (JSON or CSV): it replaces every year the file holds, and the other years stay.</source>
        <translation>办件承诺时限和差评整改期限均按本日历的工作日计算。国务院办公厅发布新一年的节假日安排通知后，请导入该年度的工作日历文件（JSON 或 CSV 格式）：文件中包含的年份将整体替换，其他年份保持不变。</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Import calendar file…</source>
        <translation>导入日历文件(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>ow::PriorityGroupModel</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
</context>
<context>
    <name>ow::QueueRulesPage</name>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>The queue rules of %1 have changes that are not saved. Discard them?</source>
        <translation>%1的排队规则有尚未保存的修改，确定放弃吗？</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取……</translation>
    </message>
    <message>
        <source>The queue rules of %1 could not be loaded: %2</source>
        <translation>无法读取%1的排队规则：%2</translation>
    </message>
    <message>
        <source>This hall has queue rules of its own.</source>
        <translation>本大厅使用本大厅自定的排队规则。</translation>
    </message>
    <message>
        <source>This hall uses the city&apos;s default queue rules.</source>
        <translation>本大厅使用全市默认排队规则。</translation>
    </message>
    <message>
        <source>The queue rules of %1 are saved. They apply from the next ticket on.</source>
        <translation>%1的排队规则已保存，自下一张号票起生效。</translation>
    </message>
    <message>
        <source>Use city defaults</source>
        <translation>恢复全市默认</translation>
    </message>
    <message>
        <source>Remove the queue rules of %1? The hall then follows the city&apos;s default rules, from the next ticket on.</source>
        <translation>确定删除%1自定的排队规则吗？删除后，该大厅自下一张号票起执行全市默认规则。</translation>
    </message>
    <message>
        <source>%1 follows the city&apos;s default queue rules again.</source>
        <translation>%1已恢复执行全市默认排队规则。</translation>
    </message>
    <message>
        <source>The queue rules decide how the windows of a hall call tickets and what its kiosks offer. A hall without rules of its own follows the city&apos;s defaults. Changes apply from the next ticket on.</source>
        <translation>排队规则决定大厅各窗口的叫号方式和取号机提供的优先选项。未设置自定规则的大厅执行全市默认规则。修改自下一张号票起生效。</translation>
    </message>
    <message>
        <source>&amp;Hall:</source>
        <translation>大厅(&amp;H)：</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>叫号规则</translation>
    </message>
    <message>
        <source>Promised wait:</source>
        <translation>承诺等候时间：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>An ordinary ticket that has waited longer than this is called first.</source>
        <translation>普通号等候超过此时间后优先叫号。</translation>
    </message>
    <message>
        <source>Recalls at most:</source>
        <translation>最多重呼次数：</translation>
    </message>
    <message>
        <source> times</source>
        <translation> 次</translation>
    </message>
    <message>
        <source>After this many recalls, the next call of the ticket marks it a no-show.</source>
        <translation>重呼达到此次数后，再次呼叫即按过号处理。</translation>
    </message>
    <message>
        <source>Between two calls:</source>
        <translation>两次呼叫间隔：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>The least time between two calls of the same ticket.</source>
        <translation>同一号票两次呼叫之间的最短间隔。</translation>
    </message>
    <message>
        <source>Priority tickets in a row:</source>
        <translation>优先号连续叫号数：</translation>
    </message>
    <message>
        <source>While ordinary tickets wait too, a window calls one of them after this many priority tickets.</source>
        <translation>有普通号同时等候时，窗口每连续叫此数量的优先号后，叫一个普通号。</translation>
    </message>
    <message>
        <source>Ticket numbers:</source>
        <translation>号票编号：</translation>
    </message>
    <message>
        <source>Run on across days (do not restart at 001 each day)</source>
        <translation>跨日连续编号（每天不从 001 重新开始）</translation>
    </message>
    <message>
        <source>Appointments per slot:</source>
        <translation>每时段预约人数：</translation>
    </message>
    <message>
        <source> people</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>Priority groups (green channel)</source>
        <translation>优先人群（绿色通道）</translation>
    </message>
    <message>
        <source>The groups a kiosk offers priority to, in this order. The code is what tickets and reports carry (lower-case letters and &quot;_&quot;); the names are what citizens read.</source>
        <translation>取号机按以下顺序列出可优先办理的人群。代码记入号票和统计报表（小写字母和“_”），名称供群众阅读。</translation>
    </message>
    <message>
        <source>&amp;Add group</source>
        <translation>添加人群(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Use &amp;city defaults…</source>
        <translation>恢复全市默认(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ow::Rectification</name>
    <message>
        <source>Telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
</context>
<context>
    <name>ow::RectificationTableModel</name>
    <message>
        <source>Closed late</source>
        <translation>已办结（超期）</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>办结于 %1</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1 号窗口</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>号票</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>窗口人员</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>回访次数</translation>
    </message>
</context>
<context>
    <name>ow::RectificationForm</name>
    <message>
        <source>Select a rectification in the list.</source>
        <translation>请在左侧列表中选择一条整改。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ticket %1&lt;/b&gt; of %2 · %3 · rated %4 on %5&lt;br&gt;Served at window %6 by %7 (%8)&lt;br&gt;Due %9 · %10</source>
        <translation>&lt;b&gt;号票 %1&lt;/b&gt;（%2）· %3 · %5 评价为“%4”&lt;br&gt;%6 号窗口 %7（%8）办理&lt;br&gt;整改期限 %9 · %10</translation>
    </message>
    <message>
        <source>Contacts with the citizen</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>群众意见</translation>
    </message>
    <message>
        <source>Cause found</source>
        <translation>查明原因</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Record a contact</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Contacted at:</source>
        <translation>回访时间：</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>回访方式：</translation>
    </message>
    <message>
        <source>Citizen&apos;s answer:</source>
        <translation>群众意见：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Record contact</source>
        <translation>登记回访</translation>
    </message>
    <message>
        <source>Close the rectification</source>
        <translation>整改办结</translation>
    </message>
    <message>
        <source>Cause found:</source>
        <translation>查明原因：</translation>
    </message>
    <message>
        <source>Action taken:</source>
        <translation>整改措施：</translation>
    </message>
    <message>
        <source>Close rectification</source>
        <translation>办结整改</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Closed late on %1 by %2; the citizen&apos;s answer: %3.</source>
        <translation>%2 于 %1 办结（已超期），群众意见：%3。</translation>
    </message>
    <message>
        <source>Closed on %1 by %2; the citizen&apos;s answer: %3.</source>
        <translation>%2 于 %1 办结，群众意见：%3。</translation>
    </message>
</context>
<context>
    <name>ow::RectificationsPage</name>
    <message>
        <source>Listed: %1</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source>The contact with the citizen was recorded.</source>
        <translation>回访已登记。</translation>
    </message>
    <message>
        <source>The rectification was closed.</source>
        <translation>整改已办结。</translation>
    </message>
    <message>
        <source>Rectifications of bad ratings — %1</source>
        <translation>差评整改 — %1</translation>
    </message>
    <message>
        <source>Rectifications of bad ratings</source>
        <translation>差评整改</translation>
    </message>
    <message>
        <source>Open (overdue included)</source>
        <translation>整改中（含超期）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Include the halls below</source>
        <translation>含下级大厅</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>ow::DrillDownPanel</name>
    <message>
        <source>%1 tickets, the latest %2 shown</source>
        <translation>共 %1 张号票，显示最近的 %2 张</translation>
    </message>
    <message>
        <source>The tickets behind the figure; personal data masked.</source>
        <translation>以下为该项数据对应的号票明细，个人信息已脱敏。</translation>
    </message>
    <message>
        <source>Double-click a figure to see the tickets behind it.</source>
        <translation>双击某项数据，查看对应的号票明细。</translation>
    </message>
    <message>
        <source>Double-click a row to go one level down.</source>
        <translation>双击一行，查看下一级明细。</translation>
    </message>
    <message>
        <source>Halls of %1</source>
        <translation>%1（含下级大厅）</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回上一级</translation>
    </message>
    <message>
        <source>Rank by:</source>
        <translation>排名依据：</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>共 %n 张号票</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>共 %n 行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::FigureTableModel</name>
    <message>
        <source>Double-click to go one level down</source>
        <translation>双击查看下一级明细</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <source>90% waited at most</source>
        <translation>90%等候不超过</translation>
    </message>
    <message>
        <source>Within the promise</source>
        <translation>承诺时限内叫号率</translation>
    </message>
    <message>
        <source>Mean handling</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>差评</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Window open</source>
        <translation>开窗时长</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停时长</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲时长</translation>
    </message>
    <message>
        <source>Open: open or paused. Idle: open, not paused, with no ticket at the window. A window left open counts until the hall&apos;s closing time.</source>
        <translation>开窗时长：窗口开放或暂停的时间。空闲时长：窗口开放、未暂停且无人办理的时间。未关闭的窗口计至大厅下班时间。</translation>
    </message>
    <message>
        <source>12333 complaints</source>
        <translation>12333投诉</translation>
    </message>
</context>
<context>
    <name>ow::MyFiguresModel</name>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Mean wait of my citizens</source>
        <translation>群众平均等候时长</translation>
    </message>
    <message>
        <source>Called within the promise</source>
        <translation>承诺时限内叫号率</translation>
    </message>
    <message>
        <source>Mean handling time</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <source>Handled within the standard time</source>
        <translation>标准时长内办结率</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>差评</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
</context>
<context>
    <name>ow::MyFiguresPage</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>My figures · %1</source>
        <translation>我的绩效 · %1</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>今日办结</translation>
    </message>
    <message>
        <source>Satisfaction this month</source>
        <translation>本月满意度</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>My ratings this month (satisfaction %1)</source>
        <translation>本月我的好差评（满意度 %1）</translation>
    </message>
    <message>
        <source>Mean handling today</source>
        <translation>今日平均办理时长</translation>
    </message>
    <message>
        <source>Served this month</source>
        <translation>本月办结</translation>
    </message>
</context>
<context>
    <name>ow::PerformanceCharts</name>
    <message>
        <source>Tickets issued by hour, %1</source>
        <translation>%1 分时段取号量</translation>
    </message>
    <message>
        <source>Issued that day</source>
        <translation>当日取号</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>号票数</translation>
    </message>
    <message>
        <source>Called within the promise</source>
        <translation>承诺时限内叫号</translation>
    </message>
    <message>
        <source>Called beyond the promise</source>
        <translation>超出承诺时限</translation>
    </message>
    <message>
        <source>Minutes from issue to first call</source>
        <translation>等候时长（取号至首次叫号，分钟）</translation>
    </message>
    <message>
        <source>By window: %1</source>
        <translation>各窗口对比：%1</translation>
    </message>
    <message>
        <source>By teller: %1</source>
        <translation>各柜员对比：%1</translation>
    </message>
    <message>
        <source>Nobody served yet</source>
        <translation>暂无办理记录</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Ratings (satisfaction %1)</source>
        <translation>好差评分布（满意度 %1）</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号量</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结量</translation>
    </message>
    <message>
        <source>Satisfaction (%)</source>
        <translation>满意度（%）</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Compare windows and tellers by:</source>
        <translation>窗口与柜员对比指标：</translation>
    </message>
    <message>
        <source>Mean wait (minutes)</source>
        <translation>平均等候（分钟）</translation>
    </message>
    <message>
        <source>Tickets issued by hour</source>
        <translation>分时段取号量</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>等候时长分布</translation>
    </message>
    <message>
        <source>By window</source>
        <translation>各窗口对比</translation>
    </message>
    <message>
        <source>By teller</source>
        <translation>各柜员对比</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>近30天趋势</translation>
    </message>
    <message numerus="yes">
        <source>Mean of the same weekday, last %n weeks</source>
        <translation>
            <numerusform>近%n周同日平均</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting time (promise: %n minute(s))</source>
        <translation>
            <numerusform>等候时长分布（承诺 %n 分钟内叫号）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promise: %n minute(s)</source>
        <translation>
            <numerusform>承诺时限 %n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last %n days (days open)</source>
        <translation>
            <numerusform>近%n天趋势（营业日）</numerusform>
        </translation>
    </message>
    <message>
        <source>Hour of issue</source>
        <translation>取号时段（时）</translation>
    </message>
</context>
<context>
    <name>ow::PerformancePage</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 (%2 being rectified)</source>
        <translation>%1（整改中 %2）</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>Hall:</source>
        <translation>大厅：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期间：</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>近30天</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>取号量</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结量</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <source>Called within the promise</source>
        <translation>承诺时限内叫号率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>差评</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>统计图表</translation>
    </message>
    <message>
        <source>Ranking and details</source>
        <translation>排名与明细</translation>
    </message>
    <message>
        <source>Monthly assessment report…</source>
        <translation>月度考核报告…</translation>
    </message>
</context>
<context>
    <name>ow::PerformanceText</name>
    <message>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1分%2秒</translation>
    </message>
    <message>
        <source>Not at a window</source>
        <translation>未到窗口</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No teller</source>
        <translation>无柜员</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Called within the promise</source>
        <translation>承诺时限内叫号</translation>
    </message>
    <message>
        <source>Called beyond the promise</source>
        <translation>超出承诺时限叫号</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>已评价</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>差评</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>平均等候（越短越好）</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1小时%2分钟</translation>
    </message>
</context>
<context>
    <name>ow::TicketTableModel</name>
    <message>
        <source>Served</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Called, not finished</source>
        <translation>已叫号，未办结</translation>
    </message>
    <message>
        <source>Never called</source>
        <translation>未叫号</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>曾转移</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>曾挂起</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Called later than the hall&apos;s promise</source>
        <translation>叫号晚于本大厅承诺时限</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>号票</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>取号时间</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等候时长</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>办理时长</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Resident ID</source>
        <translation>身份证号</translation>
    </message>
</context>
<context>
    <name>ow::TodayFiguresStrip</name>
    <message>
        <source>Served today</source>
        <translation>今日已办</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <source>Called within the promise</source>
        <translation>承诺内叫号率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意率</translation>
    </message>
</context>
<context>
    <name>ow::AssessmentDocument</name>
    <message>
        <source>Ranked by tickets served in the month, most first; equal counts share a place and are listed by satisfaction. Satisfaction is the share of ratings that are very satisfied or satisfied.</source>
        <translation>按当月办结量排名，多者在前；办结量相同者名次并列，按满意度先后排列。满意度为“非常满意”和“满意”评价占全部评价的比例。</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 monthly assessment report — %2</source>
        <translation>%1 月度考核报告 — %2</translation>
    </message>
    <message>
        <source>1,2,3,4,5,6,7,8</source>
        <translation>一,二,三,四,五,六,七,八</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>All ratings</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Satisfaction: %1.</source>
        <translation>满意度：%1。</translation>
    </message>
    <message>
        <source>Nobody served at a window this month.</source>
        <translation>本月没有窗口办结记录。</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Mean wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <source>Called within the promise</source>
        <translation>承诺时限内叫号率</translation>
    </message>
    <message>
        <source>Mean handling</source>
        <translation>平均办理时长</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>差评</translation>
    </message>
    <message>
        <source>Tickets issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>Handled within the standard time</source>
        <translation>标准时长内办结率</translation>
    </message>
    <message>
        <source>Rectifications</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>%1 closed, %2 open, %3 overdue</source>
        <translation>已整改%1条，整改中%2条，超期%3条</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Completed on the spot</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>Refused at the window</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <source>Decided within the time limit</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>By reviewer (the hall&apos;s own back office):</source>
        <translation>按审核人员（本厅后台）：</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人员</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Rectified, after the due day</source>
        <translation>逾期整改</translation>
    </message>
    <message>
        <source>Rectified in time</source>
        <translation>按期整改</translation>
    </message>
    <message>
        <source>Overdue, not rectified</source>
        <translation>已超期，尚未整改</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>%1. Ticket %2, %3, %4, %5, %6: %7</source>
        <translation>%1. 号票 %2，%3，%4，%5，%6：%7</translation>
    </message>
    <message>
        <source>%1 by %2 (%3): %4</source>
        <translation>%1 %2回访（%3）：%4</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation>——%1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>整改状态</translation>
    </message>
    <message>
        <source>Due day</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Contacts with the citizen</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Citizen&apos;s answer</source>
        <translation>群众答复</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>尚未回访</translation>
    </message>
    <message>
        <source>No bad reviews this month.</source>
        <translation>本月无差评。</translation>
    </message>
    <message>
        <source>More bad reviews than one report lists; the latest are shown.</source>
        <translation>差评数量超过单份报告可列出的上限，仅列出最近的部分。</translation>
    </message>
    <message>
        <source>Place %1 of %2 tellers (by tickets served).</source>
        <translation>按办结量在%2名柜员中排第%1名。</translation>
    </message>
    <message>
        <source>Not ranked: no ticket ended at this teller.</source>
        <translation>未参与排名：本月没有在该柜员处办结的号票。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This teller</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>Hall average</source>
        <translation>全厅平均</translation>
    </message>
    <message>
        <source>Hall average: counts per teller of the hall; waits, handling and shares of the whole hall.</source>
        <translation>全厅平均：数量为全厅柜员人均值；等候、办理时长和各项比率为全厅总体值。</translation>
    </message>
    <message>
        <source>Figures and place</source>
        <translation>个人指标与排名</translation>
    </message>
    <message>
        <source>Ratings by level</source>
        <translation>评价情况</translation>
    </message>
    <message>
        <source>Bad reviews and their rectification</source>
        <translation>差评及整改情况</translation>
    </message>
    <message>
        <source>Queue and service</source>
        <translation>服务概况</translation>
    </message>
    <message>
        <source>Windows ranked</source>
        <translation>窗口排名</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Tellers ranked</source>
        <translation>柜员排名</translation>
    </message>
    <message>
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件情况</translation>
    </message>
    <message>
        <source>Period: %1 to %2 · Generated: %3</source>
        <translation>考核期间：%1 至 %2 · 生成时间：%3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>ow::AssessmentDialog</name>
    <message>
        <source>Save the report as PDF</source>
        <translation>将报告保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Loading the month&apos;s figures…</source>
        <translation>正在读取本月数据…</translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <translation>数据截至 %1。</translation>
    </message>
    <message>
        <source>The whole hall</source>
        <translation>全厅</translation>
    </message>
    <message>
        <source>The month&apos;s figures are not loaded yet.</source>
        <translation>本月数据尚未读取完毕。</translation>
    </message>
    <message>
        <source>This teller has no figures in the month.</source>
        <translation>该柜员本月没有数据。</translation>
    </message>
    <message>
        <source>Served %1 · satisfaction %2 · %3 bad reviews, %4 rectified</source>
        <translation>办结 %1 · 满意度 %2 · 差评 %3 条，已整改 %4 条</translation>
    </message>
    <message>
        <source>Place %1 of %2 tellers.</source>
        <translation>在%2名柜员中排第%1名。</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>已输出到 %1。</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>Monthly assessment report</source>
        <translation>月度考核报告</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Report for:</source>
        <translation>报告对象：</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>保存为 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ow::Risk</name>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处置</translation>
    </message>
</context>
<context>
    <name>ow::PurposeDialog</name>
    <message>
        <source>Show full personal data</source>
        <translation>显示完整个人信息</translation>
    </message>
    <message>
        <source>You are not working on case %1, so its applicant&apos;s personal data is masked. To see it in full, say why. Your name, this computer, the time and the reason are recorded in the audit trail.</source>
        <translation>您未经办办件 %1，申请人的个人信息已隐去。如需查看完整信息，请说明原因。您的姓名、本机、时间和原因将记入审计日志。</translation>
    </message>
    <message>
        <source>Choose a common reason…</source>
        <translation>选择常见原因…</translation>
    </message>
    <message>
        <source>The applicant called about the progress of the case</source>
        <translation>申请人来电查询办理进度</translation>
    </message>
    <message>
        <source>Checking a complaint or report about the case</source>
        <translation>核查与本件有关的投诉或举报</translation>
    </message>
    <message>
        <source>Helping the staff handling the case</source>
        <translation>协助经办人员办理</translation>
    </message>
    <message>
        <source>Verifying the applicant&apos;s identity at the window</source>
        <translation>窗口核实申请人身份</translation>
    </message>
    <message>
        <source>Or write the reason in your own words</source>
        <translation>或自行填写原因</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字。</translation>
    </message>
    <message>
        <source>Show full data</source>
        <translation>显示完整信息</translation>
    </message>
</context>
<context>
    <name>ow::TlsTrust</name>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>CA 证书文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read (%2).</source>
        <translation>无法读取 CA 证书文件 %1（%2）。</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>CA 证书文件 %1 中没有 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>No secure connection to %1 could be set up (%2). Nothing was sent to it.</source>
        <translation>无法与 %1 建立安全连接（%2），未向其发送任何数据。</translation>
    </message>
    <message>
        <source>The server %1 could not be verified (%2), so nothing was sent to it. Its certificate must be issued by the certificate authority in %3: ask the hall&apos;s IT officer.</source>
        <translation>无法验证服务器 %1 的证书（%2），因此未向其发送任何数据。该服务器的证书必须由 %3 中的证书颁发机构签发，请联系大厅的信息技术管理员。</translation>
    </message>
    <message>
        <source>The server %1 could not be verified (%2), so nothing was sent to it. If the hall uses its own certificate authority, give its CA file (--ca-file): ask the hall&apos;s IT officer.</source>
        <translation>无法验证服务器 %1 的证书（%2），因此未向其发送任何数据。如果大厅使用自建的证书颁发机构，请指定其 CA 证书文件（--ca-file），并联系大厅的信息技术管理员。</translation>
    </message>
</context>
<context>
    <name>ow::RiskAlertTableModel</name>
    <message>
        <source>Staff %1 (%2)</source>
        <translation>工作人员 %1（%2）</translation>
    </message>
    <message>
        <source>Staff %1</source>
        <translation>工作人员 %1</translation>
    </message>
    <message>
        <source>Resident %1</source>
        <translation>群众 %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>票号 %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>办件 %1</translation>
    </message>
    <message>
        <source>Queue record</source>
        <translation>排队记录</translation>
    </message>
    <message>
        <source>Case record</source>
        <translation>办件记录</translation>
    </message>
    <message>
        <source>Citizen lookup</source>
        <translation>群众信息查询</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>上报</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>等待%1处置</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>预警规则</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>预警对象</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>预警内容</translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation>预警时间</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>ow::RiskAlertForm</name>
    <message>
        <source>Choose confirm, dismiss or escalate.</source>
        <translation>请选择处置方式：确认、排除或上报。</translation>
    </message>
    <message>
        <source>Select an alert in the list.</source>
        <translation>请在左侧列表中选择一条预警。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · level %2 · %3&lt;br&gt;%4 · %5 · service day %6&lt;br&gt;%7&lt;br&gt;&lt;span style=&apos;color:#5f6368&apos;&gt;Raised %8 · rule set version %9&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 等级 %2 · %3&lt;br&gt;%4 · %5 · 营业日 %6&lt;br&gt;%7&lt;br&gt;&lt;span style=&apos;color:#5f6368&apos;&gt;预警时间 %8 · 规则版本 %9&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>上报至%1</translation>
    </message>
    <message>
        <source>This alert has been disposed of.</source>
        <translation>该预警已处置完毕。</translation>
    </message>
    <message>
        <source>This alert waits for the supervisors of %1.</source>
        <translation>该预警已上报，等待%1的主管处置。</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Disposal history</source>
        <translation>处置记录</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>处置</translation>
    </message>
    <message>
        <source>By</source>
        <translation>处置人</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Dispose of the alert</source>
        <translation>处置预警</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>处置方式：</translation>
    </message>
    <message>
        <source>Confirm the risk</source>
        <translation>确认风险</translation>
    </message>
    <message>
        <source>Dismiss (false alarm)</source>
        <translation>排除（误报）</translation>
    </message>
    <message>
        <source>Escalate to the hall above</source>
        <translation>上报上级</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Required to dismiss or escalate</source>
        <translation>排除或上报时必填</translation>
    </message>
    <message>
        <source>Submit disposal</source>
        <translation>提交处置</translation>
    </message>
</context>
<context>
    <name>ow::RiskPage</name>
    <message>
        <source>Listed: %1</source>
        <translation>共 %1 条</translation>
    </message>
    <message>
        <source>The disposal was recorded.</source>
        <translation>处置已提交。</translation>
    </message>
    <message>
        <source>Risk alerts — %1</source>
        <translation>风险预警 — %1</translation>
    </message>
    <message>
        <source>Risk alerts</source>
        <translation>风险预警</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt; (%1): &lt;b&gt;%2&lt;/b&gt; raised · &lt;b style=&apos;color:#b3261e&apos;&gt;%3&lt;/b&gt; waiting for a decision · &lt;b&gt;%4&lt;/b&gt; disposed of</source>
        <translation>&lt;b&gt;今日&lt;/b&gt;（%1）：新增预警 &lt;b&gt;%2&lt;/b&gt; 条 · 待处置 &lt;b style=&apos;color:#b3261e&apos;&gt;%3&lt;/b&gt; 条 · 已处置 &lt;b&gt;%4&lt;/b&gt; 条</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&lt;/b&gt;: the figures could not be read.</source>
        <translation>&lt;b&gt;今日&lt;/b&gt;：暂未取得统计数据。</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Level: %1</source>
        <translation>等级：%1</translation>
    </message>
    <message>
        <source>%1 and the halls below</source>
        <translation>%1及下级大厅</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>规则设置…</translation>
    </message>
    <message>
        <source>Risk rules</source>
        <translation>风险规则</translation>
    </message>
</context>
<context>
    <name>ow::RiskRuleText</name>
    <message>
        <source>Matters watched</source>
        <translation>适用事项</translation>
    </message>
    <message>
        <source>Look-back period</source>
        <translation>回溯期</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>Retirement age, men</source>
        <translation>男性退休年龄</translation>
    </message>
    <message>
        <source>Retirement age, women</source>
        <translation>女性退休年龄</translation>
    </message>
    <message>
        <source>years</source>
        <translation>岁</translation>
    </message>
    <message>
        <source>Most per teller per day</source>
        <translation>每人每日上限</translation>
    </message>
    <message>
        <source>times</source>
        <translation>次</translation>
    </message>
    <message>
        <source>Above the hall&apos;s norm by</source>
        <translation>高于大厅平均水平</translation>
    </message>
    <message>
        <source>× the norm</source>
        <translation>倍</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>最少样本数</translation>
    </message>
    <message>
        <source>occurrences</source>
        <translation>次</translation>
    </message>
    <message>
        <source>of the usual service time</source>
        <translation>倍常规服务时长</translation>
    </message>
    <message>
        <source>Grace around opening hours</source>
        <translation>营业时间前后宽限</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Most lookups per hour</source>
        <translation>每小时查询上限</translation>
    </message>
    <message>
        <source>lookups</source>
        <translation>次</translation>
    </message>
    <message>
        <source>Warn ahead by</source>
        <translation>提前预警</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>No parameters</source>
        <translation>无参数</translation>
    </message>
    <message>
        <source>On</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>shipped with the server</source>
        <translation>随服务器发布的初始规则</translation>
    </message>
    <message>
        <source>saved by %1 at %2</source>
        <translation>由 %1 于 %2 保存</translation>
    </message>
    <message>
        <source>Very short below</source>
        <translation>超短服务阈值</translation>
    </message>
</context>
<context>
    <name>ow::RiskRuleTableModel</name>
    <message>
        <source>%1 (changed)</source>
        <translation>%1（已修改）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
</context>
<context>
    <name>ow::RiskRuleVersionModel</name>
    <message>
        <source>The rules shipped with the server</source>
        <translation>随服务器发布的初始规则</translation>
    </message>
    <message>
        <source>No rule changed</source>
        <translation>无规则变化</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (in force)</source>
        <translation>%1（使用中）</translation>
    </message>
    <message>
        <source>(shipped)</source>
        <translation>（系统初始）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>保存人</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Rules changed</source>
        <translation>修改的规则</translation>
    </message>
</context>
<context>
    <name>ow::RiskRuleEditor</name>
    <message>
        <source>Catalogue codes of the matters, separated by commas</source>
        <translation>事项清单中的事项编码，用逗号分隔</translation>
    </message>
    <message>
        <source>This rule has no parameters.</source>
        <translation>此规则没有参数。</translation>
    </message>
    <message>
        <source>Select a rule to see its settings.</source>
        <translation>请选择一条规则查看其设置。</translation>
    </message>
    <message>
        <source>Read only: only the city&apos;s administrator changes the rules, and only in the version in force.</source>
        <translation>只读：规则只能由市级管理员在当前使用的版本上修改。</translation>
    </message>
    <message>
        <source>Alert level</source>
        <translation>预警级别</translation>
    </message>
    <message>
        <source>The rule runs</source>
        <translation>启用此规则</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>范围：%1 至 %2</translation>
    </message>
</context>
<context>
    <name>ow::RiskRulesPage</name>
    <message>
        <source>Save as a new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message numerus="yes">
        <source>Save the changes to %n rule(s) as version %1 of the risk rules? Every hall&apos;s checks use it from their next run; alerts already raised keep the version that raised them.</source>
        <translation>
            <numerusform>将对 %n 条规则的修改保存为风险规则第 %1 版？各大厅从下一次检查起按新版本执行；已产生的预警仍保留产生它的版本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved as version %1. The rules run with it from their next check.</source>
        <translation>已保存为第 %1 版，从下一次检查起生效。</translation>
    </message>
    <message>
        <source>The server did not take the rules: see the rules marked in red.</source>
        <translation>服务器未接受这些规则：请查看标红的规则。</translation>
    </message>
    <message>
        <source>The risk rules every hall&apos;s checks run by. Select a rule to change its level, whether it runs and its parameters, then save the whole set as a new version; earlier versions stay readable below, and alerts keep the version that raised them.</source>
        <translation>各大厅风险检查所依据的规则。选择一条规则可修改其预警级别、是否启用和参数，然后将整套规则保存为新版本；旧版本可在下方查看，已产生的预警保留产生它的版本。</translation>
    </message>
    <message>
        <source>The risk rules every hall&apos;s checks run by (read only: only the city&apos;s administrator changes them).</source>
        <translation>各大厅风险检查所依据的规则（只读：仅市级管理员可以修改）。</translation>
    </message>
    <message>
        <source>Viewing version %1 (read only), %2.</source>
        <translation>正在查看第 %1 版（只读），%2。</translation>
    </message>
    <message>
        <source>Version %1 in force, %2.</source>
        <translation>当前使用第 %1 版，%2。</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>有尚未保存的修改。</translation>
    </message>
    <message>
        <source>The rules have not been read yet.</source>
        <translation>尚未读取规则。</translation>
    </message>
    <message>
        <source>Back to the version in force</source>
        <translation>回到当前版本</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>放弃修改(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save as a new version…</source>
        <translation>保存为新版本(&amp;S)…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>历史版本</translation>
    </message>
</context>
<context>
    <name>ow::PrecheckText</name>
    <message numerus="yes">
        <source>Materials pre-checked at the guide desk: all %n present</source>
        <translation>
            <numerusform>导服台已预审材料：%n 项齐全</numerusform>
        </translation>
    </message>
    <message>
        <source>Materials pre-checked at the guide desk: %1 of %2, missing %3</source>
        <translation>导服台已预审材料：%2 项中 %1 项，缺 %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ow::MatterResultModel</name>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>匹配：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ow::MaterialCheckModel</name>
    <message>
        <source>%1 (if applicable)</source>
        <translation>%1（如适用）</translation>
    </message>
</context>
<context>
    <name>ow::OneTimeNotice</name>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>To apply for “%1” (%2, %3), please bring:</source>
        <translation>办理“%1”（%2，%3）请携带以下材料：</translation>
    </message>
    <message>
        <source>not brought yet</source>
        <translation>尚未携带</translation>
    </message>
    <message>
        <source>Originals are checked at the window and handed back; copies are kept. Materials marked “if applicable” are needed only where they apply to you.</source>
        <translation>原件在窗口核验后当场退还，复印件留存。标注“如适用”的材料仅在符合相应情形时提供。</translation>
    </message>
    <message>
        <source>(if applicable)</source>
        <translation>（如适用）</translation>
    </message>
</context>
<context>
    <name>ow::GuidePage</name>
    <message>
        <source>No matter matches “%1”.</source>
        <translation>没有找到与“%1”相符的事项。</translation>
    </message>
    <message numerus="yes">
        <source>Matters found: %n</source>
        <translation>
            <numerusform>找到 %n 个事项</numerusform>
        </translation>
    </message>
    <message>
        <source>Look up a matter: its name, code, pinyin initials, or the citizen&apos;s question.</source>
        <translation>请查找事项：输入名称、编码、拼音首字母，或群众的问题。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Consultation: not started</source>
        <translation>咨询计时：未开始</translation>
    </message>
    <message>
        <source>Consultation: %1:%2</source>
        <translation>咨询计时：%1:%2</translation>
    </message>
    <message numerus="yes">
        <source>Ticket issued: %n waiting ahead.</source>
        <translation>
            <numerusform>已取号，前面还有 %n 人等候。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket issued.</source>
        <translation>已取号。</translation>
    </message>
    <message>
        <source>Consultation logged (%1 min %2 s).</source>
        <translation>已登记咨询（%1 分 %2 秒）。</translation>
    </message>
    <message>
        <source>Matter name, code, pinyin initials (e.g. shbzk) or the citizen&apos;s question</source>
        <translation>事项名称、编码、拼音首字母（如 shbzk）或群众的问题</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Matters found</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <source>Consultation only</source>
        <translation>仅咨询</translation>
    </message>
    <message>
        <source>Issue ticket</source>
        <translation>取号</translation>
    </message>
</context>
<context>
    <name>ow::CoverageText</name>
    <message>
        <source>City hall</source>
        <translation>市级大厅</translation>
    </message>
    <message>
        <source>District / county hall</source>
        <translation>县（市、区）级大厅</translation>
    </message>
    <message>
        <source>Township / street centre</source>
        <translation>乡镇（街道）便民服务中心</translation>
    </message>
    <message>
        <source>Community service station</source>
        <translation>社区服务站</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>约 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>约 %1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>ow::NearbyHallsModel</name>
    <message>
        <source>%1 on foot</source>
        <translation>步行%1</translation>
    </message>
    <message>
        <source>%1 by bus or car</source>
        <translation>乘车%1</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <source>Travel time</source>
        <translation>预计用时</translation>
    </message>
</context>
<context>
    <name>ow::NearbyHallsPanel</name>
    <message>
        <source>Enter the place as latitude (-90 to 90) and longitude (-180 to 180), e.g. 31.4679 and 104.6796.</source>
        <translation>请以纬度（-90 至 90）和经度（-180 至 180）填写地点，例如 31.4679 和 104.6796。</translation>
    </message>
    <message>
        <source>Your hall has no place on the map yet; choose a place instead.</source>
        <translation>您所在的大厅尚未标注位置，请改为指定地点。</translation>
    </message>
    <message>
        <source>Looking for the nearest halls…</source>
        <translation>正在查找最近的可办大厅…</translation>
    </message>
    <message>
        <source>The server cannot be reached: the nearest halls are not known offline.</source>
        <translation>无法连接服务器：离线时无法查询就近可办的大厅。</translation>
    </message>
    <message>
        <source>No hall on the map may accept this matter.</source>
        <translation>地图上没有可受理该事项的大厅。</translation>
    </message>
    <message numerus="yes">
        <source>%n hall(s) within 15 minutes.</source>
        <translation>
            <numerusform>15 分钟内可到达 %n 个可办大厅。</numerusform>
        </translation>
    </message>
    <message>
        <source>No hall that may accept this matter is within 15 minutes from here.</source>
        <translation>从此处出发，15 分钟内没有可受理该事项的大厅。</translation>
    </message>
    <message>
        <source>Nearby halls that can handle it</source>
        <translation>就近可办</translation>
    </message>
    <message>
        <source>Travel times are estimates: the straight line × 1.3, on foot at 4.5 km/h or by bus or car at 25 km/h plus 5 minutes, whichever is faster.</source>
        <translation>用时为估算值：按直线距离 × 1.3 计，步行每小时 4.5 公里，乘车每小时 25 公里另加 5 分钟，取较快者。</translation>
    </message>
    <message>
        <source>From my hall</source>
        <translation>从本大厅出发</translation>
    </message>
    <message>
        <source>From a place…</source>
        <translation>从指定地点出发…</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
</context>
<context>
    <name>ow::CoverageMatterModel</name>
    <message>
        <source>City hall only</source>
        <translation>仅市级大厅</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Halls that may accept it</source>
        <translation>可受理大厅</translation>
    </message>
    <message>
        <source>Within 15 min</source>
        <translation>15分钟覆盖率</translation>
    </message>
    <message>
        <source>If delegated further</source>
        <translation>进一步下放后</translation>
    </message>
    <message>
        <source>the city hall</source>
        <translation>市级大厅</translation>
    </message>
    <message>
        <source>district / county halls</source>
        <translation>县（市、区）级大厅</translation>
    </message>
    <message>
        <source>township / street centres</source>
        <translation>乡镇（街道）便民服务中心</translation>
    </message>
    <message>
        <source>community service stations</source>
        <translation>社区服务站</translation>
    </message>
    <message>
        <source>Delegating “%1” to %2 raises coverage from %3 to %4.</source>
        <translation>将「%1」下放至%2，覆盖率可由 %3 提升至 %4。</translation>
    </message>
    <message>
        <source>District halls and above</source>
        <translation>县级及以上大厅</translation>
    </message>
    <message>
        <source>Township centres and above</source>
        <translation>乡镇级及以上</translation>
    </message>
    <message>
        <source>Every hall</source>
        <translation>全部大厅（含社区）</translation>
    </message>
    <message numerus="yes">
        <source>Delegating “%1” and %n other matter(s) like it to %2 raises the coverage of each from %3 to %4.</source>
        <translation>
            <numerusform>将「%1」及另外 %n 个同类事项下放至%2，每项覆盖率可由 %3 提升至 %4。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::CoverageMapWidget</name>
    <message>
        <source>Loading the coverage report…</source>
        <translation>正在加载覆盖率报告…</translation>
    </message>
    <message>
        <source>%1 — %2 of residents within 15 minutes</source>
        <translation>%1：%2 的居民在 15 分钟服务圈内</translation>
    </message>
    <message>
        <source>Choose a matter to see who lives within 15 minutes of a hall that can handle it</source>
        <translation>请选择事项，查看哪些居民在可办大厅 15 分钟范围内</translation>
    </message>
    <message>
        <source>Hall that can handle it</source>
        <translation>可办大厅</translation>
    </message>
    <message>
        <source>Hall that cannot</source>
        <translation>不可办大厅</translation>
    </message>
    <message>
        <source>Residents within 15 minutes</source>
        <translation>15 分钟内可达的社区</translation>
    </message>
    <message>
        <source>Residents farther away</source>
        <translation>超出 15 分钟的社区</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>Community (size: population)</source>
        <translation>社区（圆点大小表示人口）</translation>
    </message>
    <message>
        <source>15-minute reach by bus or car</source>
        <translation>乘车 15 分钟可达范围</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n resident(s)</source>
        <translation>
            <numerusform>%1（%2）：%n 名居民</numerusform>
        </translation>
    </message>
    <message>
        <source>nearest hall that can handle it: %1</source>
        <translation>最近的可办大厅：%1</translation>
    </message>
</context>
<context>
    <name>ow::CoveragePage</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>无法连接服务器。</translation>
    </message>
    <message numerus="yes">
        <source>%n community point(s), %1 residents; populations are illustrative.</source>
        <translation>
            <numerusform>共 %n 个社区点、%1 名居民（人口数为示意数据）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every matter already reaches as many residents as the halls allow.</source>
        <translation>在现有大厅布局下，各事项的覆盖率均已达到上限。</translation>
    </message>
    <message>
        <source>The 15-minute circle: for each matter, the share of residents who live within 15 minutes of a hall that may accept it. Choose a matter to see it on the map.</source>
        <translation>15分钟服务圈：各事项在可受理大厅 15 分钟范围内的居民占比。选择事项即可在地图上查看。</translation>
    </message>
    <message>
        <source>Delegations that would raise coverage most</source>
        <translation>最能提升覆盖率的事项下放</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>全市</translation>
    </message>
    <message>
        <source>Central urban area</source>
        <translation>中心城区</translation>
    </message>
</context>
<context>
    <name>ow::RiskMessages</name>
    <message>
        <source>%1 claimed again in %2 (earlier %3, %4 days before; period %5 days)</source>
        <translation>%2 重复申领 %1（此前办件 %3，相隔 %4 天；限定期限 %5 天）</translation>
    </message>
    <message>
        <source>%1 %2 for %3, aged %4 (male, retirement age %5)</source>
        <translation>%1 办件 %2：申请人 %3 年仅 %4 岁（男，退休年龄 %5 岁）</translation>
    </message>
    <message>
        <source>%1 %2 for %3, aged %4 (female, retirement age %5)</source>
        <translation>%1 办件 %2：申请人 %3 年仅 %4 岁（女，退休年龄 %5 岁）</translation>
    </message>
    <message>
        <source>%1 handled ticket %2 of their own ID number</source>
        <translation>%1 经办了本人身份证号码的号票 %2</translation>
    </message>
    <message>
        <source>%1 handled case %2 of their own ID number</source>
        <translation>%1 经办了本人身份证号码的办件 %2</translation>
    </message>
    <message>
        <source>%1 called %2 tickets out of order on %3 (threshold %4)</source>
        <translation>%1 于 %3 越号呼叫 %2 张号票（阈值 %4 张）</translation>
    </message>
    <message>
        <source>%1 called %2 numbers they issued themselves, none from the kiosk, on %3 (threshold %4)</source>
        <translation>%1 于 %3 呼叫本人在窗口自取的号 %2 个，均非取号机所出（阈值 %4 个）</translation>
    </message>
    <message>
        <source>%1: %2 no shows of %3 tickets called on %4; the hall&apos;s other tellers %5 of %6 (factor %7)</source>
        <translation>%1：%4 呼叫号票 %3 张，过号 %2 张；本厅其他窗口人员 %6 张中过号 %5 张（倍数 %7）</translation>
    </message>
    <message>
        <source>%1: %2 transfers of %3 tickets called on %4; the hall&apos;s other tellers %5 of %6 (factor %7)</source>
        <translation>%1：%4 呼叫号票 %3 张，转办 %2 张；本厅其他窗口人员 %6 张中转办 %5 张（倍数 %7）</translation>
    </message>
    <message>
        <source>%1: %2 short services of %3 tickets called on %4; the hall&apos;s other tellers %5 of %6 (factor %7)</source>
        <translation>%1：%4 呼叫号票 %3 张，办理用时过短 %2 张；本厅其他窗口人员 %6 张中过短 %5 张（倍数 %7）</translation>
    </message>
    <message>
        <source>%1: %2 operations outside %3–%4 on %5 (grace %6 min)</source>
        <translation>%1：%5 在办公时间 %3–%4 以外操作 %2 次（宽限 %6 分钟）</translation>
    </message>
    <message>
        <source>%1: %2 operations on %3, a day the hall is closed</source>
        <translation>%1：%3 大厅不对外办公，仍操作 %2 次</translation>
    </message>
    <message>
        <source>%1 looked up %2 people within an hour from %3 (threshold %4 per hour)</source>
        <translation>%1 自 %3 起一小时内查询了 %2 人的信息（阈值每小时 %4 人）</translation>
    </message>
    <message>
        <source>%1 refused %2 of %3 applications on %4; the hall&apos;s other tellers %5 of %6 (factor %7)</source>
        <translation>%1 于 %4 受理申请 %3 件，其中不予受理 %2 件；本厅其他窗口人员 %6 件中不予受理 %5 件（倍数 %7）</translation>
    </message>
    <message>
        <source>%1 approved %2 of %3&apos;s cases in %4 days to %5 — %2 of the %6 approvals of them, by chance about %7</source>
        <translation>截至 %5 的 %4 天内，%1 审批通过 %3 受理的办件 %2 次，占其全部 %6 次审批通过；按随机分配约为 %7 次</translation>
    </message>
    <message>
        <source>%1 %2 (%3) is due %4</source>
        <translation>办件 %1（%2，%3）将于 %4 到期</translation>
    </message>
    <message>
        <source>%1 %2 (%3) was due %4, overdue</source>
        <translation>办件 %1（%2，%3）应于 %4 办结，已超期</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 at window %3</source>
        <translation>%1 %2（%3 号窗口）</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>looked up %1</source>
        <translation>查询了 %1</translation>
    </message>
    <message>
        <source>called out of order</source>
        <translation>越号呼叫</translation>
    </message>
    <message>
        <source>called out of order: %1</source>
        <translation>越号呼叫：%1</translation>
    </message>
    <message>
        <source>called by the same teller</source>
        <translation>由同一窗口人员呼叫</translation>
    </message>
    <message>
        <source>served in %1 s</source>
        <translation>办理用时 %1 秒</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>called</source>
        <translation>叫号</translation>
    </message>
    <message>
        <source>called again</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>service started</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>stepped away</source>
        <translation>暂离</translation>
    </message>
    <message>
        <source>back in the line</source>
        <translation>回到队列</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>转办</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>rectification opened</source>
        <translation>整改立项</translation>
    </message>
    <message>
        <source>rectification followed up</source>
        <translation>整改回访</translation>
    </message>
    <message>
        <source>rectification closed</source>
        <translation>整改结案</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>completed on the spot</source>
        <translation>即办办结</translation>
    </message>
    <message>
        <source>submitted online</source>
        <translation>网上申报</translation>
    </message>
    <message>
        <source>verified and accepted</source>
        <translation>核验受理</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>分派</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>审批通过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>审批不通过</translation>
    </message>
    <message>
        <source>returned for more documents</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <source>more documents received</source>
        <translation>收到补正材料</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>handed out</source>
        <translation>已出件</translation>
    </message>
    <message>
        <source>kiosk</source>
        <translation>取号机</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>online</source>
        <translation>网上</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>first approval given</source>
        <translation>已初审</translation>
    </message>
    <message>
        <source>waiting for more documents</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>issued by the teller (channel: %1)</source>
        <translation>由窗口人员自行取号（渠道：%1）</translation>
    </message>
    <message>
        <source>window</source>
        <translation>窗口</translation>
    </message>
</context>
<context>
    <name>ow::PromiseRiskModel</name>
    <message>
        <source>No open window serves it</source>
        <translation>没有开放窗口可办</translation>
    </message>
    <message>
        <source>Past the %1-minute promise</source>
        <translation>将超出%1分钟承诺</translation>
    </message>
    <message>
        <source>Close to the %1-minute promise</source>
        <translation>临近%1分钟承诺</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>取号时间</translation>
    </message>
    <message>
        <source>Projected call</source>
        <translation>预计叫号</translation>
    </message>
    <message>
        <source>Projected wait</source>
        <translation>预计等候</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
</context>
<context>
    <name>ow::StaffingPlanModel</name>
    <message>
        <source>No visitors expected</source>
        <translation>预计无人到厅</translation>
    </message>
    <message numerus="yes">
        <source>%1 visitors expected, %n window(s) needed; chance of waiting past %2 minutes: %3%</source>
        <translation>
            <numerusform>预计到厅 %1 人，需 %n 个窗口；等候超过 %2 分钟的概率 %3%</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Peak %n window(s), %1 staff-hours</source>
        <translation>
            <numerusform>高峰 %n 个窗口，共 %1 人·时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 闭厅</translation>
    </message>
</context>
<context>
    <name>ow::PlanPage</name>
    <message>
        <source>Opening window %1…</source>
        <translation>正在开启窗口 %1…</translation>
    </message>
    <message>
        <source>Window %1 was not opened: %2</source>
        <translation>窗口 %1 未能开启：%2</translation>
    </message>
    <message>
        <source>Window %1 is open. Ask a colleague to take it.</source>
        <translation>窗口 %1 已开启，请安排同事到岗。</translation>
    </message>
    <message>
        <source>comprehensive</source>
        <translation>综合窗口</translation>
    </message>
    <message>
        <source>dedicated to %1</source>
        <translation>%1专窗</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, </source>
        <translation>
            <numerusform>等候 %n 人，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) open. </source>
        <translation>
            <numerusform>开放窗口 %n 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) will wait past the %1-minute promise.</source>
        <translation>
            <numerusform>%n 张票预计超出%1分钟承诺。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) close to the %1-minute promise.</source>
        <translation>
            <numerusform>%n 张票临近%1分钟承诺。</numerusform>
        </translation>
    </message>
    <message>
        <source>Everybody is projected to be called within %1 minutes.</source>
        <translation>预计所有人都能在 %1 分钟内叫到。</translation>
    </message>
    <message>
        <source>No closed window is left to open: consider moving tickets or calling colleagues back from a break.</source>
        <translation>已没有可开启的关闭窗口：可考虑调整排队或请暂停中的同事回岗。</translation>
    </message>
    <message>
        <source>No tidal window is needed now.</source>
        <translation>目前无需开启潮汐窗口。</translation>
    </message>
    <message>
        <source>window %1 (%2)</source>
        <translation>窗口 %1（%2）</translation>
    </message>
    <message>
        <source>Open window %1</source>
        <translation>开启窗口 %1</translation>
    </message>
    <message>
        <source>Open now as tidal windows: %1.</source>
        <translation>建议现在开启潮汐窗口：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The forecast needs them until %1.</source>
        <translation>按预测需开到 %1。</translation>
    </message>
    <message>
        <source>Close them again when the line is back within the promise.</source>
        <translation>排队回到承诺时限内后即可关闭。</translation>
    </message>
    <message>
        <source>Window %1 is idle and the line keeps well within the promise without it: it may close.</source>
        <translation>窗口 %1 空闲，没有它排队也能在承诺内完成，可以关闭。</translation>
    </message>
    <message>
        <source>Projected at %1.</source>
        <translation>预测时间 %1。</translation>
    </message>
    <message>
        <source>No history to forecast from yet: the plan appears once the hall has issued tickets for a few weeks.</source>
        <translation>尚无历史数据可供预测：本厅取号满几周后将显示排班建议。</translation>
    </message>
    <message>
        <source>Windows needed each half-hour so that at most %1% wait past the %2-minute promise (Erlang C).</source>
        <translation>每半小时所需窗口数，使等候超过 %2 分钟承诺的比例不超过 %1%（Erlang C 模型）。</translation>
    </message>
    <message numerus="yes">
        <source>Mean handling time %1 min, from %n finished ticket(s) of this hall.</source>
        <translation>
            <numerusform>平均办理时长 %1 分钟，依据本厅 %n 张已办结票。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mean handling time %1 min, from the catalogue&apos;s standard times.</source>
        <translation>平均办理时长 %1 分钟，依据事项清单的标准时长。</translation>
    </message>
    <message>
        <source>Forecast error on a held-out week: %1% a day, %2% a half-hour.</source>
        <translation>预测误差（留出一周检验）：按日 %1%，按半小时 %2%。</translation>
    </message>
    <message>
        <source>%1: peak %2, %3 staff-hours</source>
        <translation>%1：高峰 %2 个窗口，%3 人·时</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Now: the line against the promise</source>
        <translation>此刻：排队与承诺时限</translation>
    </message>
    <message>
        <source>Staffing plan: windows needed</source>
        <translation>排班建议：所需窗口数</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <source>Coming 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>ow::WorkOrder</name>
    <message>
        <source>Consultation</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>表扬</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Routed to the hall</source>
        <translation>已转办</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Call recorded</source>
        <translation>记录来电</translation>
    </message>
    <message>
        <source>Routed to the hall&apos;s supervisors</source>
        <translation>转办大厅主管</translation>
    </message>
    <message>
        <source>Appointment booked</source>
        <translation>预约成功</translation>
    </message>
</context>
<context>
    <name>ow::WorkOrderTableModel</name>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1（超期）</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>来电号码</translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>来电内容</translation>
    </message>
</context>
<context>
    <name>ow::WorkOrderTimelineModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>ow::WorkOrderForm</name>
    <message>
        <source>(none)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <source>shown as %1</source>
        <translation>显示为 %1</translation>
    </message>
    <message>
        <source>Record a call</source>
        <translation>登记来电</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>来电类型：</translation>
    </message>
    <message>
        <source>Caller&apos;s number:</source>
        <translation>来电号码：</translation>
    </message>
    <message>
        <source>Hall:</source>
        <translation>涉及大厅：</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>What was said:</source>
        <translation>来电内容：</translation>
    </message>
    <message>
        <source>Ticket (complaint):</source>
        <translation>被投诉的排队号：</translation>
    </message>
    <message>
        <source>Mobile or landline with area code</source>
        <translation>手机或带区号的固定电话</translation>
    </message>
    <message>
        <source>What the caller asked or reported</source>
        <translation>来电人咨询或反映的内容</translation>
    </message>
    <message>
        <source>e.g. A012</source>
        <translation>如 A012</translation>
    </message>
    <message>
        <source>Record work order</source>
        <translation>登记工单</translation>
    </message>
</context>
<context>
    <name>ow::WorkOrderAnswerDialog</name>
    <message>
        <source>Answer work order %1</source>
        <translation>答复工单 %1</translation>
    </message>
    <message>
        <source>What was found and what was done, for the caller</source>
        <translation>核实情况及处理结果（将告知来电人）</translation>
    </message>
    <message>
        <source>Send the answer to the caller (%1) by text message</source>
        <translation>短信告知来电人（%1）</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The caller said:</source>
        <translation>来电内容：</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>答复：</translation>
    </message>
</context>
<context>
    <name>ow::WorkOrderBookingDialog</name>
    <message>
        <source>Book an appointment for work order %1</source>
        <translation>为工单 %1 预约</translation>
    </message>
    <message>
        <source>Slot (quarter hours):</source>
        <translation>预约时段（每 15 分钟）：</translation>
    </message>
    <message>
        <source>Matter:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ow::WorkOrdersPage</name>
    <message>
        <source>All halls</source>
        <translation>全部大厅</translation>
    </message>
    <message>
        <source>Listed: %1, overdue: %2</source>
        <translation>共 %1 件，超期 %2 件</translation>
    </message>
    <message>
        <source>Listed: %1</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <source>Choose a work order from the list.</source>
        <translation>请在列表中选择工单。</translation>
    </message>
    <message>
        <source>Hall: %1</source>
        <translation>大厅：%1</translation>
    </message>
    <message>
        <source>Matter: %1</source>
        <translation>事项：%1</translation>
    </message>
    <message>
        <source>Caller: %1</source>
        <translation>来电号码：%1</translation>
    </message>
    <message>
        <source>Ticket %1 of %2, window %3, %4</source>
        <translation>排队号 %1（%2），%3 号窗口，%4</translation>
    </message>
    <message>
        <source>Answer was due by %1 — overdue</source>
        <translation>应于 %1 前答复，已超期</translation>
    </message>
    <message>
        <source>To be answered by %1</source>
        <translation>应于 %1 前答复</translation>
    </message>
    <message>
        <source>Routed to: %1</source>
        <translation>转办给：%1</translation>
    </message>
    <message>
        <source>Appointment code: %1</source>
        <translation>预约码：%1</translation>
    </message>
    <message>
        <source>Text message sent to %1</source>
        <translation>短信已发送至 %1</translation>
    </message>
    <message>
        <source>Text message to %1 not sent yet</source>
        <translation>发送至 %1 的短信尚未发出</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>答复：%1</translation>
    </message>
    <message>
        <source>Work order %1 recorded.</source>
        <translation>工单 %1 已登记。</translation>
    </message>
    <message>
        <source>12333 hotline work orders</source>
        <translation>12333 热线工单</translation>
    </message>
    <message>
        <source>12333 work orders of my halls</source>
        <translation>本辖区 12333 工单</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看超期</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Route to hall</source>
        <translation>转办大厅</translation>
    </message>
    <message>
        <source>Book appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>What the caller said</source>
        <translation>来电内容</translation>
    </message>
</context>
<context>
    <name>ow::TrainingText</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Training citizen %1 · ID %2 · hands over: %3</source>
        <translation>培训市民 %1 · 身份证号 %2 · 交来材料：%3</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: “%2” was taken as received for %3, but the citizen had not brought it%4</source>
        <translation>%1：办理“%3”时将“%2”按已收取处理，但市民并未携带%4</translation>
    </message>
    <message>
        <source> (case %1)</source>
        <translation>（办件 %1）</translation>
    </message>
    <message>
        <source>%1: %2 was refused, though the citizen had brought every required material</source>
        <translation>%1：市民已带齐必需材料，却对“%2”不予受理</translation>
    </message>
    <message>
        <source>%1: served in %2 min, over the standard of %3 min</source>
        <translation>%1：办理用时 %2 分钟，超出标准时长 %3 分钟</translation>
    </message>
    <message>
        <source>arrives at minute %1</source>
        <translation>第 %1 分钟到达</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>stepped away</source>
        <translation>暂离</translation>
    </message>
    <message>
        <source>finished in %1 min (standard %2)</source>
        <translation>已办结，用时 %1 分钟（标准 %2）</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>过号未到</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Trainee %1 · trainer %2 · started %3</source>
        <translation>学员 %1 · 带教 %2 · 开始于 %3</translation>
    </message>
    <message>
        <source>running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>结束于 %1</translation>
    </message>
    <message>
        <source>No mistakes so far.</source>
        <translation>目前没有差错。</translation>
    </message>
    <message numerus="yes">
        <source>Mistakes: %n</source>
        <translation>
            <numerusform>差错 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>Citizens (%1 of %2 arrived)</source>
        <translation>市民（已到 %1 / 共 %2）</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>票号</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>市民</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Left at home</source>
        <translation>未带材料</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>办件 %1</translation>
    </message>
    <message>
        <source>rates %1</source>
        <translation>评价：%1</translation>
    </message>
</context>
<context>
    <name>ow::TrainingPage</name>
    <message>
        <source>Open a training scenario</source>
        <translation>打开培训情景</translation>
    </message>
    <message>
        <source>Scenario (*.json)</source>
        <translation>培训情景 (*.json)</translation>
    </message>
    <message>
        <source>%1 does not fit the scenario format: %2</source>
        <translation>%1 不符合培训情景格式：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n citizen(s))</source>
        <translation>
            <numerusform>%1（%n 位市民）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Scenario “%1” loaded.</source>
        <translation>已载入培训情景“%1”。</translation>
    </message>
    <message>
        <source>Choose a training hall and a scenario first.</source>
        <translation>请先选择培训大厅和培训情景。</translation>
    </message>
    <message>
        <source>Enter the trainee&apos;s user name.</source>
        <translation>请输入学员的用户名。</translation>
    </message>
    <message>
        <source>Training started: %1 for %2.</source>
        <translation>培训已开始：%1，学员 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Training ended: %n mistake(s).</source>
        <translation>
            <numerusform>培训已结束：差错 %n 处。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 served</source>
        <translation>已办 %1 / 共 %2</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Training hall:</source>
        <translation>培训大厅：</translation>
    </message>
    <message>
        <source>New training session</source>
        <translation>开始新的培训</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>培训情景：</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Trainee:</source>
        <translation>学员：</translation>
    </message>
    <message>
        <source>user name, e.g. cj_teller1</source>
        <translation>用户名，如 cj_teller1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End training</source>
        <translation>结束培训</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>差错</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
</TS>
