<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>yard::ui::CloseChoice</name>
    <message numerus="yes">
        <source>%n server(s) still running. They can keep serving while the window is closed; the tray icon brings the window back.</source>
        <translation>
            <numerusform>%n server is still running. It can keep serving while the window is closed; the tray icon brings the window back.</numerusform>
            <numerusform>%n servers are still running. They can keep serving while the window is closed; the tray icon brings the window back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::ConnectionsPanel</name>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connection</numerusform>
            <numerusform>%n connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::LogHealthLabel</name>
    <message numerus="yes">
        <source>%Ln record(s) dropped: the log could not keep up</source>
        <translation>
            <numerusform>%Ln record dropped: the log could not keep up</numerusform>
            <numerusform>%Ln records dropped: the log could not keep up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the log is %Ln record(s) behind: serving comes first, it catches up</source>
        <translation>
            <numerusform>the log is %Ln record behind: serving comes first, it catches up</numerusform>
            <numerusform>the log is %Ln records behind: serving comes first, it catches up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::LogPauseBar</name>
    <message numerus="yes">
        <source>Paused — %Ln new row(s)</source>
        <translation>
            <numerusform>Paused — %Ln new row</numerusform>
            <numerusform>Paused — %Ln new rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::LogView</name>
    <message numerus="yes">
        <source>%n row(s) shown</source>
        <translation>
            <numerusform>%n row shown</numerusform>
            <numerusform>%n rows shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::MetricsStrip</name>
    <message numerus="yes">
        <source>%1 req/s    p50 %2    p99 %3    engine errors %4 %    %n open connection(s)</source>
        <translation>
            <numerusform>%1 req/s    p50 %2    p99 %3    engine errors %4 %    %n open connection</numerusform>
            <numerusform>%1 req/s    p50 %2    p99 %3    engine errors %4 %    %n open connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::ProjectFileActions</name>
    <message numerus="yes">
        <source>%1 has %n error(s) and was not opened.</source>
        <translation>
            <numerusform>%1 has %n error and was not opened.</numerusform>
            <numerusform>%1 has %n errors and was not opened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::SessionsPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::StatusTotals</name>
    <message numerus="yes">
        <source>%1 of %n server(s) running</source>
        <translation>
            <numerusform>%1 of %n server running</numerusform>
            <numerusform>%1 of %n servers running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open connection(s)</source>
        <translation>
            <numerusform>%n open connection</numerusform>
            <numerusform>%n open connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yard::ui::TrayIcon</name>
    <message numerus="yes">
        <source>Yardmaster: %1 of %n server(s) running</source>
        <translation>
            <numerusform>Yardmaster: %1 of %n server running</numerusform>
            <numerusform>Yardmaster: %1 of %n servers running</numerusform>
        </translation>
    </message>
</context>
</TS>
