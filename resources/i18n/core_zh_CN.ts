<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>%1 is not a Supervisor&apos;s Desk database; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app (schema %2); please upgrade the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds data; demo data goes into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written to %1: %2 agents, %3 active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agents written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key problems: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this app: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has problems; restore a backup or contact support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another window of this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new database was created at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database upgraded; a copy was kept at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before 1980</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born 1980s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born 1990–94</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born 1995–99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born 2000s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Junior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senior expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misconduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Supervisor&apos;s Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Supervisor&apos;s Desk&lt;/b&gt; %1&lt;br&gt;An offline workbench for contact-center supervisors.&lt;br&gt;Nothing leaves this computer.&lt;br&gt;&lt;br&gt;Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This field is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee no. may only contain letters, digits, - and _ (at most 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hire date cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date gives an implausible age at hire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone must be an 11-digit mobile or a landline like 0571-12345678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave date cannot be before the hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave date cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This employee no. is already in the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee no. appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent was changed after the preview was made; preview again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row found (e.g. 工号, 姓名)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not one of the allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an Excel .xlsx workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is password-protected; save it without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old .xls format; save it as .xlsx in Excel first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has too many parts to be a normal workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file expands to an unsafe size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains unsafe paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown text encoding (use UTF-8 or GBK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only .xlsx, .xlsm and .csv files can be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains unsafe XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A formula has no saved value; open and save in Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo: other records now depend on this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was rejected; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected problem (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time the app starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
