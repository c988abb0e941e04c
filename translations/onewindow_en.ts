<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ow::CatalogueBrowser</name>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>County / district</source>
        <translation>County / district</translation>
    </message>
    <message>
        <source>Township / street</source>
        <translation>Township / street</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High (two-person review)</source>
        <translation>High (two-person review)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Competent level</source>
        <translation>Competent level</translation>
    </message>
    <message>
        <source>Accepted at lower levels</source>
        <translation>Accepted at lower levels</translation>
    </message>
    <message>
        <source>Yes, at any hall in the city</source>
        <translation>Yes, at any hall in the city</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Required materials</source>
        <translation>Required materials</translation>
    </message>
    <message>
        <source>if applicable</source>
        <translation>if applicable</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Form fields</translation>
    </message>
    <message>
        <source>Choose a service to see its materials, form and time limit.</source>
        <translation>Choose a service to see its materials, form and time limit.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Search by name, code or pinyin initials (e.g. ylbx)</source>
        <translation>Search by name, code or pinyin initials (e.g. ylbx)</translation>
    </message>
</context>
<context>
    <name>ow::CatalogueModel</name>
    <message>
        <source>On the spot</source>
        <translation>On the spot</translation>
    </message>
    <message numerus="yes">
        <source>Committed, %n working day(s)</source>
        <translation>
            <numerusform>Committed, %n working day</numerusform>
            <numerusform>Committed, %n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
</context>
<context>
    <name>ow::ClientSession</name>
    <message>
        <source>The server cannot be reached, and this user has not logged in on this computer before, so there is nothing to work with offline.</source>
        <translation>The server cannot be reached, and this user has not logged in on this computer before, so there is nothing to work with offline.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and the password does not match the one last used on this computer.</source>
        <translation>The server cannot be reached, and the password does not match the one last used on this computer.</translation>
    </message>
</context>
<context>
    <name>ow::DeviceShell</name>
    <message>
        <source>OneWindow ticket kiosk</source>
        <translation>OneWindow ticket kiosk</translation>
    </message>
    <message>
        <source>OneWindow hall display</source>
        <translation>OneWindow hall display</translation>
    </message>
    <message>
        <source>OneWindow</source>
        <translation>OneWindow</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Cannot start</translation>
    </message>
    <message>
        <source>Ticket kiosk ready</source>
        <translation>Ticket kiosk ready</translation>
    </message>
    <message>
        <source>Hall display ready</source>
        <translation>Hall display ready</translation>
    </message>
    <message>
        <source>Device %1 · %2</source>
        <translation>Device %1 · %2</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
</context>
<context>
    <name>ow::Errors</name>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>The request body is not valid JSON.</translation>
    </message>
    <message>
        <source>The request is not understood.</source>
        <translation>The request is not understood.</translation>
    </message>
    <message>
        <source>Please log in: the session is missing, invalid or expired.</source>
        <translation>Please log in: the session is missing, invalid or expired.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>The user name or password is wrong.</translation>
    </message>
    <message>
        <source>Your role is not allowed to do this.</source>
        <translation>Your role is not allowed to do this.</translation>
    </message>
    <message>
        <source>Nothing was found at this address.</source>
        <translation>Nothing was found at this address.</translation>
    </message>
    <message>
        <source>This address does not accept this method.</source>
        <translation>This address does not accept this method.</translation>
    </message>
    <message>
        <source>The request conflicts with the current state.</source>
        <translation>The request conflicts with the current state.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>The request body is too large.</translation>
    </message>
    <message>
        <source>Some fields are missing or invalid.</source>
        <translation>Some fields are missing or invalid.</translation>
    </message>
    <message>
        <source>Too many failed logins: the account is locked for a while.</source>
        <translation>Too many failed logins: the account is locked for a while.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>The server cannot be reached.</translation>
    </message>
    <message>
        <source>An internal error occurred; nothing was changed.</source>
        <translation>An internal error occurred; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>ow::HallsPage</name>
    <message>
        <source>Hall / window</source>
        <translation>Hall / window</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Serves</translation>
    </message>
    <message>
        <source>City hall</source>
        <translation>City hall</translation>
    </message>
    <message>
        <source>County / district hall</source>
        <translation>County / district hall</translation>
    </message>
    <message>
        <source>Township / street office</source>
        <translation>Township / street office</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Window %1</translation>
    </message>
    <message>
        <source>Comprehensive</source>
        <translation>Comprehensive</translation>
    </message>
    <message>
        <source>Dedicated</source>
        <translation>Dedicated</translation>
    </message>
    <message>
        <source>Every matter</source>
        <translation>Every matter</translation>
    </message>
</context>
<context>
    <name>ow::HomePage</name>
    <message>
        <source>Hello, %1</source>
        <translation>Hello, %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>Staff number</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Hall</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message numerus="yes">
        <source>version %1, %n service(s)</source>
        <translation>
            <numerusform>version %1, %n service</numerusform>
            <numerusform>version %1, %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synchronised</source>
        <translation>Last synchronised</translation>
    </message>
    <message>
        <source>not yet in this session</source>
        <translation>not yet in this session</translation>
    </message>
    <message>
        <source>The server cannot be reached. You are working from the data saved on this computer; the connection is retried automatically.</source>
        <translation>The server cannot be reached. You are working from the data saved on this computer; the connection is retried automatically.</translation>
    </message>
</context>
<context>
    <name>ow::LoginDialog</name>
    <message>
        <source>Enter the server address, for example http://127.0.0.1:8460.</source>
        <translation>Enter the server address, for example http://127.0.0.1:8460.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>OneWindow — log in</source>
        <translation>OneWindow — log in</translation>
    </message>
    <message>
        <source>OneWindow HR &amp; Social Security Service</source>
        <translation>OneWindow HR &amp; Social Security Service</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>ow::MainWindow</name>
    <message>
        <source>About OneWindow</source>
        <translation>About OneWindow</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OneWindow %1&lt;/h3&gt;&lt;p&gt;Comprehensive-teller service system for human resources and social security service halls.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OneWindow %1&lt;/h3&gt;&lt;p&gt;Comprehensive-teller service system for human resources and social security service halls.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline — working from local data</source>
        <translation>Offline — working from local data</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 · %4</source>
        <translation>%1 (%2) · %3 · %4</translation>
    </message>
    <message>
        <source>Synchronised %1</source>
        <translation>Synchronised %1</translation>
    </message>
    <message>
        <source>Not synchronised yet</source>
        <translation>Not synchronised yet</translation>
    </message>
    <message>
        <source>OneWindow — HR &amp; Social Security Service</source>
        <translation>OneWindow — HR &amp; Social Security Service</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>Service catalogue</translation>
    </message>
    <message>
        <source>Halls and windows</source>
        <translation>Halls and windows</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Refresh data</source>
        <translation>&amp;Refresh data</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About OneWindow</source>
        <translation>&amp;About OneWindow</translation>
    </message>
</context>
<context>
    <name>ow::ResidentId</name>
    <message>
        <source>A resident ID number has 18 characters.</source>
        <translation>A resident ID number has 18 characters.</translation>
    </message>
    <message>
        <source>Use digits only, with X allowed as the last character.</source>
        <translation>Use digits only, with X allowed as the last character.</translation>
    </message>
    <message>
        <source>The region code at the start is not valid.</source>
        <translation>The region code at the start is not valid.</translation>
    </message>
    <message>
        <source>The birth date in the number is not a valid date.</source>
        <translation>The birth date in the number is not a valid date.</translation>
    </message>
    <message>
        <source>The check character does not match: please check each digit.</source>
        <translation>The check character does not match: please check each digit.</translation>
    </message>
</context>
<context>
    <name>ow::Role</name>
    <message>
        <source>Teller</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>Back-office reviewer</source>
        <translation>Back-office reviewer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Hall display</source>
        <translation>Hall display</translation>
    </message>
</context>
</TS>
