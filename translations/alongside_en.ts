<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>BankHolidayList</name>
    <message>
        <source>%1: download a fresh copy from www.gov.uk/bank-holidays.json and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list has no bank holidays for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list&apos;s entries for %1 are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list has “%1” for %2, which is not a real date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list has a bank holiday in %1 for %2, outside the years %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list has a bank holiday on %1 for %2 with no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list gives %1 two different names for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large to be GOV.UK&apos;s list of bank holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not GOV.UK&apos;s list of bank holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>England and Wales</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankHolidays</name>
    <message>
        <source>%1 (substitute day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early May bank holiday (VE day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platinum Jubilee bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holiday for the coronation of King Charles III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank Holiday for the State Funeral of Queen Elizabeth II</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World Cup bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Year’s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St Patrick’s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battle of the Boyne (Orangemen’s Day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St Andrew’s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a bank holiday and GOV.UK&apos;s note on it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holiday: %1 (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holiday: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank holiday (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank holiday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The date is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holidays and working days are known from %1 to %2 only, not in %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Person</source>
        <extracomment>The file name of a person&apos;s calendar when their name cannot be used.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review with %1</source>
        <extracomment>An event in a calendar: %1 is the person&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: %1 (%2)</source>
        <extracomment>An event in a calendar: %1 is a step of a person&apos;s plan, %2 the person&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal target: %1 (%2)</source>
        <extracomment>An event in a calendar on the date a goal is hoped to be reached: %1 is the goal, %2 the person&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside: reviews and steps</source>
        <extracomment>The name of a calendar of everyone&apos;s reviews, steps and goals&apos; target dates.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the calendars to %1: it is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside: %1</source>
        <extracomment>The name of one person&apos;s calendar: %1 is the person&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <source>Internal error: %1 is not a shared table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is not set up yet: give the coordinator&apos;s name and the laptop&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1 has no field %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the change: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That record no longer exists on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not erase: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That conflict has already been settled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CipherResult</name>
    <message>
        <source>Unable to execute statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command %1; the commands are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --coordinator NAME and --laptop NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up %1 for %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--people takes a whole number from 1 to 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --database FILE, a new file for the demo caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; demo only fills a new file, so choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 of %2 people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a demo caseload of %1 people and %2 notes in %3 (%4 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged (%2); restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses schema %2 and this version uses %3; open it in Alongside to update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sound (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged; run alongside check for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--team needs the team&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init --team needs the team passphrase: set ALONGSIDE_PASSPHRASE, give --passphrase-file, or run it at a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the team %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team passphrase is needed: set ALONGSIDE_PASSPHRASE, give --passphrase-file, or run this at a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --to FOLDER, where the sync file is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1: set this laptop up first with alongside init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is not in a team yet: set up a team, or join one by importing a teammate&apos;s full export, before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed since the last export, so no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs one or more sync files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s): </source>
        <translation>
            <numerusform>Imported %n file: </numerusform>
            <numerusform>Imported %n files: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 conflicts, %4 erased, %5 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the passphrase file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print needs --database FILE, --person ID and --pdf OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--document is plan, profile or summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sections takes a list from: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n page).</numerusform>
            <numerusform>Wrote %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>The caseload&apos;s passphrase is needed: set ALONGSIDE_DB_PASSPHRASE, give --db-passphrase-file, or run this at a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase would not protect the caseload: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quarter is a financial quarter such as 2026-Q3 (October to December 2026; Q1 is April to June).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs somewhere to write: --pdf FILE, --xlsx FILE or --csv FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coordinator called %1 in this caseload; there are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one in this caseload lives in a ward called %1; the wards are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an outcome story of %2 in this return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n sheet(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n sheet).</numerusform>
            <numerusform>Wrote %1 (%n sheets).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n table(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n table to %1.</numerusform>
            <numerusform>Wrote %n tables to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar needs one place to write: --ics FILE for one calendar, or --folder FOLDER for a calendar per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n event to %1.</numerusform>
            <numerusform>Wrote %n events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 in %n calendar(s) to %2.</source>
        <extracomment>%1 is a number of events (&quot;12 events&quot;), %2 the folder.</extracomment>
        <translation>
            <numerusform>Wrote %1 in %n calendar to %2.</numerusform>
            <numerusform>Wrote %1 in %n calendars to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n calendar(s) of people with nothing due now.</source>
        <translation>
            <numerusform>Removed %n calendar of someone with nothing due now.</numerusform>
            <numerusform>Removed %n calendars of people with nothing due now.</numerusform>
        </translation>
    </message>
    <message>
        <source>directory needs --export FILE or --import FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run goes with --import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n service(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n service to %1.</numerusform>
            <numerusform>Wrote %n services to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add %1, change %2, leave %3 unchanged and skip %4; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1, changed %2, left %3 unchanged and skipped %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which file to import with --csv FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would add %n people, fill in %1 and skip %2.</source>
        <translation>
            <numerusform>Would add %n person, fill in %1 and skip %2.</numerusform>
            <numerusform>Would add %n people, fill in %1 and skip %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n people, filled in %1 and skipped %2.</source>
        <translation>
            <numerusform>Added %n person, filled in %1 and skipped %2.</numerusform>
            <numerusform>Added %n people, filled in %1 and skipped %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>sar needs --person ID and --to FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote everything held about %1 (%n record(s)) to %2.</source>
        <translation>
            <numerusform>Wrote everything held about %1 (%n record) to %2.</numerusform>
            <numerusform>Wrote everything held about %1 (%n records) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review the notes before release: %n note(s) name other people (names-to-review.csv).</source>
        <translation>
            <numerusform>Review the notes before release: %n note names other people (names-to-review.csv).</numerusform>
            <numerusform>Review the notes before release: %n notes name other people (names-to-review.csv).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a laptop not heard from directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionRepository</name>
    <message>
        <source>Choose a resource from the directory, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how far the connection has come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection cannot end before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That connection is no longer on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit %1&apos;s connection to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1&apos;s connection to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>Internal error: a consent needs a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the consent is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who may be contacted, for example “Dr Patel at Heath Surgery”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether consent was given or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date consent was given or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not come yet: record consent on the day it is given or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1 is not a way of giving consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record that %1 refused consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That consent is no longer on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That consent was already withdrawn on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only consent that was given can be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date consent was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent cannot be withdrawn before it was given on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not come yet: record a withdrawal on the day it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record that %1 withdrew consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>Could not open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a CSV file: it holds binary data. Save the spreadsheet as CSV and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read as CSV: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows under its header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the database at %1: check that the folder exists and can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database at %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not an Alongside database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database at %1 for writing: check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not an Alongside database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Alongside (schema %1; this version knows %2). Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the database before updating it (%1). Nothing was changed; free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the database to schema %1 (%2). It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not give this copied database its own identity: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This caseload is already open in Alongside (process %1 on %2): close it there, then try again. Only one window or command can change a caseload at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database at %1: its lock file %1.lock cannot be written; check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no room left on the disk: free some space (empty the wastebasket, move large files elsewhere), then try again; nothing was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the caseload cannot be written here (it, or its folder, is read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk refused the write: it may be full, or the caseload may have reached a size limit set on this laptop; free some space, then try again; nothing was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload %1 is on a read-only disk or folder, so it cannot be changed here: copy it somewhere you can write, or ask whoever manages this laptop. alongside check and stats can still read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This caseload is not encrypted, so it has no passphrase to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the passphrase (%1); the old one still opens the caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encrypt the caseload %1 (%2). It was left as it was; free some disk space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new file cannot be made beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted copy did not check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted copy of %1 differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new file could not be written to the disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted copy could not take its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open %1, or the file is damaged or is not an Alongside caseload. Check the passphrase and try again: capital letters count. If it is forgotten, there is no way back in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish bringing the people list and search up to date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 just now (%2). Nothing was changed: wait a moment and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>%1 is not a date: type it as day/month/year, for example 23/11/2025, or as &quot;today&quot; or &quot;+2w&quot; (two weeks from today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <comment>time given over a span: 14 h over 9 months</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCaseload</name>
    <message>
        <source>The demo word lists are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>what two people share: same name and date of birth</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EverythingDocument</name>
    <message>
        <source>Confidential — personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything we hold about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential. Notes are shown as they were written and may name other people: review them, and the list in names-to-review.csv, before this is released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-page profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews held yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wellbeing answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome stories yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely without: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Who has used the record on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalRepository</name>
    <message>
        <source>Give the goal a title, in the person&apos;s own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the step is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1 is not a goal status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That goal is no longer on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is no longer on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That cannot move further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add the goal “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a step to %1&apos;s goal “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit %1&apos;s goal “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit a step of %1&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark %1&apos;s step “%2” not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark %1&apos;s step “%2” done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reorder %1&apos;s goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reorder the steps of a goal of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1&apos;s goal “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1&apos;s step “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPeople</name>
    <message numerus="yes">
        <source>%n of the people this import added stayed: they have been changed or had something added since.</source>
        <translation>
            <numerusform>%n person this import added stayed: they have been changed or had something added since.</numerusform>
            <numerusform>%n of the people this import added stayed: they have been changed or had something added since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineCheck</name>
    <message>
        <source>line %1 names a %2 with the id of a %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteFields</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesRepository</name>
    <message>
        <source>The note is empty: write what happened first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date and time of the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of contact this was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes should be between 0 and 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a note about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct a note about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a note about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenReferralFormat</name>
    <message>
        <source>Mondays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last %1 of the month</source>
        <extracomment>In a schedule: %1 is a day of the week (&quot;Monday&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 of the month</source>
        <extracomment>In a schedule: %1 is &quot;first&quot;, &quot;second&quot;…, %2 a day of the week (&quot;Monday&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>Opening times in a schedule: %1 opens, %2 closes (&quot;10:00 to 12:00&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Open Referral file: it is not JSON (%1 at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Open Referral file: it holds no services (a page with &quot;content&quot;, or a list of services).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 of the file is not a service; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1 of the file has no %2; every service needs an id and a name, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a directory (over 64 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenReferralImport</name>
    <message>
        <source>The file has this service twice; only the first is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has nothing new for the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>import %n service(s) from Open Referral</source>
        <extracomment>The name of an undoable step: %n is the number of resources added or changed.</extracomment>
        <translation>
            <numerusform>import %n service from Open Referral</numerusform>
            <numerusform>import %n services from Open Referral</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeRepository</name>
    <message>
        <source>Say what changed, in the person&apos;s own words where you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not come yet: an outcome is something that has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one kind of change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1 is not a kind of change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the goals or connections it relates to is no longer on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an outcome story for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That outcome story is no longer on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit an outcome story for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove an outcome story for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: an outcome story needs a person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagePrinter</name>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleImport</name>
    <message>
        <source>Could not read the people on this laptop to look for duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has problems to put right in the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 matches nobody on this laptop to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 of this file (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>import %n people from %1</source>
        <translation>
            <numerusform>import %n person from %1</numerusform>
            <numerusform>import %n people from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleMapping</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the mapping %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object of column names and fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names a field Alongside does not have: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the mapping to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column with the person&apos;s name: first name, family name or full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both “%1” and “%2” go into %3; choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as day/month/year, for example 31/01/1950.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a level; use 1 (light touch) or 2 (walking alongside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message>
        <source>This person is no longer on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of these people is no longer on this laptop; nobody was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was erased: the audit trail could not record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not erase: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonValidator</name>
    <message>
        <source>Give at least a first name or a family name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before 1900: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future: check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address should look like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postcode should look like a UK postcode, for example CF10 1AA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a level: light touch or walking alongside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a stage from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who introduced the person from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews can be every 1 to 24 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a good life looks like for me: still to be written together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My circle of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My community connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will look at this plan together again by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will agree together when to look at this plan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Local Area Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coordinator will write their details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to write together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody written down yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time we looked at this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 We agreed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I have been feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have not asked the wellbeing questions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My answers to four questions, from 0 (not at all) to 10 (completely): how satisfied I am with my life, whether the things I do are worthwhile, how happy and how anxious I felt the day before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>%1 — my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — one-page profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — person summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDocument</name>
    <message>
        <source>One-page profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-page profile · I like to be called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My one-page profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>Write something first: an empty item is not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1 is not a section of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item is no longer in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item cannot be empty: remove it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That item cannot move there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add to %1&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit %1&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reorder %1&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove from %1&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuarterlyReturn</name>
    <message>
        <source>All people introduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People introduced, by who introduced them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All people being walked alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People at the end of the quarter, by level and stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts (visits, calls, meetings, messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All new connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connections, by kind of resource and how far they came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People giving something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions: people giving their time, skills or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes, by kind of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with two measures or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better band: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse band: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing change (ONS4), first measure to latest, for people answering this quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews overdue at the end of the quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews of plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>initials, ward</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Area Coordination quarterly return, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in %2 ward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Table %1</source>
        <extracomment>The name of a sheet or file for a table of a report that has no name of its own.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 is larger than Excel allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet %1 could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the tables to %1: it is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceRepository</name>
    <message>
        <source>Give the resource a name, as people locally would call it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of resource this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That resource is no longer on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 to the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionRepository</name>
    <message>
        <source>Keep records between 1 and %1 years after archiving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDocument</name>
    <message>
        <source>Quarterly return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Area Coordination: %1. Each table gives this quarter, the quarter before and the same quarter a year before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely without</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>Give the date the review was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark %1&apos;s review done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchRepository</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-page profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteRepository</name>
    <message>
        <source>Give the coordinator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this laptop a name, so teammates can tell its sync files apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up this laptop: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up this laptop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your name as people know you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything Alongside holds about %1, written on %2.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEFORE YOU RELEASE ANY OF THIS: the notes are as the coordinators wrote them and may name other people. names-to-review.csv lists, for each note, the people in the circle of support and other people known to Alongside named in it. Read every note and remove what is about someone else before anything is given to the person.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- person.json: every record, for a computer to read (the format is described in Alongside&apos;s docs/subject-access.md).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- csv/: the same records as spreadsheets, one file per kind of record:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who opened, printed or exported their records on this laptop, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>- names-to-review.csv: the names found in notes, to review before release.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Rows with a removed_at date were removed by a coordinator but are still held (so that a change can be undone and reach every laptop); they are included because they are held.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- everything.pdf: all of it to read and print: every detail, consent, the plan, the circle of support, connections, reviews, wellbeing, outcomes, every note in full, and who used the record on this laptop.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>Person summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential. For handing over within the team; keep it safe and destroy it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-page profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most recent notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Confidential — personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to keep records is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupporterRepository</name>
    <message>
        <source>closest family and friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>friends and relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clubs, neighbours, work, faith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the supporter&apos;s name, or how the person refers to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the four circles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That supporter is no longer on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1 to %2&apos;s circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit %1 in %2&apos;s circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1 from %2&apos;s circle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Set up this laptop first: give the coordinator&apos;s name and the laptop&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is already in the team %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the team a name, for example the name of your area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop does not have enough free memory to protect the team&apos;s files; close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the team: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the team passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not the passphrase of the team %1: check it with your team and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is not in a team yet: set up a team, or join one by importing a teammate&apos;s full export, before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the team passphrase before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read this laptop&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read this laptop&apos;s records: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the sync file in %1: %2. Nothing was exported; check there is space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the export, so the file was removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read here; check that it is still there and that you may open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an Alongside sync file (it may be empty, or another kind of file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made by a newer version of Alongside; update Alongside on this laptop, then import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its protection settings are outside what Alongside accepts, so it is damaged or not from your team; ask for it to be exported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not open with your team&apos;s key, so it is damaged; ask for it to be exported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is wrong, or the file is damaged; check the passphrase with your team and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged (changed, or only partly copied); ask for it to be exported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is incomplete, perhaps still being copied; wait for the copy to finish, or ask for it to be exported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already imported or was written here: nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it comes from another team&apos;s laptops; only files from the team %1 can be imported here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the team passphrase before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds records from a newer version of Alongside; update Alongside on this laptop, then import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by this laptop: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its changes are dated more than a day ahead of this laptop&apos;s clock; check the date and time on %1 and on this laptop, then export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be merged (%1), so nothing was changed; try again, and keep the file if it happens again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files from %1 (%2) have not arrived: changes %3 to %4 are missing. A full export from that laptop will fill the gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is not the team&apos;s; check it with your team and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while it was being read, this laptop joined the team %1 elsewhere; import it again to check it against that team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while it was being read, this laptop&apos;s team changed elsewhere; import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, so the whole file was refused and nothing changed; ask for it to be exported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an ordinary file (a folder, a device or a pipe), so it was not read; choose the sync file itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than any sync file Alongside writes (over 1 GB), so it was not read; check it is the right file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop would not lock the team key in memory, so it could be written to the disk&apos;s swap space; ask whoever looks after the laptop to allow memory locking or to encrypt the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds this laptop&apos;s caseload. Choose another folder for sync files: a shared drive, or a OneDrive, Nextcloud or Syncthing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside the folder that holds this laptop&apos;s caseload (%2). Choose a folder elsewhere for sync files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds, further down, the folder with this laptop&apos;s caseload (%2). Choose a folder of its own for sync files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this laptop is not in a team yet, and joining one takes a teammate&apos;s first or full export; ask a teammate for a full export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write what this laptop has seen into %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans, circles and connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased at a teammate&apos;s request: %n record(s).</source>
        <translation>
            <numerusform>Erased at a teammate&apos;s request: %n record.</numerusform>
            <numerusform>Erased at a teammate&apos;s request: %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for records that have not arrived yet.</source>
        <translation>
            <numerusform>%n change waits for a record that has not arrived yet.</numerusform>
            <numerusform>%n changes wait for records that have not arrived yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new from your team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s) changed on two laptops: choose which to keep below.</source>
        <translation>
            <numerusform>%n detail changed on two laptops: choose which to keep below.</numerusform>
            <numerusform>%n details changed on two laptops: choose which to keep below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Referral identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review every (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wellbeing score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the wellbeing scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worthwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely without coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed (categories)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and connections it relates to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the consent is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why consent was withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamKey</name>
    <message>
        <source>Weak: add a word or two more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good. A few more words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is mostly a common word, name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it repeats the same characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it follows a sequence such as abc or 123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it follows keys next to each other on the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is mostly a date or a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too weak (%1): use four or more unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabularies</name>
    <message>
        <source>Introduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepped back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adult social care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intimacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timebank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared Lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homeshare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people appreciate about me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s important to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How best to support me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis avoided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New friendship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteering or work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution to the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting someone named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy-read form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <source>Overall, how satisfied are you with your life nowadays?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall, to what extent do you feel that the things you do in your life are worthwhile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall, how happy did you feel yesterday?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall, how anxious did you feel yesterday?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worthwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very high</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WellbeingRepository</name>
    <message>
        <source>Give the date the questions were asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions cannot have been asked on %1: that date has not come yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer is a number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer at least one of the four questions, or leave the measure out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1 is not a way of answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1&apos;s wellbeing answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those wellbeing answers are no longer on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit %1&apos;s wellbeing answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1&apos;s wellbeing answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: wellbeing answers need a person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::AboutForm</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;mily name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person likes to be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ronouns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example she/her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Introduced on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No regular review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a date. Type it as day/month/year, for example 23/11/1985.</source>
        <extracomment>%1 is a field name such as &quot;Date of birth&quot;, %2 what was typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next review falls this many months after the last one held. File ▸ Update bank holidays… can move reviews that fall on a weekend or bank holiday to the next working day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::AboutTab</name>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes that were not saved last time are back. Save them, or Revert to drop them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unarchive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this person and everything about them from every laptop in the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit %1&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unarchive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <comment>erase a person permanently</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the changes to %1&apos;s details; Undo on their page takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1&apos;s details were not saved: %2 They are kept for when you go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ever&amp;ything held…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything we hold about this person, for a subject access request: every record as JSON and CSV, with a README, in a folder you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to put everything held about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2. Notes name other people: review names-to-review.csv before release.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ArchiveDialog</name>
    <message>
        <source>Archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving moves %1 out of the current list. Nothing is deleted, and you can unarchive at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doing well; no longer needs support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away from the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chose to stop meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved into residential care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Died</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::AuditLog</name>
    <message>
        <source>Opened or unlocked the caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened a person&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed or saved a plan as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a sync file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported sync files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made the quarterly return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote out everything held about a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the caseload&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported people from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found the caseload copied from another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add to the audit trail (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the audit trail for between 1 and 120 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save how long the audit trail is kept: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove old entries from the audit trail: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::AuditModel</name>
    <message>
        <source>(not on this laptop) %1</source>
        <extracomment>In the audit trail: a person no longer on this laptop (erased), by their id.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::AutoSync</name>
    <message>
        <source>Sync before you quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this laptop are not in the sync folder yet. Sync now, so your team has them?</source>
        <translation>
            <numerusform>%n change on this laptop is not in the sync folder yet. Sync now, so your team has it?</numerusform>
            <numerusform>%n changes on this laptop are not in the sync folder yet. Sync now, so your team has them?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit without syncing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::BankHolidaysDialog</name>
    <message>
        <source>&amp;Move reviews that fall on a weekend or bank holiday to the next working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a newer list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;built-in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews and plan steps due on a weekend or a bank holiday are marked as such. The bank holidays come from GOV.UK&apos;s list; import a newer copy of it when GOV.UK adds a year or a new bank holiday is proclaimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holidays of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which nation&apos;s bank holidays apply on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holidays in other years are estimated from the usual rules, and marked “estimated” wherever they are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains public sector information licensed under the Open Government Licence v3.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a newer list of bank holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a copy of bank-holidays.json downloaded from www.gov.uk/bank-holidays.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the list of bank holidays built into Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List in use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built into Alongside: GOV.UK&apos;s list for %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: GOV.UK&apos;s list for %2 to %3, used once you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported on %1: GOV.UK&apos;s list for %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GOV.UK bank holidays (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: choose the bank-holidays.json downloaded from www.gov.uk/bank-holidays.json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::CalendarExportDialog</name>
    <message>
        <source>One calendar &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar for each &amp;person, in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My people, and people with no coordinator yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s people, and people with no coordinator yet</source>
        <extracomment>Whose people&apos;s dates go in the calendar: %1 is a teammate&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose reviews and steps go in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews and steps.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each review, step and goal target becomes an all-day event, marked private. The calendar holds people&apos;s names and the words of their steps and goals, but no notes: keep it where only you can read it. Export again to bring a calendar up to date; the events are updated, not repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 in %n calendar(s) to %2.</source>
        <translation>
            <numerusform>Wrote %1 in %n calendar to %2.</numerusform>
            <numerusform>Wrote %1 in %n calendars to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ChangesTab</name>
    <message>
        <source>Wellbeing answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the wellbeing &amp;questions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four ONS personal wellbeing questions, answered 0–10 (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit answers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something that changed for the person, and what would likely have happened without (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::CipherDriver</name>
    <message>
        <source>Error opening database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to roll back transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::CircleOfSupportTab</name>
    <message>
        <source>Circle of support diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daughter, neighbour, choir friend, support worker…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Circle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the supporter&apos;s name, or how the person refers to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen supporter (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;someone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ConflictsModel</name>
    <message>
        <source>%1 on %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you, on this laptop (%1), %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s</source>
        <comment>whose value: Anna&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your teammate&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;written by %3%4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · shown now on every laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ConflictsPane</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: every value written on two laptops at once has been settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conflict to see both values and who wrote them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict not settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <comment>Keep Anna&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this value on every laptop; the other is set aside</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ConnectionDialog</name>
    <message>
        <source>Connect to a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person brings: time, a skill, company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the directory yet? Add it, and it is chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they &amp;give:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a resource from the directory, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection cannot end before it started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ConnectionsModel</name>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet on this laptop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ConnectionsTab</name>
    <message>
        <source>Community connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a &amp;resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a link made by mistake (Delete). A link that has finished is better marked Ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections yet. Who and what nearby might this person enjoy, or help with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Gives:&lt;/b&gt; nothing recorded yet. What could this person offer others?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Gives:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in the directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ConsentBox</name>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recor&amp;d consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;k as withdrawn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the person gave or refused consent for keeping records, sharing with the team or contacting someone named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the person withdrew the consent chosen in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to keep records is recorded. Ask the person, and record what they decide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ConsentDialog</name>
    <message>
        <source>&amp;Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record each decision as the person made it. A new decision does not change an old one: the history is kept, and the newest decision for each purpose is the one that holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example Dr Patel at Heath Surgery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty when the person decided. Otherwise name who decided for them and why they may, for example “Their son, lasting power of attorney”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may be &amp;contacted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given or refused &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ConsentModel</name>
    <message>
        <source>Contacting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 what the consent is for, %2 its state, such as &quot;given 3 May 2025&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping records: given %1 (recorded before consent by purpose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: given %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(replaced by a later decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(holds now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(holds now: no consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded %1, before consent by purpose; it counts as consent to keep records until a decision about keeping records is recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::DataProtectionPage</name>
    <message>
        <source>Data protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail of this laptop: what was done with the records, by whom and about whom. It stays on this laptop (it is never synced) and holds no one&apos;s words, only what kind of thing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the audit trail for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the audit trail for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries older than this are removed when the caseload opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The latest %n entries; Export as CSV has every one.</source>
        <translation>
            <numerusform>The latest %n entry; Export as CSV has every one.</numerusform>
            <numerusform>The latest %n entries; Export as CSV has every one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the audit trail to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is now kept for %n month(s).</source>
        <translation>
            <numerusform>The audit trail is now kept for %n month.</numerusform>
            <numerusform>The audit trail is now kept for %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rete&amp;ntion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::DirectoryPage</name>
    <message>
        <source>Search the directory: what, when, where or who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the directory matches. Try fewer words, or all kinds and wards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message>
        <source>Show archi&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only resources of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only resources in this ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory is empty. Add the groups, places and services people can connect with: New resource (Alt+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::DraftsBanner</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this list; the unsaved words stay where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details</source>
        <comment>unsaved words waiting in a person&apos;s details</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note</source>
        <comment>unsaved words waiting in a new note</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vision</source>
        <comment>unsaved words waiting in a person&apos;s vision</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words typed and not yet saved are waiting for: %1. Open each to save it or let it go.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::EditProgress</name>
    <message>
        <source>Saving the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::Editor</name>
    <message>
        <source>Could not redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone: %1 was changed since on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not redone: %1 was changed since on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone: %1 was changed on %2 since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not redone: %1 was changed on %2 since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone: %1 has a value from another laptop to settle on the Sync page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not redone: %1 has a value from another laptop to settle on the Sync page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone: %1 is no longer on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not redone: %1 is no longer on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone: %1 has had more added to it since, so it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is no longer on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: rows of %1 cannot be added and removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::EraseDialog</name>
    <message>
        <source>&amp;Erase permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This removes &lt;b&gt;%1&lt;/b&gt; and everything about them (notes, plans, circle of support) from this laptop, and from every laptop in the team after the next sync. It cannot be undone.&lt;/p&gt;&lt;p&gt;If the record may be needed again, archive it instead.&lt;/p&gt;&lt;p&gt;To erase, type the name &lt;b&gt;%1&lt;/b&gt;:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person to erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation to type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1 exactly to erase, or press Esc to keep the records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::FirstRunDialog</name>
    <message>
        <source>Welcome to Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside keeps your notes and the plans of the people you walk alongside on this laptop. First, tell it who you are and what this laptop is called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example Sam Jones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teammates see this name on the sync files this laptop writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;laptop&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::GoalDialog</name>
    <message>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the person&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it matters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person, a supporter, the coordinator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the goal a title, in the person&apos;s own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the step is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::GoalsModel</name>
    <message>
        <source>Goal and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status or who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target or by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 of %n step done</numerusform>
            <numerusform>%1 of %n steps done</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — why it matters: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::HeldReviewsModel</name>
    <message>
        <source>Held on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::HolidaySettings</name>
    <message>
        <source>This list runs to %1 and the one in use already runs to %2: download a fresh copy from www.gov.uk/bank-holidays.json and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank holiday settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date and what it falls on: 27/12/2025, Saturday</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ImportPeopleDialog</name>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which field each column of the spreadsheet goes into. Columns left as “Not imported” are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save these choices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use saved choices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen rows as new people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill in the person here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the blank fields of the person already here from the chosen rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the chosen rows out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the chosen rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2, separated by %3</source>
        <translation>
            <numerusform>%1: %n row, %2, separated by %3</numerusform>
            <numerusform>%1: %n rows, %2, separated by %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where “%1” goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one or more rows first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n to add</numerusform>
            <numerusform>%n to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fill in</source>
        <translation>
            <numerusform>%n to fill in</numerusform>
            <numerusform>%n to fill in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n to skip</numerusform>
            <numerusform>%n to skip</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems to put right in the file</source>
        <translation>
            <numerusform>%n row with problems to put right in the file</numerusform>
            <numerusform>%n rows with problems to put right in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) that may be someone already here</source>
        <translation>
            <numerusform>%n row that may be someone already here</numerusform>
            <numerusform>%n rows that may be someone already here</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every row is skipped or has nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n people</source>
        <translation>
            <numerusform>Imported %n person</numerusform>
            <numerusform>Imported %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>filled in %n</source>
        <translation>
            <numerusform>filled in %n</numerusform>
            <numerusform>filled in %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes the import back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the column choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column choices (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use saved column choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows and looking for people already here…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ImportRowsModel</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fill in %n field(s) of %1</source>
        <translation>
            <numerusform>Fill in %n field of %1</numerusform>
            <numerusform>Fill in %n fields of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip: put it right in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as they are on this laptop, though the file differs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::JoinTeamDialog</name>
    <message>
        <source>Join a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team&apos;s files meet in a shared folder (a shared drive, or a OneDrive, Nextcloud or Syncthing folder). Choose that folder, or a file a teammate gave you, then type the team passphrase they told you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared folder, or a sync file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a fi&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder with your team&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync file from a teammate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside sync files (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where your team&apos;s files are and type the passphrase first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no team files in %1 yet: ask a teammate to press Sync now, or choose a file they gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be found: choose the folder or file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open your team&apos;s files. Check it with your team and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::MainWindow</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was copied from another laptop, so it now has its own identity for sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Alongside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Alongside&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Notes and person-centred plans for Local Area Coordinators.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person first, then press Ctrl+Shift+N for a new note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import sync files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync (%n conflict(s))</source>
        <translation>
            <numerusform>Sync (%n conflict)</numerusform>
            <numerusform>Sync (%n conflicts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person first, then press Ctrl+P to print their plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your de&amp;tails…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caseload passphrase is changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide everything until the caseload passphrase is given again (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the caseload pa&amp;ssphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>the window&apos;s title: coordinator on laptop</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reviews due (%n overdue)</source>
        <translation>
            <numerusform>Reviews due (%n overdue)</numerusform>
            <numerusform>Reviews due (%n overdue)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews of your people that are overdue or coming up (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews due (%1+ overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import p&amp;eople from a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update &amp;bank holidays…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::NewPersonDialog</name>
    <message>
        <source>Someone new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;mily name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year, if known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who may be the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the one chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth: “%1” is not a date. Type it as day/month/year, for example 23/11/1985.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is likely someone already here. Open them instead, or add a new person anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may be someone already here. Open them instead, or add a new person anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::NoteDialog</name>
    <message>
        <source>Correct a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::NotesModel</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::NotesTab</name>
    <message>
        <source>Notes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s), newest first</source>
        <translation>
            <numerusform>%n note, newest first</numerusform>
            <numerusform>%n notes, newest first</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the chosen note&apos;s text, kind, time, minutes or place (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen note, on every laptop after the next sync (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note of %1? It goes from every laptop in the team after the next sync; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::OpenReferralButton</name>
    <message>
        <source>O&amp;pen Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import or export the directory as Open Referral UK, the standard for local directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community directory.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Referral files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n service(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n service to %1.</numerusform>
            <numerusform>Wrote %n services to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alongside::OpenReferralDialog</name>
    <message>
        <source>Import from Open Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Open Referral UK file (.json) from the local directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Referral file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Open Referral file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see what it would add and change before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Referral files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to add, %2 to change, %3 unchanged, %4 skipped.</source>
        <extracomment>The preview of an import: how many services of each sort.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the directory already has all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 and changed %2 resources from Open Referral.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::OpenReferralPreview</name>
    <message>
        <source>Add</source>
        <extracomment>What an import does with a service: it becomes a new resource.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>What an import does with a service: it changes the resource it matches.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>What an import does with a service: nothing, for the reason given beside it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (found by name and postcode)</source>
        <extracomment>%1 lists the fields that change (&quot;Phone, E-mail&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by name and postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>A column of the import preview: the service&apos;s name in the file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::OutcomeDialog</name>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, in the person&apos;s own words where you can: &quot;I go to the choir every week and I&apos;ve made friends there.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eviction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hospital admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A care package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing their job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debt getting worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type: eviction, a hospital admission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kinds of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and connections it came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;at changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Likely without:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Came from:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::OutcomesModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely without: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came from: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::PassphraseDialog</name>
    <message>
        <source>Protect your caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside keeps everything on this laptop encrypted. Choose a passphrase to protect it: you will type it each time Alongside opens or unlocks. Make it different from your team&apos;s sync passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This caseload was saved by an earlier version of Alongside without encryption. Choose a passphrase and Alongside will encrypt it now, then overwrite and remove the unencrypted copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of this caseload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down and keep it somewhere safe, away from the laptop. If it is forgotten there is no way back in: nobody, not even Alongside&apos;s makers, can open the caseload without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten it? There is no back door. Start a new caseload and join your team again with a teammate&apos;s full export to get the shared records back; anything not yet synced stays locked in this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four or more unrelated words make a strong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase did not open the caseload. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That passphrase did not open the caseload. You can try again in %n second(s).</source>
        <translation>
            <numerusform>That passphrase did not open the caseload. You can try again in %n second.</numerusform>
            <numerusform>That passphrase did not open the caseload. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the caseload passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the passphrase you use now, then choose a new one. Every page of the caseload is encrypted again with it, and the backups made with the old one are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::PeopleModel</name>
    <message>
        <source>Archived on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent to keep records is recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::PeoplePane</name>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only people at this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only people at this level of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the people of this coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current or archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show current people, archived people or everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return opens the person chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one matches. Clear the search or the filters to see everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one here yet. Press Ctrl+N to add the first person, or bring in your team&apos;s records on the Sync page (Ctrl+2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::PersonWorkspace</name>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone from the list, or add someone new with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last contact today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last contact %n day(s) ago</source>
        <translation>
            <numerusform>last contact %n day ago</numerusform>
            <numerusform>last contact %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>review overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connec&amp;tions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this person&apos;s plan, one-page profile or summary, or save it as a PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of visits, calls and messages, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this person: contact details, stage, level and consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <comment>the one-page profile tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-page profile: what people like and admire, what matters and how best to support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <comment>the vision and goals tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision and goals: what a good life looks like, and the steps towards it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Circle</source>
        <comment>the circle of support tab</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle of support: family, friends, neighbours and paid support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections to groups, places and services in the community</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, last %n day(s) ago</source>
        <translation>
            <numerusform>%1, last %n day ago</numerusform>
            <numerusform>%1, last %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, last contact today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed for the person: wellbeing over time and outcome stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no consent to keep records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::PlanReviewsBox</name>
    <message>
        <source>Reviews of this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record a review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews held, the latest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a review held with the person, even before it falls due, and schedule the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review held on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::PrintDialog</name>
    <message>
        <source>Sections of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large print (14 point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;plan: for the person to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-page p&amp;rofile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person s&amp;ummary: every detail, for a handover (confidential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About me (one-page profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;goals and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;circle of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My community c&amp;onnections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My coor&amp;dinator&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My ne&amp;xt review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I have been &amp;feeling (chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ProfileModel</name>
    <message>
        <source>An item cannot be empty: remove it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ProfileTab</name>
    <message>
        <source>Add an item, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen item up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen item down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen item (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::QuickNoteEditor</name>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in the person&apos;s words where you can. Ctrl+Enter saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved note is back where you left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date and time of the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ResourceDialog</name>
    <message>
        <source>New resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesdays 10 till 12, term time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the local Open Referral directory, if it has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web&amp;site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Referral id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;mes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ResourcePane</name>
    <message>
        <source>People connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a person to open their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a group, place or service on the left to see its details and who is connected to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring this resource back into the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has closed or stopped: keep it for past connections, out of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Referral id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) connected</source>
        <translation>
            <numerusform>%n person connected</numerusform>
            <numerusform>%n people connected</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected now: %1. In the past: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ResourcesModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::RetentionModel</name>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due to be erased from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::RetentionPane</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase &amp;chosen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase a&amp;ll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the team keeps a person&apos;s records after archiving them. The period is the team&apos;s: a change here reaches every laptop at the next sync. People archived for longer are listed below for you to erase; nothing is erased until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep records after archiving for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years a person&apos;s records are kept after they are archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People archived for longer than the team keeps records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen person&apos;s page to check their records before erasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has been archived for longer than the team keeps records (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) archived for longer than the team keeps records (%1): their records are due to be erased.</source>
        <translation>
            <numerusform>%n person archived for longer than the team keeps records (%1): their records are due to be erased.</numerusform>
            <numerusform>%n people archived for longer than the team keeps records (%1): their records are due to be erased.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The team now keeps records %n year(s) after archiving.</source>
        <translation>
            <numerusform>The team now keeps records %n year after archiving.</numerusform>
            <numerusform>The team now keeps records %n years after archiving.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>erase %n people</source>
        <translation>
            <numerusform>erase %n person</numerusform>
            <numerusform>erase %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n people permanently</source>
        <translation>
            <numerusform>Erase %n person permanently</numerusform>
            <numerusform>Erase %n people permanently</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;This removes these people and everything about them from this laptop, and from every laptop in the team after the next sync: %1. It cannot be undone.&lt;/p&gt;&lt;p&gt;To erase them, type &lt;b&gt;%2&lt;/b&gt;:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased the records of %n person(s); the erasure reaches every laptop at the next sync.</source>
        <translation>
            <numerusform>Erased the records of %n person; the erasure reaches every laptop at the next sync.</numerusform>
            <numerusform>Erased the records of %n people; the erasure reaches every laptop at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep records &amp;after archiving for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <translation>
            <numerusform> year</numerusform>
            <numerusform> years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alongside::ReturnModel</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) behind this figure: press Enter to see who</source>
        <translation>
            <numerusform>%n person behind this figure: press Enter to see who</numerusform>
            <numerusform>%n people behind this figure: press Enter to see who</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alongside::ReturnPage</name>
    <message>
        <source>Quarterly return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose figures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;ard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people a figure of this quarter counts (Enter). For your eyes only: never in a saved return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome stories to quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stories to quote (tick two or three):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx): one sheet per table, numbers as numbers, ready to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One CSV file per table, in a folder you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from every record on this laptop, the team&apos;s synced ones included, for %1. Each figure is beside the quarter before and the same quarter a year before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome stories dated in this quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is behind “%1” this quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is behind “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People behind the figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s). Enter opens the chosen person.</source>
        <translation>
            <numerusform>%n person. Enter opens the chosen person.</numerusform>
            <numerusform>%n people. Enter opens the chosen person.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarterly return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the return as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the return as a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nonymise the stories: initials and ward only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is &amp;behind this figure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as sprea&amp;dsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be counted just now. Choose the quarter again to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the figures for %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ReviewDialog</name>
    <message>
        <source>Review with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was agreed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date the review was done, for example %1; it cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a date and what it falls on</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ReviewsModel</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alongside::ReviewsPage</name>
    <message>
        <source>&amp;Mark done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that this review was done, and schedule the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a person, or press Return, to open their record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own people&apos;s reviews, everyone&apos;s, or a teammate&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue reviews, and those due up to this far ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled</source>
        <translation>
            <numerusform>%n scheduled</numerusform>
            <numerusform>%n scheduled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due by %1</source>
        <translation>
            <numerusform>%n due by %1</numerusform>
            <numerusform>%n due by %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews are overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews are scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews are overdue or due by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::ScreenReader</name>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words from notes, goals, profiles, circles or connections, for example allotment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found, by person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word or two. Accents and capitals do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer words, or the start of a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found %1 about %n person(s). Press Return on one to open it.</source>
        <translation>
            <numerusform>Found %1 about %n person. Press Return on one to open it.</numerusform>
            <numerusform>Found %1 about %n people. Press Return on one to open it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n thing</numerusform>
            <numerusform>%n things</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alongside::SearchModel</name>
    <message numerus="yes">
        <source>%1 (%n found)</source>
        <translation>
            <numerusform>%1 (%n found)</numerusform>
            <numerusform>%1 (%n found)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::Session</name>
    <message>
        <source>Lock &amp;after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many minutes without use before Alongside locks itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Alongside after this many minutes without use:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::SupportersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::SyncPage</name>
    <message>
        <source>Set &amp;up a team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join a team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export e&amp;verything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every record into one file, for a new teammate or to fill a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in files from your teammates (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is in the team &lt;b&gt;%1&lt;/b&gt;. Files are protected with the team passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync folder chosen: you choose where each file goes. A sync folder (a shared drive, OneDrive, Nextcloud or Syncthing folder) makes exporting and importing one click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are exported to and imported from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team %1 is set up. Export everything, and give the file and the passphrase to each teammate so their laptops can join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the team %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the team you are joining:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is not in a team yet: set up a team, or join one, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export changes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed since the last export, so no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1. Share it with your team; it can only be opened with the team passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sync files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside sync files (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no new files in %1: everything there has been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>Imported %n file.</numerusform>
            <numerusform>Imported %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync folder chosen before is not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this laptop&apos;s changes in the sync folder and bring in your teammates&apos; new files (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write everything new on this laptop into one file for your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now puts what is new on this laptop into the sync folder and brings in your teammates&apos; files from it. Nothing is sent anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sync folder first: the shared folder where your team&apos;s files meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new on this laptop to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are in the sync folder (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Brought in %n file(s) from your team.</source>
        <translation>
            <numerusform>Brought in %n file from your team.</numerusform>
            <numerusform>Brought in %n files from your team.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1, in the sync folder your team shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in every file in the sync folder that is new to this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring them in when I pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When teammates&apos; files arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync and export wait until this laptop is in a team: set up a team, or join one, above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing from the sync folder needs one: choose it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop has joined the team %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop is not in a team yet. Set up a team, or join one: &lt;i&gt;Join a team&lt;/i&gt; asks for your team&apos;s shared folder (or a file a teammate gave you), then the team passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Brought in %n new file(s) from your team as they arrived.</source>
        <translation>
            <numerusform>Brought in %n new file from your team as it arrived.</numerusform>
            <numerusform>Brought in %n new files from your team as they arrived.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from the sync fol&amp;der</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose fo&amp;lder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When teammates&apos; files arrive:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::SyncStatus</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up or join a team on the Sync page first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in a team yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 changes not yet shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet shared</source>
        <translation>
            <numerusform>%n change not yet shared</numerusform>
            <numerusform>%n changes not yet shared</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) from your team: Sync now brings them in</source>
        <translation>
            <numerusform>%n new file from your team: Sync now brings it in</numerusform>
            <numerusform>%n new files from your team: Sync now brings them in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alongside::TeamSetupDialog</name>
    <message>
        <source>Set up a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laptops in a team share their records through sync files, protected by the team passphrase. Alongside never stores the passphrase: tell it to your teammates in person, and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example, Riverside coordinators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four or more unrelated words make a strong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::VisionGoalsTab</name>
    <message>
        <source>Save the vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a good life looks like, in the person&apos;s own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the vision (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision: what a good life looks like for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen step done today, or not done (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the goal “%1” and its %n step(s)?</source>
        <translation>
            <numerusform>Remove the goal “%1” and its %n step?</numerusform>
            <numerusform>Remove the goal “%1” and its %n steps?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit %1&apos;s vision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::WellbeingChart</name>
    <message>
        <source>No wellbeing answers yet. Ask the four questions now and again, and the chart shows how things change for the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction, worthwhile, happiness: higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety: lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wellbeing answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shaded by the ONS bands, from red (worse) to green (better): low 0–4, medium 5–6, high 7–8, very high 9–10; for anxiety very low 0–1, low 2–3, medium 4–5, high 6–10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked once, on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Asked %n times, from %1 to %2. Latest: %3.</source>
        <translation>
            <numerusform>Asked %n time, from %1 to %2. Latest: %3.</numerusform>
            <numerusform>Asked %n times, from %1 to %2. Latest: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alongside::WellbeingDialog</name>
    <message>
        <source>Wellbeing questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellbeing answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask each question as it is written. Each answer is from 0 (not at all) to 10 (completely). Any question can be left unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Asked on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = not at all, 10 = completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ans&amp;wered by:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::WellbeingModel</name>
    <message>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>a question left unanswered</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 10: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::WithdrawDialog</name>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has withdrawn this consent:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what they said, if anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alongside::YourDetailsDialog</name>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on each person&apos;s plan, so they know how to reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Notes and plans for Local Area Coordinators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: cy or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alongside cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command %1; the commands are init, demo, check, stats, export, import and print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the caseload&apos;s passphrase from this file instead of asking (for a demonstration caseload).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the passphrase file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up this laptop: --coordinator NAME --laptop NAME [--team NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill a new file with a made-up caseload: [--people N] [--seed S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the file is sound and its schema current (exit 0 or 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the records, as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a sync file for the team: --to FOLDER [--full]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring in teammates&apos; sync files: FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a command, opens the window. The commands need no display; each works on this laptop&apos;s caseload unless given --database FILE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a person&apos;s plan as a PDF: --person ID --pdf FILE [--document KIND] [--large-print]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quarterly return: --quarter 2026-Q3 [--coordinator NAME] [--ward W] --pdf FILE | --xlsx FILE | --csv FOLDER [--story ID]... [--anonymise]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add people from a spreadsheet saved as CSV: --csv FILE [--mapping FILE] [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviews and steps due as iCalendar: --ics FILE | --folder FOLDER [--coordinator NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory as Open Referral UK JSON: --export FILE | --import FILE [--dry-run]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything held about one person, for a subject access request: --person ID --to FOLDER</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
