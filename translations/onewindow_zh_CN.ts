<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ow::CatalogueBrowser</name>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County / district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township / street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High (two-person review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competent level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted at lower levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, at any hall in the city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service to see its materials, form and time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name, code or pinyin initials (e.g. ylbx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::CatalogueModel</name>
    <message>
        <source>On the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Committed, %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ClientSession</name>
    <message>
        <source>The server cannot be reached, and this user has not logged in on this computer before, so there is nothing to work with offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached, and the password does not match the one last used on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::DeviceShell</name>
    <message>
        <source>OneWindow ticket kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneWindow hall display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket kiosk ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall display ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::Errors</name>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please log in: the session is missing, invalid or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address does not accept this method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request conflicts with the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields are missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed logins: the account is locked for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error occurred; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::HallsPage</name>
    <message>
        <source>Hall / window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County / district hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township / street office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comprehensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every matter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::HomePage</name>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>version %1, %n service(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Last synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. You are working from the data saved on this computer; the connection is retried automatically.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::LoginDialog</name>
    <message>
        <source>Enter the server address, for example http://127.0.0.1:8460.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneWindow — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneWindow HR &amp; Social Security Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::MainWindow</name>
    <message>
        <source>About OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;OneWindow %1&lt;/h3&gt;&lt;p&gt;Comprehensive-teller service system for human resources and social security service halls.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — working from local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronised %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OneWindow — HR &amp; Social Security Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halls and windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OneWindow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::ResidentId</name>
    <message>
        <source>A resident ID number has 18 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use digits only, with X allowed as the last character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region code at the start is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the number is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character does not match: please check each digit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ow::Role</name>
    <message>
        <source>Teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-office reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
