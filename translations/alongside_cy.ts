<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>BankHolidayList</name>
    <message>
        <source>%1: download a fresh copy from www.gov.uk/bank-holidays.json and import that.</source>
        <translation>%1: lawrlwythwch gopi newydd o www.gov.uk/bank-holidays.json a mewnforio hwnnw.</translation>
    </message>
    <message>
        <source>This list has no bank holidays for %1</source>
        <translation>Nid oes gwyliau banc ar gyfer %1 yn y rhestr hon</translation>
    </message>
    <message>
        <source>This list&apos;s entries for %1 are damaged</source>
        <translation>Mae cofnodion y rhestr hon ar gyfer %1 wedi&apos;u difrodi</translation>
    </message>
    <message>
        <source>This list has “%1” for %2, which is not a real date</source>
        <translation>Mae gan y rhestr hon “%1” ar gyfer %2, nad yw&apos;n ddyddiad go iawn</translation>
    </message>
    <message>
        <source>This list has a bank holiday in %1 for %2, outside the years %3 to %4</source>
        <translation>Mae gan y rhestr hon ŵyl banc yn %1 ar gyfer %2, y tu allan i&apos;r blynyddoedd %3 i %4</translation>
    </message>
    <message>
        <source>This list has a bank holiday on %1 for %2 with no name</source>
        <translation>Mae gan y rhestr hon ŵyl banc ar %1 ar gyfer %2 heb enw</translation>
    </message>
    <message>
        <source>This list gives %1 two different names for %2</source>
        <translation>Mae&apos;r rhestr hon yn rhoi dau enw gwahanol i %1 ar gyfer %2</translation>
    </message>
    <message>
        <source>This file is too large to be GOV.UK&apos;s list of bank holidays</source>
        <translation>Mae&apos;r ffeil hon yn rhy fawr i fod yn rhestr GOV.UK o wyliau banc</translation>
    </message>
    <message>
        <source>This file is not GOV.UK&apos;s list of bank holidays</source>
        <translation>Nid rhestr GOV.UK o wyliau banc yw&apos;r ffeil hon</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation>Yr Alban</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>Gogledd Iwerddon</translation>
    </message>
    <message>
        <source>England and Wales</source>
        <translation>Cymru a Lloegr</translation>
    </message>
</context>
<context>
    <name>BankHolidays</name>
    <message>
        <source>%1 (substitute day)</source>
        <translation>%1 (diwrnod yn lle)</translation>
    </message>
    <message>
        <source>Early May bank holiday (VE day)</source>
        <translation>Gŵyl Banc Calan Mai (Diwrnod VE)</translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation>Gŵyl Banc y Gwanwyn</translation>
    </message>
    <message>
        <source>Platinum Jubilee bank holiday</source>
        <translation>Gŵyl Banc Jiwbilî Platinwm</translation>
    </message>
    <message>
        <source>Bank holiday for the coronation of King Charles III</source>
        <translation>Gŵyl Banc ar gyfer coroni&apos;r Brenin Charles III</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Dydd Gwener y Groglith</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Dydd Llun y Pasg</translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation>Gŵyl Banc Calan Mai</translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation>Gŵyl Banc yr Haf</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Dydd Nadolig</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Gŵyl San Steffan</translation>
    </message>
    <message>
        <source>Bank Holiday for the State Funeral of Queen Elizabeth II</source>
        <translation>Gŵyl Banc ar gyfer Angladd Gwladol y Frenhines Elizabeth II</translation>
    </message>
    <message>
        <source>World Cup bank holiday</source>
        <translation>Gŵyl banc Cwpan y Byd</translation>
    </message>
    <message>
        <source>New Year’s Day</source>
        <translation>Dydd Calan</translation>
    </message>
    <message>
        <source>2nd January</source>
        <translation>2 Ionawr</translation>
    </message>
    <message>
        <source>St Patrick’s Day</source>
        <translation>Dydd Gŵyl Padrig</translation>
    </message>
    <message>
        <source>Battle of the Boyne (Orangemen’s Day)</source>
        <translation>Brwydr y Boyne (Diwrnod yr Orenwyr)</translation>
    </message>
    <message>
        <source>St Andrew’s Day</source>
        <translation>Dydd Gŵyl Andreas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a bank holiday and GOV.UK&apos;s note on it</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Bank holiday: %1 (estimated)</source>
        <translation>Gŵyl banc: %1 (amcangyfrif)</translation>
    </message>
    <message>
        <source>Bank holiday: %1</source>
        <translation>Gŵyl banc: %1</translation>
    </message>
    <message>
        <source>bank holiday (estimated)</source>
        <translation>gŵyl banc (amcangyfrif)</translation>
    </message>
    <message>
        <source>bank holiday</source>
        <translation>gŵyl banc</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The date is not a real date.</source>
        <translation>Nid yw&apos;r dyddiad yn ddyddiad go iawn.</translation>
    </message>
    <message>
        <source>Bank holidays and working days are known from %1 to %2 only, not in %3.</source>
        <translation>Dim ond o %1 i %2 y mae gwyliau banc a diwrnodau gwaith yn hysbys, nid yn %3.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Person</source>
        <extracomment>The file name of a person&apos;s calendar when their name cannot be used.</extracomment>
        <translation>Person</translation>
    </message>
    <message>
        <source>Review with %1</source>
        <extracomment>An event in a calendar: %1 is the person&apos;s name.</extracomment>
        <translation>Adolygiad gyda %1</translation>
    </message>
    <message>
        <source>Step: %1 (%2)</source>
        <extracomment>An event in a calendar: %1 is a step of a person&apos;s plan, %2 the person&apos;s name.</extracomment>
        <translation>Cam: %1 (%2)</translation>
    </message>
    <message>
        <source>Goal target: %1 (%2)</source>
        <extracomment>An event in a calendar on the date a goal is hoped to be reached: %1 is the goal, %2 the person&apos;s name.</extracomment>
        <translation>Targed nod: %1 (%2)</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>Methu ysgrifennu %1: nid yw&apos;r ffolder %2 yn bodoli.</translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation>Methu ysgrifennu %1: ffolder yw hwn.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Methu ysgrifennu %1: %2.</translation>
    </message>
    <message>
        <source>Alongside: reviews and steps</source>
        <extracomment>The name of a calendar of everyone&apos;s reviews, steps and goals&apos; target dates.</extracomment>
        <translation>Alongside: adolygiadau a chamau</translation>
    </message>
    <message>
        <source>Could not write the calendars to %1: it is a file, not a folder.</source>
        <translation>Methu ysgrifennu&apos;r calendrau i %1: ffeil yw hwn, nid ffolder.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Methu creu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <source>Alongside: %1</source>
        <extracomment>The name of one person&apos;s calendar: %1 is the person&apos;s name.</extracomment>
        <translation>Alongside: %1</translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <source>Internal error: %1 is not a shared table.</source>
        <translation>Gwall mewnol: nid yw %1 yn dabl a rennir.</translation>
    </message>
    <message>
        <source>This laptop is not set up yet: give the coordinator&apos;s name and the laptop&apos;s name first.</source>
        <translation>Nid yw&apos;r gliniadur hwn wedi&apos;i osod eto: rhowch enw&apos;r cydlynydd ac enw&apos;r gliniadur yn gyntaf.</translation>
    </message>
    <message>
        <source>Internal error: %1 has no field %2.</source>
        <translation>Gwall mewnol: nid oes maes %2 yn %1.</translation>
    </message>
    <message>
        <source>Could not record the change: %1.</source>
        <translation>Methu cofnodi&apos;r newid: %1.</translation>
    </message>
    <message>
        <source>Could not save the change: %1.</source>
        <translation>Methu cadw&apos;r newid: %1.</translation>
    </message>
    <message>
        <source>Could not save: %1.</source>
        <translation>Methu cadw: %1.</translation>
    </message>
    <message>
        <source>That record no longer exists on this laptop.</source>
        <translation>Nid yw&apos;r cofnod hwnnw ar y gliniadur hwn bellach.</translation>
    </message>
    <message>
        <source>Could not erase: %1.</source>
        <translation>Methu dileu: %1.</translation>
    </message>
    <message>
        <source>That conflict has already been settled.</source>
        <translation>Mae&apos;r gwrthdaro hwnnw wedi&apos;i ddatrys eisoes.</translation>
    </message>
</context>
<context>
    <name>CipherResult</name>
    <message>
        <source>Unable to execute statement</source>
        <translation>Methu rhedeg y gosodiad</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Nid yw nifer y paramedrau&apos;n cyfateb</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>Methu nôl y rhes</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unknown command %1; the commands are %2.</source>
        <translation>Gorchymyn anhysbys %1; y gorchmynion yw %2.</translation>
    </message>
    <message>
        <source>init needs --coordinator NAME and --laptop NAME.</source>
        <translation>Mae angen --coordinator ENW a --laptop ENW ar init.</translation>
    </message>
    <message>
        <source>Set up %1 for %2 on %3.</source>
        <translation>Wedi gosod %1 ar gyfer %2 ar %3.</translation>
    </message>
    <message>
        <source>--people takes a whole number from 1 to 1,000,000.</source>
        <translation>Mae --people yn cymryd rhif cyfan o 1 i 1,000,000.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>Mae --seed yn cymryd rhif cyfan.</translation>
    </message>
    <message>
        <source>demo needs --database FILE, a new file for the demo caseload.</source>
        <translation>Mae angen --database FFEIL ar demo, sef ffeil newydd ar gyfer y llwyth achosion enghreifftiol.</translation>
    </message>
    <message>
        <source>%1 already exists; demo only fills a new file, so choose another name.</source>
        <translation>Mae %1 yn bodoli eisoes; dim ond ffeil newydd y mae demo yn ei llenwi, felly dewiswch enw arall.</translation>
    </message>
    <message>
        <source>Created %1 of %2 people…</source>
        <translation>Wedi creu %1 o %2 o bobl…</translation>
    </message>
    <message>
        <source>Created a demo caseload of %1 people and %2 notes in %3 (%4 s).</source>
        <translation>Wedi creu llwyth achosion enghreifftiol o %1 o bobl a %2 o nodiadau yn %3 (%4 eiliad).</translation>
    </message>
    <message>
        <source>The file %1 is damaged (%2); restore it from a backup.</source>
        <translation>Mae&apos;r ffeil %1 wedi&apos;i difrodi (%2); adferwch hi o gopi wrth gefn.</translation>
    </message>
    <message>
        <source>%1 uses schema %2 and this version uses %3; open it in Alongside to update it.</source>
        <translation>Mae %1 yn defnyddio sgema %2 ac mae&apos;r fersiwn hon yn defnyddio %3; agorwch y ffeil yn Alongside i&apos;w diweddaru.</translation>
    </message>
    <message>
        <source>%1 is sound (schema %2).</source>
        <translation>Mae %1 mewn cyflwr da (sgema %2).</translation>
    </message>
    <message>
        <source>The file %1 is damaged; run alongside check for details.</source>
        <translation>Mae&apos;r ffeil %1 wedi&apos;i difrodi; rhedwch alongside check i weld y manylion.</translation>
    </message>
    <message>
        <source>--team needs the team&apos;s name.</source>
        <translation>Mae angen enw&apos;r tîm ar --team.</translation>
    </message>
    <message>
        <source>init --team needs the team passphrase: set ALONGSIDE_PASSPHRASE, give --passphrase-file, or run it at a terminal.</source>
        <translation>Mae angen cyfrinymadrodd y tîm ar init --team: gosodwch ALONGSIDE_PASSPHRASE, rhowch --passphrase-file, neu rhedwch y gorchymyn mewn terfynell.</translation>
    </message>
    <message>
        <source>Set up the team %1.</source>
        <translation>Wedi sefydlu&apos;r tîm %1.</translation>
    </message>
    <message>
        <source>Demo team</source>
        <translation>Tîm enghreifftiol</translation>
    </message>
    <message>
        <source>The team passphrase is needed: set ALONGSIDE_PASSPHRASE, give --passphrase-file, or run this at a terminal.</source>
        <translation>Mae angen cyfrinymadrodd y tîm: gosodwch ALONGSIDE_PASSPHRASE, rhowch --passphrase-file, neu rhedwch y gorchymyn hwn mewn terfynell.</translation>
    </message>
    <message>
        <source>export needs --to FOLDER, where the sync file is written.</source>
        <translation>Mae angen --to FFOLDER ar export, sef y ffolder lle caiff y ffeil gysoni ei hysgrifennu.</translation>
    </message>
    <message>
        <source>There is no database at %1: set this laptop up first with alongside init.</source>
        <translation>Nid oes cronfa ddata yn %1: gosodwch y gliniadur hwn yn gyntaf gydag alongside init.</translation>
    </message>
    <message>
        <source>This laptop is not in a team yet: set up a team, or join one by importing a teammate&apos;s full export, before exporting.</source>
        <translation>Nid yw&apos;r gliniadur hwn mewn tîm eto: sefydlwch dîm, neu ymunwch ag un drwy fewnforio allforiad llawn gan aelod o&apos;r tîm, cyn allforio.</translation>
    </message>
    <message>
        <source>Nothing has changed since the last export, so no file was written.</source>
        <translation>Does dim wedi newid ers yr allforiad diwethaf, felly ni chafodd ffeil ei hysgrifennu.</translation>
    </message>
    <message>
        <source>import needs one or more sync files.</source>
        <translation>Mae angen un neu ragor o ffeiliau cysoni ar import.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s): </source>
        <translation>
            <numerusform>Wedi mewnforio %n ffeil: </numerusform>
            <numerusform>Wedi mewnforio %n ffeil: </numerusform>
            <numerusform>Wedi mewnforio %n ffeil: </numerusform>
            <numerusform>Wedi mewnforio %n ffeil: </numerusform>
            <numerusform>Wedi mewnforio %n ffeil: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 conflicts, %4 erased, %5 skipped.</source>
        <translation>%1 newydd, %2 wedi&apos;u diweddaru, %3 gwrthdaro, %4 wedi&apos;u dileu, %5 wedi&apos;u hepgor.</translation>
    </message>
    <message>
        <source>Could not read the passphrase file %1.</source>
        <translation>Methu darllen ffeil y cyfrinymadrodd %1.</translation>
    </message>
    <message>
        <source>Team passphrase: </source>
        <translation>Cyfrinymadrodd y tîm: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Yr un cyfrinymadrodd eto: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol; does dim wedi newid.</translation>
    </message>
    <message>
        <source>print needs --database FILE, --person ID and --pdf OUT.</source>
        <translation>Mae print angen --database FILE, --person ID a --pdf OUT.</translation>
    </message>
    <message>
        <source>--document is plan, profile or summary.</source>
        <translation>Mae --document yn plan, profile neu summary.</translation>
    </message>
    <message>
        <source>--sections takes a list from: %1.</source>
        <translation>Mae --sections yn cymryd rhestr o: %1.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Nid yw %1 yn bodoli.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Ysgrifennwyd %1 (%n tudalen).</numerusform>
            <numerusform>Ysgrifennwyd %1 (%n tudalen).</numerusform>
            <numerusform>Ysgrifennwyd %1 (%n tudalen).</numerusform>
            <numerusform>Ysgrifennwyd %1 (%n tudalen).</numerusform>
            <numerusform>Ysgrifennwyd %1 (%n tudalen).</numerusform>
        </translation>
    </message>
    <message>
        <source>The caseload&apos;s passphrase is needed: set ALONGSIDE_DB_PASSPHRASE, give --db-passphrase-file, or run this at a terminal.</source>
        <translation>Mae angen cyfrinymadrodd y llwyth achosion: gosodwch ALONGSIDE_DB_PASSPHRASE, rhowch --db-passphrase-file, neu rhedwch hwn mewn terfynell.</translation>
    </message>
    <message>
        <source>That passphrase would not protect the caseload: %1</source>
        <translation>Ni fyddai&apos;r cyfrinymadrodd hwnnw&apos;n diogelu&apos;r llwyth achosion: %1</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Nid oes cronfa ddata yn %1.</translation>
    </message>
    <message>
        <source>Caseload passphrase: </source>
        <translation>Cyfrinymadrodd y llwyth achosion: </translation>
    </message>
    <message>
        <source>--quarter is a financial quarter such as 2026-Q3 (October to December 2026; Q1 is April to June).</source>
        <translation>Mae --quarter yn chwarter ariannol fel 2026-Q3 (Hydref i Ragfyr 2026; Ebrill i Fehefin yw Q1).</translation>
    </message>
    <message>
        <source>report needs somewhere to write: --pdf FILE, --xlsx FILE or --csv FOLDER.</source>
        <translation>Mae report angen rhywle i ysgrifennu: --pdf FFEIL, --xlsx FFEIL neu --csv FFOLDER.</translation>
    </message>
    <message>
        <source>No coordinator called %1 in this caseload; there are: %2.</source>
        <translation>Does dim cydlynydd o&apos;r enw %1 yn y llwyth achosion hwn; dyma&apos;r rhai sydd: %2.</translation>
    </message>
    <message>
        <source>No one in this caseload lives in a ward called %1; the wards are: %2.</source>
        <translation>Does neb yn y llwyth achosion hwn yn byw mewn ward o&apos;r enw %1; y wardiau yw: %2.</translation>
    </message>
    <message>
        <source>%1 is not an outcome story of %2 in this return.</source>
        <translation>Nid yw %1 yn stori canlyniad o %2 yn y datganiad hwn.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n sheet(s)).</source>
        <translation>
            <numerusform>Wedi ysgrifennu %1 (%n dalen).</numerusform>
            <numerusform>Wedi ysgrifennu %1 (%n dalen).</numerusform>
            <numerusform>Wedi ysgrifennu %1 (%n dalen).</numerusform>
            <numerusform>Wedi ysgrifennu %1 (%n dalen).</numerusform>
            <numerusform>Wedi ysgrifennu %1 (%n dalen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n table(s) to %1.</source>
        <translation>
            <numerusform>Wedi ysgrifennu %n tabl i %1.</numerusform>
            <numerusform>Wedi ysgrifennu %n tabl i %1.</numerusform>
            <numerusform>Wedi ysgrifennu %n tabl i %1.</numerusform>
            <numerusform>Wedi ysgrifennu %n tabl i %1.</numerusform>
            <numerusform>Wedi ysgrifennu %n tabl i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>calendar needs one place to write: --ics FILE for one calendar, or --folder FOLDER for a calendar per person.</source>
        <translation>Mae calendar angen un lle i ysgrifennu: --ics FFEIL ar gyfer un calendr, neu --folder FFOLDER ar gyfer calendr i bob person.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1.</source>
        <translation>
            <numerusform>Wedi ysgrifennu %n digwyddiad i %1.</numerusform>
            <numerusform>Wedi ysgrifennu %n digwyddiad i %1.</numerusform>
            <numerusform>Wedi ysgrifennu %n digwyddiad i %1.</numerusform>
            <numerusform>Wedi ysgrifennu %n digwyddiad i %1.</numerusform>
            <numerusform>Wedi ysgrifennu %n digwyddiad i %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 in %n calendar(s) to %2.</source>
        <extracomment>%1 is a number of events (&quot;12 events&quot;), %2 the folder.</extracomment>
        <translation>
            <numerusform>Wedi ysgrifennu %1 mewn %n calendr i %2.</numerusform>
            <numerusform>Wedi ysgrifennu %1 mewn %n calendr i %2.</numerusform>
            <numerusform>Wedi ysgrifennu %1 mewn %n calendr i %2.</numerusform>
            <numerusform>Wedi ysgrifennu %1 mewn %n calendr i %2.</numerusform>
            <numerusform>Wedi ysgrifennu %1 mewn %n calendr i %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n calendar(s) of people with nothing due now.</source>
        <translation>
            <numerusform>Wedi tynnu %n calendr pobl heb ddim yn ddyledus nawr.</numerusform>
            <numerusform>Wedi tynnu %n calendr pobl heb ddim yn ddyledus nawr.</numerusform>
            <numerusform>Wedi tynnu %n calendr pobl heb ddim yn ddyledus nawr.</numerusform>
            <numerusform>Wedi tynnu %n calendr pobl heb ddim yn ddyledus nawr.</numerusform>
            <numerusform>Wedi tynnu %n calendr pobl heb ddim yn ddyledus nawr.</numerusform>
        </translation>
    </message>
    <message>
        <source>directory needs --export FILE or --import FILE.</source>
        <translation>Mae directory angen --export FFEIL neu --import FFEIL.</translation>
    </message>
    <message>
        <source>--dry-run goes with --import.</source>
        <translation>Mae --dry-run yn mynd gyda --import.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n service(s) to %1.</source>
        <translation>
            <numerusform>Wedi ysgrifennu %n gwasanaeth i %1.</numerusform>
            <numerusform>Wedi ysgrifennu %n gwasanaeth i %1.</numerusform>
            <numerusform>Wedi ysgrifennu %n gwasanaeth i %1.</numerusform>
            <numerusform>Wedi ysgrifennu %n gwasanaeth i %1.</numerusform>
            <numerusform>Wedi ysgrifennu %n gwasanaeth i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1 (%2): %3</source>
        <translation>Wedi hepgor %1 (%2): %3</translation>
    </message>
    <message>
        <source>Would add %1, change %2, leave %3 unchanged and skip %4; nothing was written.</source>
        <translation>Byddai&apos;n ychwanegu %1, newid %2, gadael %3 heb eu newid a hepgor %4; ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>Could not import the directory: %1</source>
        <translation>Methu mewnforio&apos;r cyfeiriadur: %1</translation>
    </message>
    <message>
        <source>Added %1, changed %2, left %3 unchanged and skipped %4.</source>
        <translation>Wedi ychwanegu %1, newid %2, gadael %3 heb eu newid a hepgor %4.</translation>
    </message>
    <message>
        <source>Say which file to import with --csv FILE.</source>
        <translation>Dywedwch pa ffeil i&apos;w mewnforio gyda --csv FFEIL.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rhes %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Would add %n people, fill in %1 and skip %2.</source>
        <translation>
            <numerusform>Byddai&apos;n ychwanegu %n o bobl, llenwi %1 a hepgor %2.</numerusform>
            <numerusform>Byddai&apos;n ychwanegu %n o bobl, llenwi %1 a hepgor %2.</numerusform>
            <numerusform>Byddai&apos;n ychwanegu %n o bobl, llenwi %1 a hepgor %2.</numerusform>
            <numerusform>Byddai&apos;n ychwanegu %n o bobl, llenwi %1 a hepgor %2.</numerusform>
            <numerusform>Byddai&apos;n ychwanegu %n o bobl, llenwi %1 a hepgor %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n people, filled in %1 and skipped %2.</source>
        <translation>
            <numerusform>Wedi ychwanegu %n o bobl, llenwi %1 a hepgor %2.</numerusform>
            <numerusform>Wedi ychwanegu %n o bobl, llenwi %1 a hepgor %2.</numerusform>
            <numerusform>Wedi ychwanegu %n o bobl, llenwi %1 a hepgor %2.</numerusform>
            <numerusform>Wedi ychwanegu %n o bobl, llenwi %1 a hepgor %2.</numerusform>
            <numerusform>Wedi ychwanegu %n o bobl, llenwi %1 a hepgor %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>sar needs --person ID and --to FOLDER.</source>
        <translation>Mae sar angen --person ID a --to FFOLDER.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote everything held about %1 (%n record(s)) to %2.</source>
        <translation>
            <numerusform>Wedi ysgrifennu popeth a gedwir am %1 (%n cofnod) i %2.</numerusform>
            <numerusform>Wedi ysgrifennu popeth a gedwir am %1 (%n cofnod) i %2.</numerusform>
            <numerusform>Wedi ysgrifennu popeth a gedwir am %1 (%n cofnod) i %2.</numerusform>
            <numerusform>Wedi ysgrifennu popeth a gedwir am %1 (%n cofnod) i %2.</numerusform>
            <numerusform>Wedi ysgrifennu popeth a gedwir am %1 (%n cofnod) i %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review the notes before release: %n note(s) name other people (names-to-review.csv).</source>
        <translation>
            <numerusform>Adolygwch y nodiadau cyn eu rhyddhau: mae %n nodyn yn enwi pobl eraill (names-to-review.csv).</numerusform>
            <numerusform>Adolygwch y nodiadau cyn eu rhyddhau: mae %n nodyn yn enwi pobl eraill (names-to-review.csv).</numerusform>
            <numerusform>Adolygwch y nodiadau cyn eu rhyddhau: mae %n nodyn yn enwi pobl eraill (names-to-review.csv).</numerusform>
            <numerusform>Adolygwch y nodiadau cyn eu rhyddhau: mae %n nodyn yn enwi pobl eraill (names-to-review.csv).</numerusform>
            <numerusform>Adolygwch y nodiadau cyn eu rhyddhau: mae %n nodyn yn enwi pobl eraill (names-to-review.csv).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>a laptop not heard from directly</source>
        <translation>un o liniaduron y tîm na chafwyd ffeil ganddo&apos;n uniongyrchol</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Rhywun</translation>
    </message>
    <message>
        <source>%1: a note</source>
        <translation>%1: nodyn</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionRepository</name>
    <message>
        <source>Choose a resource from the directory, or add a new one.</source>
        <translation>Dewiswch adnodd o&apos;r cyfeiriadur, neu ychwanegwch un newydd.</translation>
    </message>
    <message>
        <source>Choose how far the connection has come.</source>
        <translation>Dewiswch pa mor bell mae&apos;r cysylltiad wedi dod.</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>Nid yw %1 yn ddyddiad go iawn.</translation>
    </message>
    <message>
        <source>The connection cannot end before it started.</source>
        <translation>Ni all y cysylltiad ddod i ben cyn iddo ddechrau.</translation>
    </message>
    <message>
        <source>That connection is no longer on this laptop.</source>
        <translation>Nid yw&apos;r cysylltiad hwnnw ar y gliniadur hwn mwyach.</translation>
    </message>
    <message>
        <source>connect %1 to %2</source>
        <translation>cysylltu %1 â %2</translation>
    </message>
    <message>
        <source>edit %1&apos;s connection to %2</source>
        <translation>golygu cysylltiad %1 â %2</translation>
    </message>
    <message>
        <source>remove %1&apos;s connection to %2</source>
        <translation>dileu cysylltiad %1 â %2</translation>
    </message>
</context>
<context>
    <name>ConsentRepository</name>
    <message>
        <source>Internal error: a consent needs a person.</source>
        <translation>Gwall mewnol: mae angen person ar gyfer caniatâd.</translation>
    </message>
    <message>
        <source>Choose what the consent is for.</source>
        <translation>Dewiswch beth yw diben y caniatâd.</translation>
    </message>
    <message>
        <source>Say who may be contacted, for example “Dr Patel at Heath Surgery”.</source>
        <translation>Dywedwch pwy y gellir cysylltu â nhw, er enghraifft “Dr Patel ym Meddygfa’r Waun”.</translation>
    </message>
    <message>
        <source>Say whether consent was given or refused.</source>
        <translation>Dywedwch a gafodd caniatâd ei roi neu ei wrthod.</translation>
    </message>
    <message>
        <source>Give the date consent was given or refused.</source>
        <translation>Rhowch y dyddiad y cafodd caniatâd ei roi neu ei wrthod.</translation>
    </message>
    <message>
        <source>%1 has not come yet: record consent on the day it is given or refused.</source>
        <translation>Nid yw %1 wedi dod eto: cofnodwch ganiatâd ar y diwrnod y caiff ei roi neu ei wrthod.</translation>
    </message>
    <message>
        <source>Internal error: %1 is not a way of giving consent.</source>
        <translation>Gwall mewnol: nid yw %1 yn ffordd o roi caniatâd.</translation>
    </message>
    <message>
        <source>record %1&apos;s consent</source>
        <translation>cofnodi caniatâd %1</translation>
    </message>
    <message>
        <source>record that %1 refused consent</source>
        <translation>cofnodi bod %1 wedi gwrthod caniatâd</translation>
    </message>
    <message>
        <source>That consent is no longer on this laptop.</source>
        <translation>Nid yw&apos;r caniatâd hwnnw ar y gliniadur hwn mwyach.</translation>
    </message>
    <message>
        <source>That consent was already withdrawn on %1.</source>
        <translation>Cafodd y caniatâd hwnnw ei dynnu&apos;n ôl eisoes ar %1.</translation>
    </message>
    <message>
        <source>Only consent that was given can be withdrawn.</source>
        <translation>Dim ond caniatâd a roddwyd y gellir ei dynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>Give the date consent was withdrawn.</source>
        <translation>Rhowch y dyddiad y tynnwyd y caniatâd yn ôl.</translation>
    </message>
    <message>
        <source>Consent cannot be withdrawn before it was given on %1.</source>
        <translation>Ni ellir tynnu caniatâd yn ôl cyn iddo gael ei roi ar %1.</translation>
    </message>
    <message>
        <source>%1 has not come yet: record a withdrawal on the day it is made.</source>
        <translation>Nid yw %1 wedi dod eto: cofnodwch dynnu&apos;n ôl ar y diwrnod y mae&apos;n digwydd.</translation>
    </message>
    <message>
        <source>record that %1 withdrew consent</source>
        <translation>cofnodi bod %1 wedi tynnu caniatâd yn ôl</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>Methu agor %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 64 MB; split it into smaller files.</source>
        <translation>Mae %1 yn fwy na 64 MB; rhannwch hi&apos;n ffeiliau llai.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Mae&apos;r ffeil yn wag.</translation>
    </message>
    <message>
        <source>This is not a CSV file: it holds binary data. Save the spreadsheet as CSV and try again.</source>
        <translation>Nid ffeil CSV yw hon: mae&apos;n dal data deuaidd. Cadwch y daenlen fel CSV a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Not enough memory to read the file.</source>
        <translation>Dim digon o gof i ddarllen y ffeil.</translation>
    </message>
    <message>
        <source>The file could not be read as CSV: %1.</source>
        <translation>Nid oedd modd darllen y ffeil fel CSV: %1.</translation>
    </message>
    <message>
        <source>The file has no rows under its header.</source>
        <translation>Nid oes rhesi o dan bennawd y ffeil.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Nid oes cronfa ddata yn %1.</translation>
    </message>
    <message>
        <source>Could not create the database at %1: check that the folder exists and can be written.</source>
        <translation>Methu creu&apos;r gronfa ddata yn %1: gwiriwch fod y ffolder yn bodoli a bod modd ysgrifennu ynddo.</translation>
    </message>
    <message>
        <source>Could not open the database at %1: %2.</source>
        <translation>Methu agor y gronfa ddata yn %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not an Alongside database.</source>
        <translation>Mae&apos;r ffeil %1 wedi&apos;i difrodi, neu nid yw&apos;n gronfa ddata Alongside.</translation>
    </message>
    <message>
        <source>Could not open the database at %1 for writing: check the file&apos;s permissions.</source>
        <translation>Methu agor y gronfa ddata yn %1 i ysgrifennu iddi: gwiriwch ganiatadau&apos;r ffeil.</translation>
    </message>
    <message>
        <source>The file %1 is not an Alongside database.</source>
        <translation>Nid yw&apos;r ffeil %1 yn gronfa ddata Alongside.</translation>
    </message>
    <message>
        <source>This database was saved by a newer version of Alongside (schema %1; this version knows %2). Install the newer version to open it.</source>
        <translation>Cafodd y gronfa ddata hon ei chadw gan fersiwn fwy newydd o Alongside (sgema %1; mae&apos;r fersiwn hon yn adnabod %2). Gosodwch y fersiwn fwy newydd i&apos;w hagor.</translation>
    </message>
    <message>
        <source>Could not back up the database before updating it (%1). Nothing was changed; free some disk space and try again.</source>
        <translation>Methu gwneud copi wrth gefn o&apos;r gronfa ddata cyn ei diweddaru (%1). Does dim wedi newid; rhyddhewch ychydig o le ar y ddisg a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Could not update the database to schema %1 (%2). It was left as it was.</source>
        <translation>Methu diweddaru&apos;r gronfa ddata i sgema %1 (%2). Mae wedi&apos;i gadael fel yr oedd.</translation>
    </message>
    <message>
        <source>Could not give this copied database its own identity: %1.</source>
        <translation>Methu rhoi ei hunaniaeth ei hun i&apos;r copi hwn o&apos;r gronfa ddata: %1.</translation>
    </message>
    <message>
        <source>This caseload is already open in Alongside (process %1 on %2): close it there, then try again. Only one window or command can change a caseload at a time.</source>
        <translation>Mae&apos;r llwyth achosion hwn eisoes ar agor yn Alongside (proses %1 ar %2): caewch ef yno, yna rhowch gynnig arall arni. Dim ond un ffenestr neu orchymyn all newid llwyth achosion ar y tro.</translation>
    </message>
    <message>
        <source>Could not open the database at %1: its lock file %1.lock cannot be written; check the folder&apos;s permissions.</source>
        <translation>Methu agor y gronfa ddata yn %1: ni ellir ysgrifennu ei ffeil gloi %1.lock; gwiriwch ganiatâd y ffolder.</translation>
    </message>
    <message>
        <source>there is no room left on the disk: free some space (empty the wastebasket, move large files elsewhere), then try again; nothing was lost</source>
        <translation>does dim lle ar ôl ar y ddisg: rhyddhewch rywfaint o le (gwagiwch y bin sbwriel, symudwch ffeiliau mawr i rywle arall), yna rhowch gynnig arall arni; ni chollwyd dim</translation>
    </message>
    <message>
        <source>the caseload cannot be written here (it, or its folder, is read-only)</source>
        <translation>ni ellir ysgrifennu&apos;r llwyth achosion yma (mae ef, neu ei ffolder, yn ddarllen-yn-unig)</translation>
    </message>
    <message>
        <source>the disk refused the write: it may be full, or the caseload may have reached a size limit set on this laptop; free some space, then try again; nothing was lost</source>
        <translation>gwrthododd y ddisg ysgrifennu: efallai ei bod yn llawn, neu fod y llwyth achosion wedi cyrraedd terfyn maint a osodwyd ar y gliniadur hwn; rhyddhewch rywfaint o le, yna rhowch gynnig arall arni; ni chollwyd dim</translation>
    </message>
    <message>
        <source>The caseload %1 is on a read-only disk or folder, so it cannot be changed here: copy it somewhere you can write, or ask whoever manages this laptop. alongside check and stats can still read it.</source>
        <translation>Mae&apos;r llwyth achosion %1 ar ddisg neu ffolder darllen-yn-unig, felly ni ellir ei newid yma: copïwch ef i rywle y gallwch ysgrifennu iddo, neu gofynnwch i bwy bynnag sy&apos;n rheoli&apos;r gliniadur hwn. Gall alongside check a stats ei ddarllen o hyd.</translation>
    </message>
    <message>
        <source>This caseload is not encrypted, so it has no passphrase to change.</source>
        <translation>Nid yw&apos;r llwyth achosion hwn wedi&apos;i amgryptio, felly nid oes ganddo gyfrinymadrodd i&apos;w newid.</translation>
    </message>
    <message>
        <source>Could not change the passphrase (%1); the old one still opens the caseload.</source>
        <translation>Methu newid y cyfrinymadrodd (%1); mae&apos;r hen un yn dal i agor y llwyth achosion.</translation>
    </message>
    <message>
        <source>Could not encrypt the caseload %1 (%2). It was left as it was; free some disk space and try again.</source>
        <translation>Methu amgryptio&apos;r llwyth achosion %1 (%2). Cafodd ei adael fel yr oedd; rhyddhewch ychydig o le ar y ddisg a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>a new file cannot be made beside it</source>
        <translation>ni ellir gwneud ffeil newydd wrth ei ymyl</translation>
    </message>
    <message>
        <source>the encrypted copy did not check out</source>
        <translation>nid oedd y copi wedi&apos;i amgryptio&apos;n gywir wrth ei wirio</translation>
    </message>
    <message>
        <source>the encrypted copy of %1 differs</source>
        <translation>mae&apos;r copi wedi&apos;i amgryptio o %1 yn wahanol</translation>
    </message>
    <message>
        <source>the new file could not be written to the disk</source>
        <translation>ni ellid ysgrifennu&apos;r ffeil newydd i&apos;r ddisg</translation>
    </message>
    <message>
        <source>the encrypted copy could not take its place</source>
        <translation>ni allai&apos;r copi wedi&apos;i amgryptio gymryd ei le</translation>
    </message>
    <message>
        <source>That passphrase does not open %1, or the file is damaged or is not an Alongside caseload. Check the passphrase and try again: capital letters count. If it is forgotten, there is no way back in.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n agor %1, neu mae&apos;r ffeil wedi&apos;i difrodi neu nid yw&apos;n llwyth achosion Alongside. Gwiriwch y cyfrinymadrodd a rhowch gynnig arall arni: mae priflythrennau&apos;n cyfrif. Os yw wedi mynd yn angof, nid oes ffordd yn ôl i mewn.</translation>
    </message>
    <message>
        <source>Could not finish bringing the people list and search up to date (%1).</source>
        <translation>Methwyd gorffen diweddaru’r rhestr pobl a’r chwilio (%1).</translation>
    </message>
    <message>
        <source>Could not read %1 just now (%2). Nothing was changed: wait a moment and open it again.</source>
        <translation>Nid oedd modd darllen %1 y funud hon (%2). Ni newidiwyd dim: arhoswch eiliad a&apos;i hagor eto.</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>%1 is not a date: type it as day/month/year, for example 23/11/2025, or as &quot;today&quot; or &quot;+2w&quot; (two weeks from today).</source>
        <translation>Nid yw %1 yn ddyddiad: teipiwch ef fel diwrnod/mis/blwyddyn, er enghraifft 23/11/2025, neu fel &quot;heddiw&quot; neu &quot;+2w&quot; (pythefnos o heddiw).</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heddiw</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ddoe</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>yfory</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours</comment>
        <translation>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
            <numerusform>%n awr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
            <numerusform>%n diwrnod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
            <numerusform>%n wythnos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mis</numerusform>
            <numerusform>%n mis</numerusform>
            <numerusform>%n mis</numerusform>
            <numerusform>%n mis</numerusform>
            <numerusform>%n mis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n blynedd</numerusform>
            <numerusform>%n blynedd</numerusform>
            <numerusform>%n blynedd</numerusform>
            <numerusform>%n blynedd</numerusform>
            <numerusform>%n blynedd</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 over %2</source>
        <comment>time given over a span: 14 h over 9 months</comment>
        <translation>%1 dros %2</translation>
    </message>
</context>
<context>
    <name>DemoCaseload</name>
    <message>
        <source>The demo word lists are missing from this build.</source>
        <translation>Mae&apos;r rhestrau geiriau ar gyfer y data enghreifftiol ar goll o&apos;r fersiwn hon.</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>same name</source>
        <translation>yr un enw</translation>
    </message>
    <message>
        <source>a similar name</source>
        <translation>enw tebyg</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>dyddiad geni</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>cod post</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>ffôn</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>what two people share: same name and date of birth</comment>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>EverythingDocument</name>
    <message>
        <source>Confidential — personal information</source>
        <translation>Cyfrinachol — gwybodaeth bersonol</translation>
    </message>
    <message>
        <source>Everything we hold about %1</source>
        <translation>Popeth a gadwn am %1</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Ysgrifennwyd %1</translation>
    </message>
    <message>
        <source>Confidential. Notes are shown as they were written and may name other people: review them, and the list in names-to-review.csv, before this is released.</source>
        <translation>Cyfrinachol. Mae nodiadau wedi&apos;u dangos fel y cawsant eu hysgrifennu a gallant enwi pobl eraill: adolygwch nhw, a&apos;r rhestr yn names-to-review.csv, cyn rhyddhau hyn.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Record id:</source>
        <translation>Dynodydd y cofnod:</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Enw cyntaf:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Cyfenw:</translation>
    </message>
    <message>
        <source>Preferred name:</source>
        <translation>Enw dewisol:</translation>
    </message>
    <message>
        <source>Pronouns:</source>
        <translation>Rhagenwau:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Dyddiad geni:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Ffôn:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-bost:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Cyfeiriad:</translation>
    </message>
    <message>
        <source>Ward:</source>
        <translation>Ward:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Cam:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Lefel:</translation>
    </message>
    <message>
        <source>Introduced on:</source>
        <translation>Cyflwynwyd ar:</translation>
    </message>
    <message>
        <source>Introduced by:</source>
        <translation>Cyflwynwyd gan:</translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation>Cydlynydd:</translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation>Adolygiadau:</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>bob %n mis</numerusform>
            <numerusform>bob %n mis</numerusform>
            <numerusform>bob %n mis</numerusform>
            <numerusform>bob %n mis</numerusform>
            <numerusform>bob %n mis</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation>Archifwyd:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>No consent recorded.</source>
        <translation>Dim caniatâd wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Gweledigaeth</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Heb ei hysgrifennu eto.</translation>
    </message>
    <message>
        <source>One-page profile</source>
        <translation>Proffil un dudalen</translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation>Nodau a chamau</translation>
    </message>
    <message>
        <source>Circle of support</source>
        <translation>Cylch cefnogaeth</translation>
    </message>
    <message>
        <source>Community connections</source>
        <translation>Cysylltiadau cymunedol</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>No reviews held yet.</source>
        <translation>Dim adolygiadau wedi&apos;u cynnal eto.</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Cynhaliwyd ar</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Beth a gytunwyd</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Lles</translation>
    </message>
    <message>
        <source>No wellbeing answers yet.</source>
        <translation>Dim atebion lles eto.</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Gofynnwyd ar</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Atebwyd gan</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Canlyniadau</translation>
    </message>
    <message>
        <source>No outcome stories yet.</source>
        <translation>Dim straeon canlyniad eto.</translation>
    </message>
    <message>
        <source>Likely without: %1</source>
        <translation>Tebygol hebddo: %1</translation>
    </message>
    <message>
        <source>%1 · %2:</source>
        <translation>%1 · %2:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Dim nodiadau eto.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
    <message>
        <source>Who has used the record on this laptop</source>
        <translation>Pwy sydd wedi defnyddio&apos;r cofnod ar y gliniadur hwn</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Dim wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this laptop.</source>
        <translation>Does dim person â&apos;r rhif adnabod %1 ar y gliniadur hwn.</translation>
    </message>
</context>
<context>
    <name>GoalRepository</name>
    <message>
        <source>Give the goal a title, in the person&apos;s own words.</source>
        <translation>Rhowch deitl i&apos;r nod, yng ngeiriau&apos;r person ei hun.</translation>
    </message>
    <message>
        <source>Say what the step is.</source>
        <translation>Dywedwch beth yw&apos;r cam.</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>Nid yw %1 yn ddyddiad go iawn.</translation>
    </message>
    <message>
        <source>Internal error: %1 is not a goal status.</source>
        <translation>Gwall mewnol: nid yw %1 yn statws nod.</translation>
    </message>
    <message>
        <source>That goal is no longer on this laptop.</source>
        <translation>Nid yw&apos;r nod hwnnw ar y gliniadur hwn bellach.</translation>
    </message>
    <message>
        <source>That is no longer on this laptop.</source>
        <translation>Nid yw hwnnw ar y gliniadur hwn bellach.</translation>
    </message>
    <message>
        <source>That cannot move further.</source>
        <translation>Ni all hwnnw symud ymhellach.</translation>
    </message>
    <message>
        <source>add the goal “%1” for %2</source>
        <translation>ychwanegu&apos;r nod “%1” i %2</translation>
    </message>
    <message>
        <source>add a step to %1&apos;s goal “%2”</source>
        <translation>ychwanegu cam at nod %1 “%2”</translation>
    </message>
    <message>
        <source>edit %1&apos;s goal “%2”</source>
        <translation>golygu nod %1 “%2”</translation>
    </message>
    <message>
        <source>edit a step of %1&apos;s plan</source>
        <translation>golygu cam yng nghynllun %1</translation>
    </message>
    <message>
        <source>mark %1&apos;s step “%2” not done</source>
        <translation>nodi nad yw cam %1 “%2” wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>mark %1&apos;s step “%2” done</source>
        <translation>nodi bod cam %1 “%2” wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>reorder %1&apos;s goals</source>
        <translation>aildrefnu nodau %1</translation>
    </message>
    <message>
        <source>reorder the steps of a goal of %1</source>
        <translation>aildrefnu camau un o nodau %1</translation>
    </message>
    <message>
        <source>remove %1&apos;s goal “%2”</source>
        <translation>dileu nod %1 “%2”</translation>
    </message>
    <message>
        <source>remove %1&apos;s step “%2”</source>
        <translation>dileu cam %1 “%2”</translation>
    </message>
</context>
<context>
    <name>ImportPeople</name>
    <message numerus="yes">
        <source>%n of the people this import added stayed: they have been changed or had something added since.</source>
        <translation>
            <numerusform>Arhosodd %n o&apos;r bobl a ychwanegodd y mewnforio hwn: maen nhw wedi&apos;u newid neu wedi cael rhywbeth wedi&apos;i ychwanegu ers hynny.</numerusform>
            <numerusform>Arhosodd %n o&apos;r bobl a ychwanegodd y mewnforio hwn: maen nhw wedi&apos;u newid neu wedi cael rhywbeth wedi&apos;i ychwanegu ers hynny.</numerusform>
            <numerusform>Arhosodd %n o&apos;r bobl a ychwanegodd y mewnforio hwn: maen nhw wedi&apos;u newid neu wedi cael rhywbeth wedi&apos;i ychwanegu ers hynny.</numerusform>
            <numerusform>Arhosodd %n o&apos;r bobl a ychwanegodd y mewnforio hwn: maen nhw wedi&apos;u newid neu wedi cael rhywbeth wedi&apos;i ychwanegu ers hynny.</numerusform>
            <numerusform>Arhosodd %n o&apos;r bobl a ychwanegodd y mewnforio hwn: maen nhw wedi&apos;u newid neu wedi cael rhywbeth wedi&apos;i ychwanegu ers hynny.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LineCheck</name>
    <message>
        <source>line %1 names a %2 with the id of a %3</source>
        <translation>mae llinell %1 yn enwi %2 â rhif adnabod %3</translation>
    </message>
</context>
<context>
    <name>NoteFields</name>
    <message>
        <source> min</source>
        <translation> mun</translation>
    </message>
</context>
<context>
    <name>NotesRepository</name>
    <message>
        <source>The note is empty: write what happened first.</source>
        <translation>Mae&apos;r nodyn yn wag: ysgrifennwch beth ddigwyddodd yn gyntaf.</translation>
    </message>
    <message>
        <source>Give the date and time of the contact.</source>
        <translation>Rhowch ddyddiad ac amser y cyswllt.</translation>
    </message>
    <message>
        <source>Choose what kind of contact this was.</source>
        <translation>Dewiswch pa fath o gyswllt oedd hwn.</translation>
    </message>
    <message>
        <source>Minutes should be between 0 and 1440.</source>
        <translation>Dylai&apos;r munudau fod rhwng 0 a 1440.</translation>
    </message>
    <message>
        <source>add a note about %1</source>
        <translation>ychwanegu nodyn am %1</translation>
    </message>
    <message>
        <source>correct a note about %1</source>
        <translation>cywiro nodyn am %1</translation>
    </message>
    <message>
        <source>delete a note about %1</source>
        <translation>dileu nodyn am %1</translation>
    </message>
</context>
<context>
    <name>OpenReferralFormat</name>
    <message>
        <source>Mondays</source>
        <translation>Dyddiau Llun</translation>
    </message>
    <message>
        <source>Tuesdays</source>
        <translation>Dyddiau Mawrth</translation>
    </message>
    <message>
        <source>Wednesdays</source>
        <translation>Dyddiau Mercher</translation>
    </message>
    <message>
        <source>Thursdays</source>
        <translation>Dyddiau Iau</translation>
    </message>
    <message>
        <source>Fridays</source>
        <translation>Dyddiau Gwener</translation>
    </message>
    <message>
        <source>Saturdays</source>
        <translation>Dyddiau Sadwrn</translation>
    </message>
    <message>
        <source>Sundays</source>
        <translation>Dyddiau Sul</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>dydd Llun</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dydd Mawrth</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>dydd Mercher</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>dydd Iau</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>dydd Gwener</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>dydd Sadwrn</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dydd Sul</translation>
    </message>
    <message>
        <source>first</source>
        <translation>cyntaf</translation>
    </message>
    <message>
        <source>second</source>
        <translation>ail</translation>
    </message>
    <message>
        <source>third</source>
        <translation>trydydd</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>pedwerydd</translation>
    </message>
    <message>
        <source>the last %1 of the month</source>
        <extracomment>In a schedule: %1 is a day of the week (&quot;Monday&quot;).</extracomment>
        <translation>y %1 olaf o&apos;r mis</translation>
    </message>
    <message>
        <source>the %1 %2 of the month</source>
        <extracomment>In a schedule: %1 is &quot;first&quot;, &quot;second&quot;…, %2 a day of the week (&quot;Monday&quot;).</extracomment>
        <translation>y %2 %1 o&apos;r mis</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>Opening times in a schedule: %1 opens, %2 closes (&quot;10:00 to 12:00&quot;).</extracomment>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>o %1</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist.</source>
        <translation>Methu ysgrifennu %1: nid yw&apos;r ffolder %2 yn bodoli.</translation>
    </message>
    <message>
        <source>Could not write %1: it is a folder.</source>
        <translation>Methu ysgrifennu %1: ffolder yw hwn.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Methu ysgrifennu %1: %2.</translation>
    </message>
    <message>
        <source>This is not an Open Referral file: it is not JSON (%1 at character %2).</source>
        <translation>Nid ffeil Open Referral yw hon: nid JSON yw hi (%1 wrth nod %2).</translation>
    </message>
    <message>
        <source>This is not an Open Referral file: it holds no services (a page with &quot;content&quot;, or a list of services).</source>
        <translation>Nid ffeil Open Referral yw hon: nid oes gwasanaethau ynddi (tudalen gyda &quot;content&quot;, neu restr o wasanaethau).</translation>
    </message>
    <message>
        <source>Service %1 of the file is not a service; nothing was imported.</source>
        <translation>Nid gwasanaeth yw gwasanaeth %1 y ffeil; ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>Service %1 of the file has no %2; every service needs an id and a name, so nothing was imported.</source>
        <translation>Nid oes %2 gan wasanaeth %1 y ffeil; mae angen id ac enw ar bob gwasanaeth, felly ni fewnforiwyd dim.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Nid oes ffeil %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>Nid ffeil yw %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a directory (over 64 MB).</source>
        <translation>Mae %1 yn rhy fawr i fod yn gyfeiriadur (dros 64 MB).</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Methu darllen %1: %2.</translation>
    </message>
</context>
<context>
    <name>OpenReferralImport</name>
    <message>
        <source>The file has this service twice; only the first is imported.</source>
        <translation>Mae&apos;r gwasanaeth hwn yn y ffeil ddwywaith; dim ond y cyntaf sy&apos;n cael ei fewnforio.</translation>
    </message>
    <message>
        <source>The file has nothing new for the directory.</source>
        <translation>Nid oes dim byd newydd yn y ffeil ar gyfer y cyfeiriadur.</translation>
    </message>
    <message numerus="yes">
        <source>import %n service(s) from Open Referral</source>
        <extracomment>The name of an undoable step: %n is the number of resources added or changed.</extracomment>
        <translation>
            <numerusform>mewnforio %n gwasanaeth o Open Referral</numerusform>
            <numerusform>mewnforio %n gwasanaeth o Open Referral</numerusform>
            <numerusform>mewnforio %n gwasanaeth o Open Referral</numerusform>
            <numerusform>mewnforio %n gwasanaeth o Open Referral</numerusform>
            <numerusform>mewnforio %n gwasanaeth o Open Referral</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomeRepository</name>
    <message>
        <source>Say what changed, in the person&apos;s own words where you can.</source>
        <translation>Dywedwch beth newidiodd, yng ngeiriau&apos;r person ei hun lle gallwch.</translation>
    </message>
    <message>
        <source>Give the date it changed.</source>
        <translation>Rhowch y dyddiad y newidiodd.</translation>
    </message>
    <message>
        <source>%1 has not come yet: an outcome is something that has happened.</source>
        <translation>Nid yw %1 wedi dod eto: mae canlyniad yn rhywbeth sydd wedi digwydd.</translation>
    </message>
    <message>
        <source>Choose at least one kind of change.</source>
        <translation>Dewiswch o leiaf un math o newid.</translation>
    </message>
    <message>
        <source>Internal error: %1 is not a kind of change.</source>
        <translation>Gwall mewnol: nid yw %1 yn fath o newid.</translation>
    </message>
    <message>
        <source>One of the goals or connections it relates to is no longer on this laptop.</source>
        <translation>Nid yw un o&apos;r nodau neu&apos;r cysylltiadau y mae&apos;n ymwneud â nhw ar y gliniadur hwn mwyach.</translation>
    </message>
    <message>
        <source>add an outcome story for %1</source>
        <translation>ychwanegu stori canlyniad i %1</translation>
    </message>
    <message>
        <source>That outcome story is no longer on this laptop.</source>
        <translation>Nid yw&apos;r stori canlyniad honno ar y gliniadur hwn mwyach.</translation>
    </message>
    <message>
        <source>edit an outcome story for %1</source>
        <translation>golygu stori canlyniad i %1</translation>
    </message>
    <message>
        <source>remove an outcome story for %1</source>
        <translation>tynnu stori canlyniad i %1</translation>
    </message>
    <message>
        <source>Internal error: an outcome story needs a person.</source>
        <translation>Gwall mewnol: mae stori canlyniad angen person.</translation>
    </message>
</context>
<context>
    <name>PagePrinter</name>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation>Nid oedd modd agor yr argraffydd na&apos;r ffeil.</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Argraffwyd %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Methu ysgrifennu %1: %2.</translation>
    </message>
</context>
<context>
    <name>PeopleImport</name>
    <message>
        <source>Could not read the people on this laptop to look for duplicates.</source>
        <translation>Methu darllen y bobl ar y gliniadur hwn i chwilio am ddyblygion.</translation>
    </message>
    <message>
        <source>Row %1 has problems to put right in the file first.</source>
        <translation>Mae gan res %1 broblemau i&apos;w cywiro yn y ffeil yn gyntaf.</translation>
    </message>
    <message>
        <source>Row %1 matches nobody on this laptop to fill in.</source>
        <translation>Nid yw rhes %1 yn cyfateb i neb ar y gliniadur hwn i&apos;w llenwi.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rhes %1: %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Rhes %1, %2: %3</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Tebygol</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Posibl</translation>
    </message>
    <message>
        <source>%1: row %2 of this file (%3)</source>
        <translation>%1: rhes %2 y ffeil hon (%3)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>import %n people from %1</source>
        <translation>
            <numerusform>mewnforio %n o bobl o %1</numerusform>
            <numerusform>mewnforio %n o bobl o %1</numerusform>
            <numerusform>mewnforio %n o bobl o %1</numerusform>
            <numerusform>mewnforio %n o bobl o %1</numerusform>
            <numerusform>mewnforio %n o bobl o %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleMapping</name>
    <message>
        <source>Full name</source>
        <translation>Enw llawn</translation>
    </message>
    <message>
        <source>Could not open the mapping %1: %2.</source>
        <translation>Methu agor y dewisiadau colofnau %1: %2.</translation>
    </message>
    <message>
        <source>The mapping %1 is not a JSON object of column names and fields.</source>
        <translation>Nid yw&apos;r dewisiadau colofnau %1 yn wrthrych JSON o enwau colofnau a meysydd.</translation>
    </message>
    <message>
        <source>The mapping names a field Alongside does not have: %1.</source>
        <translation>Mae&apos;r dewisiadau colofnau yn enwi maes nad yw gan Alongside: %1.</translation>
    </message>
    <message>
        <source>Could not save the mapping to %1: %2.</source>
        <translation>Methu cadw&apos;r dewisiadau colofnau i %1: %2.</translation>
    </message>
    <message>
        <source>Choose the column with the person&apos;s name: first name, family name or full name.</source>
        <translation>Dewiswch y golofn gydag enw&apos;r person: enw cyntaf, cyfenw neu enw llawn.</translation>
    </message>
    <message>
        <source>Both “%1” and “%2” go into %3; choose one.</source>
        <translation>Mae “%1” a “%2” ill dau&apos;n mynd i %3; dewiswch un.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as day/month/year, for example 31/01/1950.</source>
        <translation>Nid dyddiad yw “%1”; ysgrifennwch ef fel diwrnod/mis/blwyddyn, er enghraifft 31/01/1950.</translation>
    </message>
    <message>
        <source>“%1” is not a level; use 1 (light touch) or 2 (walking alongside).</source>
        <translation>Nid lefel yw “%1”; defnyddiwch 1 (cyffyrddiad ysgafn) neu 2 (cerdded ochr yn ochr).</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>Nid yw “%1” yn un o: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a number of months.</source>
        <translation>Nid nifer o fisoedd yw “%1”.</translation>
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message>
        <source>This person is no longer on this laptop.</source>
        <translation>Nid yw&apos;r person hwn ar y gliniadur hwn bellach.</translation>
    </message>
    <message>
        <source>One of these people is no longer on this laptop; nobody was erased.</source>
        <translation>Nid yw un o&apos;r bobl hyn ar y gliniadur hwn mwyach; ni ddilëwyd neb.</translation>
    </message>
    <message>
        <source>Nobody was erased: the audit trail could not record it.</source>
        <translation>Ni ddilëwyd neb: ni allai&apos;r trywydd archwilio ei gofnodi.</translation>
    </message>
    <message>
        <source>Could not erase: %1.</source>
        <translation>Methu dileu: %1.</translation>
    </message>
</context>
<context>
    <name>PersonValidator</name>
    <message>
        <source>Give at least a first name or a family name.</source>
        <translation>Rhowch o leiaf enw cyntaf neu gyfenw.</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>%1: nid yw hwn yn ddyddiad go iawn.</translation>
    </message>
    <message>
        <source>%1 is before 1900: check the year.</source>
        <translation>%1: mae&apos;r dyddiad cyn 1900, felly gwiriwch y flwyddyn.</translation>
    </message>
    <message>
        <source>%1 is in the future: check the date.</source>
        <translation>%1: mae&apos;r dyddiad yn y dyfodol, felly gwiriwch ef.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Introduced on</source>
        <translation>Dyddiad cyflwyno</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Dyddiad caniatâd</translation>
    </message>
    <message>
        <source>Archive date</source>
        <translation>Dyddiad archifo</translation>
    </message>
    <message>
        <source>The e-mail address should look like name@example.org.</source>
        <translation>Dylai&apos;r cyfeiriad e-bost edrych fel enw@example.org.</translation>
    </message>
    <message>
        <source>The postcode should look like a UK postcode, for example CF10 1AA.</source>
        <translation>Dylai&apos;r cod post edrych fel cod post yn y DU, er enghraifft CF10 1AA.</translation>
    </message>
    <message>
        <source>Choose a level: light touch or walking alongside.</source>
        <translation>Dewiswch lefel: cyffyrddiad ysgafn neu gerdded ochr yn ochr.</translation>
    </message>
    <message>
        <source>Choose a stage from the list.</source>
        <translation>Dewiswch gam o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Choose who introduced the person from the list.</source>
        <translation>Dewiswch o&apos;r rhestr pwy gyflwynodd y person.</translation>
    </message>
    <message>
        <source>Reviews can be every 1 to 24 months.</source>
        <translation>Gall adolygiadau fod bob 1 i 24 mis.</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>My plan</source>
        <translation>Fy nghynllun</translation>
    </message>
    <message>
        <source>My vision</source>
        <translation>Fy ngweledigaeth</translation>
    </message>
    <message>
        <source>What a good life looks like for me: still to be written together.</source>
        <translation>Sut olwg sydd ar fywyd da i mi: i&apos;w ysgrifennu gyda&apos;n gilydd eto.</translation>
    </message>
    <message>
        <source>About me</source>
        <translation>Amdanaf i</translation>
    </message>
    <message>
        <source>My goals</source>
        <translation>Fy nodau</translation>
    </message>
    <message>
        <source>My circle of support</source>
        <translation>Fy nghylch cefnogaeth</translation>
    </message>
    <message>
        <source>My community connections</source>
        <translation>Fy nghysylltiadau cymunedol</translation>
    </message>
    <message>
        <source>My next review</source>
        <translation>Fy adolygiad nesaf</translation>
    </message>
    <message>
        <source>We will look at this plan together again by %1.</source>
        <translation>Byddwn yn edrych ar y cynllun hwn gyda&apos;n gilydd eto erbyn %1.</translation>
    </message>
    <message>
        <source>We will agree together when to look at this plan again.</source>
        <translation>Byddwn yn cytuno gyda&apos;n gilydd pryd i edrych ar y cynllun hwn eto.</translation>
    </message>
    <message>
        <source>My Local Area Coordinator</source>
        <translation>Fy Nghydlynydd Ardal Leol</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Enw:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Ffôn:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-bost:</translation>
    </message>
    <message>
        <source>Your coordinator will write their details here.</source>
        <translation>Bydd eich cydlynydd yn ysgrifennu ei fanylion yma.</translation>
    </message>
    <message>
        <source>Still to write together.</source>
        <translation>I&apos;w ysgrifennu gyda&apos;n gilydd eto.</translation>
    </message>
    <message>
        <source>No goals written down yet.</source>
        <translation>Dim nodau wedi&apos;u hysgrifennu eto.</translation>
    </message>
    <message>
        <source>Why it matters: %1</source>
        <translation>Pam mae&apos;n bwysig: %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>erbyn %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 o %n cam wedi&apos;u gwneud</numerusform>
            <numerusform>%1 o %n cam wedi&apos;u gwneud</numerusform>
            <numerusform>%1 o %n cam wedi&apos;u gwneud</numerusform>
            <numerusform>%1 o %n cam wedi&apos;u gwneud</numerusform>
            <numerusform>%1 o %n cam wedi&apos;u gwneud</numerusform>
        </translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Wedi&apos;i wneud %1</translation>
    </message>
    <message>
        <source>No steps yet.</source>
        <translation>Dim camau eto.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Nobody written down yet.</source>
        <translation>Neb wedi&apos;i ysgrifennu eto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Who they are to me</source>
        <translation>Pwy ydyn nhw i mi</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cylch</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Dim eto.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>ers %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>How it is going</source>
        <translation>Sut mae&apos;n mynd</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>What I give</source>
        <translation>Beth rwy&apos;n ei roi</translation>
    </message>
    <message>
        <source>Last time we looked at this plan</source>
        <translation>Y tro diwethaf i ni edrych ar y cynllun hwn</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Ar %1.</translation>
    </message>
    <message>
        <source>On %1, with %2.</source>
        <translation>Ar %1, gyda %2.</translation>
    </message>
    <message>
        <source>%1 We agreed: %2</source>
        <translation>%1 Cytunon ni: %2</translation>
    </message>
    <message>
        <source>How I have been feeling</source>
        <translation>Sut rydw i wedi bod yn teimlo</translation>
    </message>
    <message>
        <source>We have not asked the wellbeing questions yet.</source>
        <translation>Nid ydym wedi gofyn y cwestiynau lles eto.</translation>
    </message>
    <message>
        <source>My answers to four questions, from 0 (not at all) to 10 (completely): how satisfied I am with my life, whether the things I do are worthwhile, how happy and how anxious I felt the day before.</source>
        <translation>Fy atebion i bedwar cwestiwn, o 0 (ddim o gwbl) i 10 (yn llwyr): pa mor fodlon ydw i â fy mywyd, a yw&apos;r pethau rydw i&apos;n eu gwneud yn werth chweil, pa mor hapus a pha mor bryderus roeddwn i&apos;n teimlo&apos;r diwrnod cynt.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>%1 — my plan</source>
        <translation>%1 — fy nghynllun</translation>
    </message>
    <message>
        <source>%1 — one-page profile</source>
        <translation>%1 — proffil un dudalen</translation>
    </message>
    <message>
        <source>%1 — person summary</source>
        <translation>%1 — crynodeb am y person</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this laptop.</source>
        <translation>Does dim person â&apos;r rhif adnabod %1 ar y gliniadur hwn.</translation>
    </message>
</context>
<context>
    <name>ProfileDocument</name>
    <message>
        <source>One-page profile</source>
        <translation>Proffil un dudalen</translation>
    </message>
    <message>
        <source>One-page profile · I like to be called %1</source>
        <translation>Proffil un dudalen · Rwy&apos;n hoffi cael fy ngalw&apos;n %1</translation>
    </message>
    <message>
        <source>My one-page profile</source>
        <translation>Fy mhroffil un dudalen</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>Write something first: an empty item is not added.</source>
        <translation>Ysgrifennwch rywbeth yn gyntaf: nid yw eitem wag yn cael ei hychwanegu.</translation>
    </message>
    <message>
        <source>Internal error: %1 is not a section of the profile.</source>
        <translation>Gwall mewnol: nid yw %1 yn adran o&apos;r proffil.</translation>
    </message>
    <message>
        <source>That item is no longer in the profile.</source>
        <translation>Nid yw&apos;r eitem honno yn y proffil mwyach.</translation>
    </message>
    <message>
        <source>An item cannot be empty: remove it instead.</source>
        <translation>Ni all eitem fod yn wag: tynnwch hi yn lle hynny.</translation>
    </message>
    <message>
        <source>That item cannot move there.</source>
        <translation>Ni all yr eitem honno symud yno.</translation>
    </message>
    <message>
        <source>add to %1&apos;s profile</source>
        <translation>ychwanegu at broffil %1</translation>
    </message>
    <message>
        <source>edit %1&apos;s profile</source>
        <translation>golygu proffil %1</translation>
    </message>
    <message>
        <source>reorder %1&apos;s profile</source>
        <translation>aildrefnu proffil %1</translation>
    </message>
    <message>
        <source>remove from %1&apos;s profile</source>
        <translation>dileu o broffil %1</translation>
    </message>
</context>
<context>
    <name>QuarterlyReturn</name>
    <message>
        <source>All people introduced</source>
        <translation>Pawb a gyflwynwyd</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>People introduced, by who introduced them</source>
        <translation>Pobl a gyflwynwyd, yn ôl pwy a&apos;u cyflwynodd</translation>
    </message>
    <message>
        <source>All people being walked alongside</source>
        <translation>Pawb y cerddir ochr yn ochr â nhw</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Cam: %1</translation>
    </message>
    <message>
        <source>People at the end of the quarter, by level and stage</source>
        <translation>Pobl ar ddiwedd y chwarter, yn ôl lefel a cham</translation>
    </message>
    <message>
        <source>First contacts</source>
        <translation>Cysylltiadau cyntaf</translation>
    </message>
    <message>
        <source>Contacts (visits, calls, meetings, messages)</source>
        <translation>Cysylltiadau (ymweliadau, galwadau, cyfarfodydd, negeseuon)</translation>
    </message>
    <message>
        <source>People in contact</source>
        <translation>Pobl mewn cysylltiad</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Another coordinator</source>
        <translation>Cydlynydd arall</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>Oriau: %1</translation>
    </message>
    <message>
        <source>Contact and time</source>
        <translation>Cysylltiad ac amser</translation>
    </message>
    <message>
        <source>All new connections</source>
        <translation>Pob cysylltiad newydd</translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation>Wedi cyrraedd: %1</translation>
    </message>
    <message>
        <source>New connections, by kind of resource and how far they came</source>
        <translation>Cysylltiadau newydd, yn ôl math o adnodd a pha mor bell y daethant</translation>
    </message>
    <message>
        <source>People giving something</source>
        <translation>Pobl yn rhoi rhywbeth</translation>
    </message>
    <message>
        <source>Contributions: people giving their time, skills or company</source>
        <translation>Cyfraniadau: pobl yn rhoi eu hamser, eu sgiliau neu eu cwmni</translation>
    </message>
    <message>
        <source>Outcome stories</source>
        <translation>Straeon canlyniad</translation>
    </message>
    <message>
        <source>Outcomes, by kind of change</source>
        <translation>Canlyniadau, yn ôl math o newid</translation>
    </message>
    <message>
        <source>People with two measures or more</source>
        <translation>Pobl â dau fesur neu fwy</translation>
    </message>
    <message>
        <source>Mean change: %1</source>
        <translation>Newid cymedrig: %1</translation>
    </message>
    <message>
        <source>Better band: %1</source>
        <translation>Band gwell: %1</translation>
    </message>
    <message>
        <source>Worse band: %1</source>
        <translation>Band gwaeth: %1</translation>
    </message>
    <message>
        <source>Wellbeing change (ONS4), first measure to latest, for people answering this quarter</source>
        <translation>Newid mewn lles (ONS4), o&apos;r mesur cyntaf i&apos;r diweddaraf, i bobl a atebodd y chwarter hwn</translation>
    </message>
    <message>
        <source>Reviews held</source>
        <translation>Adolygiadau a gynhaliwyd</translation>
    </message>
    <message>
        <source>Reviews overdue at the end of the quarter</source>
        <translation>Adolygiadau yn hwyr ar ddiwedd y chwarter</translation>
    </message>
    <message>
        <source>Reviews of plans</source>
        <translation>Adolygiadau o gynlluniau</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 i %3)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>initials, ward</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Local Area Coordination quarterly return, %1: %2</source>
        <translation>Datganiad chwarterol Cydlynu Ardal Leol, %1: %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>Y stori</translation>
    </message>
    <message>
        <source>Likely without</source>
        <translation>Tebygol hebddo</translation>
    </message>
    <message>
        <source>the whole team</source>
        <translation>y tîm cyfan</translation>
    </message>
    <message>
        <source>%1 ward</source>
        <translation>ward %1</translation>
    </message>
    <message>
        <source>%1&apos;s people</source>
        <translation>Pobl %1</translation>
    </message>
    <message>
        <source>%1, in %2 ward</source>
        <translation>%1, yn ward %2</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Table %1</source>
        <extracomment>The name of a sheet or file for a table of a report that has no name of its own.</extracomment>
        <translation>Tabl %1</translation>
    </message>
    <message>
        <source>the table %1 is larger than Excel allows</source>
        <translation>mae&apos;r tabl %1 yn fwy nag y mae Excel yn ei ganiatáu</translation>
    </message>
    <message>
        <source>the sheet %1 could not be added</source>
        <translation>nid oedd modd ychwanegu&apos;r ddalen %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Methu ysgrifennu %1: %2.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>nid yw&apos;r ffolder %1 yn bodoli</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>ffolder ydyw</translation>
    </message>
    <message>
        <source>there is not enough memory</source>
        <translation>nid oes digon o gof</translation>
    </message>
    <message>
        <source>Could not write the tables to %1: it is a file, not a folder.</source>
        <translation>Methu ysgrifennu&apos;r tablau i %1: ffeil ydyw, nid ffolder.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Methu creu&apos;r ffolder %1.</translation>
    </message>
</context>
<context>
    <name>ResourceRepository</name>
    <message>
        <source>Give the resource a name, as people locally would call it.</source>
        <translation>Rhowch enw i&apos;r adnodd, fel y byddai pobl leol yn ei alw.</translation>
    </message>
    <message>
        <source>Choose what kind of resource this is.</source>
        <translation>Dewiswch pa fath o adnodd yw hwn.</translation>
    </message>
    <message>
        <source>%1 does not look like an e-mail address.</source>
        <translation>Nid yw %1 yn edrych fel cyfeiriad e-bost.</translation>
    </message>
    <message>
        <source>%1 is not a real date.</source>
        <translation>Nid yw %1 yn ddyddiad go iawn.</translation>
    </message>
    <message>
        <source>That resource is no longer on this laptop.</source>
        <translation>Nid yw&apos;r adnodd hwnnw ar y gliniadur hwn mwyach.</translation>
    </message>
    <message>
        <source>add %1 to the directory</source>
        <translation>ychwanegu %1 at y cyfeiriadur</translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>golygu %1</translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation>adfer %1</translation>
    </message>
    <message>
        <source>archive %1</source>
        <translation>archifo %1</translation>
    </message>
</context>
<context>
    <name>RetentionRepository</name>
    <message>
        <source>Keep records between 1 and %1 years after archiving.</source>
        <translation>Cadwch gofnodion rhwng 1 a %1 o flynyddoedd ar ôl archifo.</translation>
    </message>
</context>
<context>
    <name>ReturnDocument</name>
    <message>
        <source>Quarterly return</source>
        <translation>Datganiad chwarterol</translation>
    </message>
    <message>
        <source>Local Area Coordination: %1. Each table gives this quarter, the quarter before and the same quarter a year before.</source>
        <translation>Cydlynu Ardal Leol: %1. Mae pob tabl yn rhoi&apos;r chwarter hwn, y chwarter cynt a&apos;r un chwarter flwyddyn ynghynt.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Straeon</translation>
    </message>
    <message>
        <source>Who and when</source>
        <translation>Pwy a phryd</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <source>Likely without</source>
        <translation>Tebygol hebddo</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <source>Give the date the review was done.</source>
        <translation>Rhowch y dyddiad y cafodd yr adolygiad ei wneud.</translation>
    </message>
    <message>
        <source>This person is no longer on this laptop.</source>
        <translation>Nid yw&apos;r person hwn ar y gliniadur hwn bellach.</translation>
    </message>
    <message>
        <source>Could not record the review: %1</source>
        <translation>Methu cofnodi&apos;r adolygiad: %1</translation>
    </message>
    <message>
        <source>mark %1&apos;s review done</source>
        <translation>nodi bod adolygiad %1 wedi&apos;i wneud</translation>
    </message>
</context>
<context>
    <name>SearchRepository</name>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Nod</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>One-page profile</source>
        <translation>Proffil un dudalen</translation>
    </message>
    <message>
        <source>Circle of support</source>
        <translation>Cylch cefnogaeth</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Cysylltiad</translation>
    </message>
</context>
<context>
    <name>SiteRepository</name>
    <message>
        <source>Give the coordinator&apos;s name.</source>
        <translation>Rhowch enw&apos;r cydlynydd.</translation>
    </message>
    <message>
        <source>Give this laptop a name, so teammates can tell its sync files apart.</source>
        <translation>Rhowch enw i&apos;r gliniadur hwn, fel bod aelodau&apos;r tîm yn gallu adnabod ei ffeiliau cysoni.</translation>
    </message>
    <message>
        <source>This database is already set up.</source>
        <translation>Mae&apos;r gronfa ddata hon wedi&apos;i gosod eisoes.</translation>
    </message>
    <message>
        <source>Could not set up this laptop: %1.</source>
        <translation>Methu gosod y gliniadur hwn: %1.</translation>
    </message>
    <message>
        <source>Could not set up this laptop.</source>
        <translation>Methu gosod y gliniadur hwn.</translation>
    </message>
    <message>
        <source>Could not set up this laptop: %1</source>
        <translation>Methu gosod y gliniadur hwn: %1</translation>
    </message>
    <message>
        <source>Give your name as people know you.</source>
        <translation>Rhowch eich enw fel mae pobl yn eich adnabod.</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Methu ysgrifennu %1: %2.</translation>
    </message>
    <message>
        <source>There is no person with the id %1 on this laptop.</source>
        <translation>Nid oes person â&apos;r dynodydd %1 ar y gliniadur hwn.</translation>
    </message>
    <message>
        <source>Could not read the records: %1</source>
        <translation>Methu darllen y cofnodion: %1</translation>
    </message>
    <message>
        <source>Everything Alongside holds about %1, written on %2.

</source>
        <translation>Popeth y mae Alongside yn ei gadw am %1, wedi&apos;i ysgrifennu ar %2.

</translation>
    </message>
    <message>
        <source>BEFORE YOU RELEASE ANY OF THIS: the notes are as the coordinators wrote them and may name other people. names-to-review.csv lists, for each note, the people in the circle of support and other people known to Alongside named in it. Read every note and remove what is about someone else before anything is given to the person.

</source>
        <translation>CYN RHYDDHAU DIM O HYN: mae&apos;r nodiadau fel yr ysgrifennodd y cydlynwyr nhw a gallant enwi pobl eraill. Mae names-to-review.csv yn rhestru, ar gyfer pob nodyn, y bobl yn y cylch cymorth a phobl eraill sy&apos;n hysbys i Alongside a enwir ynddo. Darllenwch bob nodyn a thynnwch yr hyn sydd am rywun arall cyn rhoi unrhyw beth i&apos;r person.

</translation>
    </message>
    <message>
        <source>The files:
</source>
        <translation>Y ffeiliau:
</translation>
    </message>
    <message>
        <source>- person.json: every record, for a computer to read (the format is described in Alongside&apos;s docs/subject-access.md).
</source>
        <translation>- person.json: pob cofnod, i gyfrifiadur ei ddarllen (disgrifir y fformat yn docs/subject-access.md Alongside).
</translation>
    </message>
    <message>
        <source>- csv/: the same records as spreadsheets, one file per kind of record:
</source>
        <translation>- csv/: yr un cofnodion fel taenlenni, un ffeil ar gyfer pob math o gofnod:
</translation>
    </message>
    <message>
        <source>who opened, printed or exported their records on this laptop, and when</source>
        <translation>pwy agorodd, argraffodd neu allforiodd eu cofnodion ar y gliniadur hwn, a phryd</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
            <numerusform>%n rhes</numerusform>
        </translation>
    </message>
    <message>
        <source>- names-to-review.csv: the names found in notes, to review before release.
</source>
        <translation>- names-to-review.csv: yr enwau a ganfuwyd mewn nodiadau, i&apos;w hadolygu cyn eu rhyddhau.
</translation>
    </message>
    <message>
        <source>
Rows with a removed_at date were removed by a coordinator but are still held (so that a change can be undone and reach every laptop); they are included because they are held.
</source>
        <translation>
Cafodd rhesi â dyddiad removed_at eu tynnu gan gydlynydd ond maent yn dal i gael eu cadw (fel y gellir dadwneud newid a&apos;i fod yn cyrraedd pob gliniadur); maent wedi&apos;u cynnwys am eu bod yn cael eu cadw.
</translation>
    </message>
    <message>
        <source>Could not make the folder %1.</source>
        <translation>Methu gwneud y ffolder %1.</translation>
    </message>
    <message>
        <source>- everything.pdf: all of it to read and print: every detail, consent, the plan, the circle of support, connections, reviews, wellbeing, outcomes, every note in full, and who used the record on this laptop.
</source>
        <translation>- everything.pdf: y cyfan i&apos;w ddarllen a&apos;i argraffu: pob manylyn, caniatâd, y cynllun, y cylch cefnogaeth, cysylltiadau, adolygiadau, lles, canlyniadau, pob nodyn yn llawn, a phwy a ddefnyddiodd y cofnod ar y gliniadur hwn.
</translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>Person summary</source>
        <translation>Crynodeb am y person</translation>
    </message>
    <message>
        <source>Confidential. For handing over within the team; keep it safe and destroy it when done.</source>
        <translation>Cyfrinachol. Ar gyfer trosglwyddo o fewn y tîm; cadwch ef yn ddiogel a&apos;i ddinistrio wedyn.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Pronouns:</source>
        <translation>Rhagenwau:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Dyddiad geni:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Ffôn:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-bost:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Cyfeiriad:</translation>
    </message>
    <message>
        <source>Ward:</source>
        <translation>Ward:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Cam:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Lefel:</translation>
    </message>
    <message>
        <source>Introduced on:</source>
        <translation>Cyflwynwyd ar:</translation>
    </message>
    <message>
        <source>Introduced by:</source>
        <translation>Cyflwynwyd gan:</translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation>Cydlynydd:</translation>
    </message>
    <message>
        <source>Reviews:</source>
        <translation>Adolygiadau:</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>bob %n mis</numerusform>
            <numerusform>bob %n mis</numerusform>
            <numerusform>bob %n mis</numerusform>
            <numerusform>bob %n mis</numerusform>
            <numerusform>bob %n mis</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Adolygiad nesaf:</translation>
    </message>
    <message>
        <source>Archived:</source>
        <translation>Archifwyd:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Gweledigaeth</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Heb ei hysgrifennu eto.</translation>
    </message>
    <message>
        <source>One-page profile</source>
        <translation>Proffil un dudalen</translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation>Nodau a chamau</translation>
    </message>
    <message>
        <source>Circle of support</source>
        <translation>Cylch cefnogaeth</translation>
    </message>
    <message>
        <source>Community connections</source>
        <translation>Cysylltiadau cymunedol</translation>
    </message>
    <message>
        <source>Most recent notes</source>
        <translation>Y nodiadau diweddaraf</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Dim nodiadau eto.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
    <message>
        <source>Confidential — personal information</source>
        <translation>Cyfrinachol — gwybodaeth bersonol</translation>
    </message>
    <message>
        <source>No consent to keep records is recorded.</source>
        <translation>Nid oes caniatâd i gadw cofnodion wedi&apos;i gofnodi.</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Caniatâd:</translation>
    </message>
</context>
<context>
    <name>SupporterRepository</name>
    <message>
        <source>closest family and friends</source>
        <translation>y teulu a&apos;r ffrindiau agosaf</translation>
    </message>
    <message>
        <source>friends and relatives</source>
        <translation>ffrindiau a pherthnasau</translation>
    </message>
    <message>
        <source>clubs, neighbours, work, faith</source>
        <translation>clybiau, cymdogion, gwaith, ffydd</translation>
    </message>
    <message>
        <source>paid people</source>
        <translation>pobl gyflogedig</translation>
    </message>
    <message>
        <source>Give the supporter&apos;s name, or how the person refers to them.</source>
        <translation>Rhowch enw&apos;r cefnogwr, neu sut mae&apos;r person yn cyfeirio ato.</translation>
    </message>
    <message>
        <source>Choose one of the four circles.</source>
        <translation>Dewiswch un o&apos;r pedwar cylch.</translation>
    </message>
    <message>
        <source>That supporter is no longer on this laptop.</source>
        <translation>Nid yw&apos;r cefnogwr hwnnw ar y gliniadur hwn mwyach.</translation>
    </message>
    <message>
        <source>add %1 to %2&apos;s circle</source>
        <translation>ychwanegu %1 at gylch %2</translation>
    </message>
    <message>
        <source>edit %1 in %2&apos;s circle</source>
        <translation>golygu %1 yng nghylch %2</translation>
    </message>
    <message>
        <source>remove %1 from %2&apos;s circle</source>
        <translation>dileu %1 o gylch %2</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>Set up this laptop first: give the coordinator&apos;s name and the laptop&apos;s name.</source>
        <translation>Gosodwch y gliniadur hwn yn gyntaf: rhowch enw&apos;r cydlynydd ac enw&apos;r gliniadur.</translation>
    </message>
    <message>
        <source>This laptop is already in the team %1.</source>
        <translation>Mae&apos;r gliniadur hwn yn y tîm %1 eisoes.</translation>
    </message>
    <message>
        <source>Give the team a name, for example the name of your area.</source>
        <translation>Rhowch enw i&apos;r tîm, er enghraifft enw eich ardal.</translation>
    </message>
    <message>
        <source>This laptop does not have enough free memory to protect the team&apos;s files; close other programs and try again.</source>
        <translation>Nid oes gan y gliniadur hwn ddigon o gof rhydd i ddiogelu ffeiliau&apos;r tîm; caewch raglenni eraill a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Could not save the team: %1.</source>
        <translation>Methu cadw&apos;r tîm: %1.</translation>
    </message>
    <message>
        <source>Enter the team passphrase.</source>
        <translation>Rhowch gyfrinymadrodd y tîm.</translation>
    </message>
    <message>
        <source>That is not the passphrase of the team %1: check it with your team and try again.</source>
        <translation>Nid dyna gyfrinymadrodd y tîm %1: gwiriwch ef gyda&apos;ch tîm a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This laptop is not in a team yet: set up a team, or join one by importing a teammate&apos;s full export, before exporting.</source>
        <translation>Nid yw&apos;r gliniadur hwn mewn tîm eto: sefydlwch dîm, neu ymunwch ag un drwy fewnforio allforiad llawn gan aelod o&apos;r tîm, cyn allforio.</translation>
    </message>
    <message>
        <source>Enter the team passphrase before exporting.</source>
        <translation>Rhowch gyfrinymadrodd y tîm cyn allforio.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist: choose another folder.</source>
        <translation>Nid yw&apos;r ffolder %1 yn bodoli: dewiswch ffolder arall.</translation>
    </message>
    <message>
        <source>Could not read this laptop&apos;s records.</source>
        <translation>Methu darllen cofnodion y gliniadur hwn.</translation>
    </message>
    <message>
        <source>Could not read this laptop&apos;s records: %1.</source>
        <translation>Methu darllen cofnodion y gliniadur hwn: %1.</translation>
    </message>
    <message>
        <source>Could not write the sync file in %1: %2. Nothing was exported; check there is space and try again.</source>
        <translation>Methu ysgrifennu&apos;r ffeil gysoni yn %1: %2. Does dim wedi&apos;i allforio; gwiriwch fod lle ar gael a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Could not record the export, so the file was removed: %1.</source>
        <translation>Methu cofnodi&apos;r allforio, felly cafodd y ffeil ei dileu: %1.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2.</source>
        <translation>Ni chafodd %1 ei mewnforio: %2.</translation>
    </message>
    <message>
        <source>it cannot be read here; check that it is still there and that you may open it</source>
        <translation>nid oes modd ei darllen yma; gwiriwch ei bod yno o hyd a bod gennych hawl i&apos;w hagor</translation>
    </message>
    <message>
        <source>it is not an Alongside sync file (it may be empty, or another kind of file)</source>
        <translation>nid yw&apos;n ffeil gysoni Alongside (gall fod yn wag, neu&apos;n fath arall o ffeil)</translation>
    </message>
    <message>
        <source>it was made by a newer version of Alongside; update Alongside on this laptop, then import it again</source>
        <translation>cafodd ei chreu gan fersiwn fwy newydd o Alongside; diweddarwch Alongside ar y gliniadur hwn, yna mewnforiwch hi eto</translation>
    </message>
    <message>
        <source>its protection settings are outside what Alongside accepts, so it is damaged or not from your team; ask for it to be exported again</source>
        <translation>mae ei gosodiadau diogelu y tu hwnt i&apos;r hyn y mae Alongside yn ei dderbyn, felly mae wedi&apos;i difrodi neu nid yw&apos;n dod o&apos;ch tîm; gofynnwch am iddi gael ei hallforio eto</translation>
    </message>
    <message>
        <source>it does not open with your team&apos;s key, so it is damaged; ask for it to be exported again</source>
        <translation>nid yw&apos;n agor gydag allwedd eich tîm, felly mae wedi&apos;i difrodi; gofynnwch am iddi gael ei hallforio eto</translation>
    </message>
    <message>
        <source>the passphrase is wrong, or the file is damaged; check the passphrase with your team and try again</source>
        <translation>mae&apos;r cyfrinymadrodd yn anghywir, neu mae&apos;r ffeil wedi&apos;i difrodi; gwiriwch y cyfrinymadrodd gyda&apos;ch tîm a rhowch gynnig arall arni</translation>
    </message>
    <message>
        <source>it is damaged (changed, or only partly copied); ask for it to be exported again</source>
        <translation>mae wedi&apos;i difrodi (wedi&apos;i newid, neu dim ond rhan ohoni wedi&apos;i chopïo); gofynnwch am iddi gael ei hallforio eto</translation>
    </message>
    <message>
        <source>it is incomplete, perhaps still being copied; wait for the copy to finish, or ask for it to be exported again</source>
        <translation>nid yw&apos;n gyflawn, efallai am ei bod yn dal i gael ei chopïo; arhoswch i&apos;r copïo orffen, neu gofynnwch am iddi gael ei hallforio eto</translation>
    </message>
    <message>
        <source>%1 was already imported or was written here: nothing changed.</source>
        <translation>Roedd %1 wedi&apos;i mewnforio eisoes, neu cafodd ei hysgrifennu yma: does dim wedi newid.</translation>
    </message>
    <message>
        <source>it comes from another team&apos;s laptops; only files from the team %1 can be imported here</source>
        <translation>mae&apos;n dod o liniaduron tîm arall; dim ond ffeiliau o&apos;r tîm %1 y mae modd eu mewnforio yma</translation>
    </message>
    <message>
        <source>Enter the team passphrase before importing.</source>
        <translation>Rhowch gyfrinymadrodd y tîm cyn mewnforio.</translation>
    </message>
    <message>
        <source>it holds records from a newer version of Alongside; update Alongside on this laptop, then import it again</source>
        <translation>mae&apos;n cynnwys cofnodion o fersiwn fwy newydd o Alongside; diweddarwch Alongside ar y gliniadur hwn, yna mewnforiwch hi eto</translation>
    </message>
    <message>
        <source>%1 was written by this laptop: nothing to import.</source>
        <translation>Cafodd %1 ei hysgrifennu gan y gliniadur hwn: does dim i&apos;w fewnforio.</translation>
    </message>
    <message>
        <source>its changes are dated more than a day ahead of this laptop&apos;s clock; check the date and time on %1 and on this laptop, then export again</source>
        <translation>mae ei newidiadau wedi&apos;u dyddio fwy na diwrnod o flaen cloc y gliniadur hwn; gwiriwch y dyddiad a&apos;r amser ar %1 ac ar y gliniadur hwn, yna allforiwch eto</translation>
    </message>
    <message>
        <source>it could not be merged (%1), so nothing was changed; try again, and keep the file if it happens again</source>
        <translation>nid oedd modd ei chyfuno (%1), felly does dim wedi newid; rhowch gynnig arall arni, a chadwch y ffeil os bydd yn digwydd eto</translation>
    </message>
    <message>
        <source>the team could not be saved</source>
        <translation>nid oedd modd cadw&apos;r tîm</translation>
    </message>
    <message>
        <source>Some files from %1 (%2) have not arrived: changes %3 to %4 are missing. A full export from that laptop will fill the gap.</source>
        <translation>Nid yw rhai ffeiliau o %1 (%2) wedi cyrraedd: mae newidiadau %3 i %4 ar goll. Bydd allforiad llawn o&apos;r gliniadur hwnnw yn llenwi&apos;r bwlch.</translation>
    </message>
    <message>
        <source>the import could not be recorded</source>
        <translation>nid oedd modd cofnodi&apos;r mewnforio</translation>
    </message>
    <message>
        <source>the passphrase is not the team&apos;s; check it with your team and try again</source>
        <translation>nid cyfrinymadrodd y tîm yw hwn; gwiriwch ef gyda&apos;ch tîm a rhowch gynnig arall arni</translation>
    </message>
    <message>
        <source>while it was being read, this laptop joined the team %1 elsewhere; import it again to check it against that team</source>
        <translation>tra oedd yn cael ei darllen, ymunodd y gliniadur hwn â&apos;r tîm %1 mewn man arall; mewnforiwch hi eto i&apos;w gwirio yn erbyn y tîm hwnnw</translation>
    </message>
    <message>
        <source>while it was being read, this laptop&apos;s team changed elsewhere; import it again</source>
        <translation>tra oedd yn cael ei darllen, newidiodd tîm y gliniadur hwn mewn man arall; mewnforiwch hi eto</translation>
    </message>
    <message>
        <source>%1, so the whole file was refused and nothing changed; ask for it to be exported again</source>
        <translation>%1, felly gwrthodwyd y ffeil gyfan ac ni newidiodd dim; gofynnwch iddi gael ei hallforio eto</translation>
    </message>
    <message>
        <source>it is not an ordinary file (a folder, a device or a pipe), so it was not read; choose the sync file itself</source>
        <translation>nid yw&apos;n ffeil gyffredin (ffolder, dyfais neu bibell), felly ni chafodd ei darllen; dewiswch y ffeil gysoni ei hun</translation>
    </message>
    <message>
        <source>it is larger than any sync file Alongside writes (over 1 GB), so it was not read; check it is the right file</source>
        <translation>mae&apos;n fwy nag unrhyw ffeil gysoni y mae Alongside yn ei hysgrifennu (dros 1 GB), felly ni chafodd ei darllen; gwiriwch mai dyma&apos;r ffeil gywir</translation>
    </message>
    <message>
        <source>This laptop would not lock the team key in memory, so it could be written to the disk&apos;s swap space; ask whoever looks after the laptop to allow memory locking or to encrypt the disk.</source>
        <translation>Ni fyddai&apos;r gliniadur hwn yn cloi allwedd y tîm yn y cof, felly gallai gael ei hysgrifennu i ofod cyfnewid y ddisg; gofynnwch i bwy bynnag sy&apos;n gofalu am y gliniadur ganiatáu cloi cof neu amgryptio&apos;r ddisg.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Dewiswch ffolder.</translation>
    </message>
    <message>
        <source>%1 holds this laptop&apos;s caseload. Choose another folder for sync files: a shared drive, or a OneDrive, Nextcloud or Syncthing folder.</source>
        <translation>Mae %1 yn dal llwyth achosion y gliniadur hwn. Dewiswch ffolder arall ar gyfer ffeiliau cysoni: gyriant a rennir, neu ffolder OneDrive, Nextcloud neu Syncthing.</translation>
    </message>
    <message>
        <source>%1 is inside the folder that holds this laptop&apos;s caseload (%2). Choose a folder elsewhere for sync files.</source>
        <translation>Mae %1 y tu mewn i&apos;r ffolder sy&apos;n dal llwyth achosion y gliniadur hwn (%2). Dewiswch ffolder mewn man arall ar gyfer ffeiliau cysoni.</translation>
    </message>
    <message>
        <source>%1 holds, further down, the folder with this laptop&apos;s caseload (%2). Choose a folder of its own for sync files.</source>
        <translation>Mae %1 yn cynnwys, yn is i lawr, y ffolder sy&apos;n dal llwyth achosion y gliniadur hwn (%2). Dewiswch ffolder ar wahân ar gyfer ffeiliau cysoni.</translation>
    </message>
    <message>
        <source>The sync folder could not be kept: %1</source>
        <translation>Nid oedd modd cadw&apos;r ffolder cysoni: %1</translation>
    </message>
    <message>
        <source>this laptop is not in a team yet, and joining one takes a teammate&apos;s first or full export; ask a teammate for a full export</source>
        <translation>nid yw&apos;r gliniadur hwn mewn tîm eto, ac mae ymuno ag un yn gofyn am allforiad cyntaf neu allforiad llawn gan aelod o&apos;r tîm; gofynnwch i aelod o&apos;r tîm am allforiad llawn</translation>
    </message>
    <message>
        <source>Could not write what this laptop has seen into %1: %2.</source>
        <translation>Nid oedd modd ysgrifennu yn %1 yr hyn y mae&apos;r gliniadur hwn wedi&apos;i weld: %2.</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Plans, circles and connections</source>
        <translation>Cynlluniau, cylchoedd a chysylltiadau</translation>
    </message>
    <message>
        <source>Community directory</source>
        <translation>Cyfeiriadur cymunedol</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Cydlynwyr</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 newydd</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 wedi&apos;u diweddaru</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Erased at a teammate&apos;s request: %n record(s).</source>
        <translation>
            <numerusform>Wedi&apos;u dileu ar gais aelod o&apos;r tîm: %n cofnod.</numerusform>
            <numerusform>Wedi&apos;u dileu ar gais aelod o&apos;r tîm: %n cofnod.</numerusform>
            <numerusform>Wedi&apos;u dileu ar gais aelod o&apos;r tîm: %n cofnod.</numerusform>
            <numerusform>Wedi&apos;u dileu ar gais aelod o&apos;r tîm: %n cofnod.</numerusform>
            <numerusform>Wedi&apos;u dileu ar gais aelod o&apos;r tîm: %n cofnod.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for records that have not arrived yet.</source>
        <translation>
            <numerusform>%n newid yn aros am gofnodion sydd heb gyrraedd eto.</numerusform>
            <numerusform>%n newid yn aros am gofnodion sydd heb gyrraedd eto.</numerusform>
            <numerusform>%n newid yn aros am gofnodion sydd heb gyrraedd eto.</numerusform>
            <numerusform>%n newid yn aros am gofnodion sydd heb gyrraedd eto.</numerusform>
            <numerusform>%n newid yn aros am gofnodion sydd heb gyrraedd eto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new from your team.</source>
        <translation>Dim byd newydd gan eich tîm.</translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s) changed on two laptops: choose which to keep below.</source>
        <translation>
            <numerusform>%n manylyn wedi newid ar ddau liniadur: dewiswch isod pa un i&apos;w gadw.</numerusform>
            <numerusform>%n manylyn wedi newid ar ddau liniadur: dewiswch isod pa un i&apos;w gadw.</numerusform>
            <numerusform>%n manylyn wedi newid ar ddau liniadur: dewiswch isod pa un i&apos;w gadw.</numerusform>
            <numerusform>%n manylyn wedi newid ar ddau liniadur: dewiswch isod pa un i&apos;w gadw.</numerusform>
            <numerusform>%n manylyn wedi newid ar ddau liniadur: dewiswch isod pa un i&apos;w gadw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>Team settings</source>
        <translation>Gosodiadau&apos;r tîm</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Removed</source>
        <translation>Wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>cydlynydd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>adnodd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Gwefan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Open Referral identifier</source>
        <translation>Dynodydd Open Referral</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Dyddiad archifo</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Enw dewisol</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Rhagenwau</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Introduced on</source>
        <translation>Dyddiad cyflwyno</translation>
    </message>
    <message>
        <source>Introduced by</source>
        <translation>Cyflwynwyd gan</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Cydlynydd</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Dyddiad caniatâd</translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation>Nodyn caniatâd</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Gweledigaeth</translation>
    </message>
    <message>
        <source>Review every (months)</source>
        <translation>Adolygu bob (mis)</translation>
    </message>
    <message>
        <source>Reason for archiving</source>
        <translation>Rheswm dros archifo</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>nod</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Nod</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Pam mae&apos;n bwysig</translation>
    </message>
    <message>
        <source>Goal status</source>
        <translation>Statws y nod</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Dyddiad targed</translation>
    </message>
    <message>
        <source>Achieved on</source>
        <translation>Cyflawnwyd ar</translation>
    </message>
    <message>
        <source>Order of goals</source>
        <translation>Trefn y nodau</translation>
    </message>
    <message>
        <source>step</source>
        <translation>cam</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <source>Order of steps</source>
        <translation>Trefn y camau</translation>
    </message>
    <message>
        <source>profile item</source>
        <translation>eitem proffil</translation>
    </message>
    <message>
        <source>Profile section</source>
        <translation>Adran y proffil</translation>
    </message>
    <message>
        <source>Profile item</source>
        <translation>Eitem proffil</translation>
    </message>
    <message>
        <source>Order of the profile</source>
        <translation>Trefn y proffil</translation>
    </message>
    <message>
        <source>supporter</source>
        <translation>cefnogwr</translation>
    </message>
    <message>
        <source>Supporter&apos;s name</source>
        <translation>Enw&apos;r cefnogwr</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cylch</translation>
    </message>
    <message>
        <source>Supporter&apos;s phone</source>
        <translation>Ffôn y cefnogwr</translation>
    </message>
    <message>
        <source>Supporter&apos;s e-mail</source>
        <translation>E-bost y cefnogwr</translation>
    </message>
    <message>
        <source>Notes about the supporter</source>
        <translation>Nodiadau am y cefnogwr</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>cysylltiad</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Adnodd</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Statws y cysylltiad</translation>
    </message>
    <message>
        <source>Connected since</source>
        <translation>Wedi cysylltu ers</translation>
    </message>
    <message>
        <source>Connection ended on</source>
        <translation>Daeth y cysylltiad i ben ar</translation>
    </message>
    <message>
        <source>Notes about the connection</source>
        <translation>Nodiadau am y cysylltiad</translation>
    </message>
    <message>
        <source>What the person gives</source>
        <translation>Beth mae&apos;r person yn ei roi</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nodyn</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>Math o nodyn</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Ysgrifennwyd gan</translation>
    </message>
    <message>
        <source>wellbeing score</source>
        <translation>sgôr llesiant</translation>
    </message>
    <message>
        <source>Date of the wellbeing scores</source>
        <translation>Dyddiad y sgoriau llesiant</translation>
    </message>
    <message>
        <source>Life satisfaction</source>
        <translation>Bodlonrwydd â bywyd</translation>
    </message>
    <message>
        <source>Worthwhile</source>
        <translation>Gwerth chweil</translation>
    </message>
    <message>
        <source>Happiness</source>
        <translation>Hapusrwydd</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Gorbryder</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>canlyniad</translation>
    </message>
    <message>
        <source>Date of the outcome</source>
        <translation>Dyddiad y canlyniad</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Stori</translation>
    </message>
    <message>
        <source>Likely without coordination</source>
        <translation>Tebygol heb gydlynu</translation>
    </message>
    <message>
        <source>review</source>
        <translation>adolygiad</translation>
    </message>
    <message>
        <source>Review due on</source>
        <translation>Adolygiad yn ddyledus ar</translation>
    </message>
    <message>
        <source>Review done on</source>
        <translation>Adolygiad wedi&apos;i wneud ar</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Beth a gytunwyd</translation>
    </message>
    <message>
        <source>Who answered</source>
        <translation>Pwy atebodd</translation>
    </message>
    <message>
        <source>What changed (categories)</source>
        <translation>Beth newidiodd (categorïau)</translation>
    </message>
    <message>
        <source>Goals and connections it relates to</source>
        <translation>Nodau a chysylltiadau y mae&apos;n ymwneud â nhw</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>caniatâd</translation>
    </message>
    <message>
        <source>What the consent is for</source>
        <translation>Diben y caniatâd</translation>
    </message>
    <message>
        <source>Who may be contacted</source>
        <translation>Pwy y gellir cysylltu â nhw</translation>
    </message>
    <message>
        <source>Consent given or refused</source>
        <translation>Caniatâd wedi&apos;i roi neu ei wrthod</translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation>Dyddiad y caniatâd</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Sut y rhoddwyd caniatâd</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Caniatâd wedi&apos;i roi gan</translation>
    </message>
    <message>
        <source>Consent recorded by</source>
        <translation>Caniatâd wedi&apos;i gofnodi gan</translation>
    </message>
    <message>
        <source>Consent withdrawn on</source>
        <translation>Caniatâd wedi&apos;i dynnu&apos;n ôl ar</translation>
    </message>
    <message>
        <source>Why consent was withdrawn</source>
        <translation>Pam y tynnwyd caniatâd yn ôl</translation>
    </message>
    <message>
        <source>team setting</source>
        <translation>gosodiad tîm</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Gosodiad</translation>
    </message>
</context>
<context>
    <name>TeamKey</name>
    <message>
        <source>Weak: add a word or two more.</source>
        <translation>Gwan: ychwanegwch air neu ddau arall.</translation>
    </message>
    <message>
        <source>Good. A few more words would make it strong.</source>
        <translation>Da. Byddai ychydig mwy o eiriau yn ei wneud yn gryf.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Cryf.</translation>
    </message>
    <message>
        <source>it is mostly a common word, name or password</source>
        <translation>gair, enw neu gyfrinair cyffredin ydyw gan fwyaf</translation>
    </message>
    <message>
        <source>it repeats the same characters</source>
        <translation>mae&apos;n ailadrodd yr un nodau</translation>
    </message>
    <message>
        <source>it follows a sequence such as abc or 123</source>
        <translation>mae&apos;n dilyn dilyniant fel abc neu 123</translation>
    </message>
    <message>
        <source>it follows keys next to each other on the keyboard</source>
        <translation>mae&apos;n dilyn bysellau sydd nesaf at ei gilydd ar y bysellfwrdd</translation>
    </message>
    <message>
        <source>it is mostly a date or a year</source>
        <translation>dyddiad neu flwyddyn ydyw gan fwyaf</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>mae&apos;n rhy fyr</translation>
    </message>
    <message>
        <source>Too weak (%1): use four or more unrelated words.</source>
        <translation>Rhy wan (%1): defnyddiwch bedwar gair neu fwy nad ydynt yn perthyn.</translation>
    </message>
</context>
<context>
    <name>Vocabularies</name>
    <message>
        <source>Introduced</source>
        <translation>Wedi&apos;i gyflwyno</translation>
    </message>
    <message>
        <source>Getting to know</source>
        <translation>Dod i adnabod</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Gweledigaeth</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Cynllunio</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Cysylltu</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <source>Stepped back</source>
        <translation>Wedi camu&apos;n ôl</translation>
    </message>
    <message>
        <source>Light touch</source>
        <translation>Cyffyrddiad ysgafn</translation>
    </message>
    <message>
        <source>Walking alongside</source>
        <translation>Cerdded ochr yn ochr</translation>
    </message>
    <message>
        <source>Themselves</source>
        <translation>Nhw eu hunain</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Teulu</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Cymuned</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Meddyg teulu</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Heddlu</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Tai</translation>
    </message>
    <message>
        <source>Adult social care</source>
        <translation>Gofal cymdeithasol i oedolion</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Iechyd meddwl</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Intimacy</source>
        <translation>Agosatrwydd</translation>
    </message>
    <message>
        <source>Friendship</source>
        <translation>Cyfeillgarwch</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Cyfranogiad</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Cyfnewid</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grŵp</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Timebank</source>
        <translation>Banc amser</translation>
    </message>
    <message>
        <source>Shared Lives</source>
        <translation>Cysylltu Bywydau (Shared Lives)</translation>
    </message>
    <message>
        <source>Homeshare</source>
        <translation>Rhannu Cartref (Homeshare)</translation>
    </message>
    <message>
        <source>Community enterprise</source>
        <translation>Menter gymunedol</translation>
    </message>
    <message>
        <source>Volunteering</source>
        <translation>Gwirfoddoli</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Dysgu</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Cyflogaeth</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Awgrymwyd</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Wedi cysylltu</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>Yn cyfrannu</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Wedi dod i ben</translation>
    </message>
    <message>
        <source>What people appreciate about me</source>
        <translation>Beth mae pobl yn ei werthfawrogi amdana i</translation>
    </message>
    <message>
        <source>What&apos;s important to me</source>
        <translation>Beth sy&apos;n bwysig i mi</translation>
    </message>
    <message>
        <source>How best to support me</source>
        <translation>Y ffordd orau o fy nghefnogi</translation>
    </message>
    <message>
        <source>Thinking about it</source>
        <translation>Wrthi&apos;n meddwl amdano</translation>
    </message>
    <message>
        <source>Working on it</source>
        <translation>Wrthi&apos;n gweithio arno</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Wedi&apos;i gyflawni</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wedi&apos;i oedi</translation>
    </message>
    <message>
        <source>Let go</source>
        <translation>Wedi&apos;i ollwng</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cyfarfod</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Housing kept</source>
        <translation>Cartref wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Crisis avoided</source>
        <translation>Argyfwng wedi&apos;i osgoi</translation>
    </message>
    <message>
        <source>New friendship</source>
        <translation>Cyfeillgarwch newydd</translation>
    </message>
    <message>
        <source>Volunteering or work</source>
        <translation>Gwirfoddoli neu waith</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Arian</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>Contribution to the community</source>
        <translation>Cyfraniad i&apos;r gymuned</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>Y person</translation>
    </message>
    <message>
        <source>With help</source>
        <translation>Gyda help</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Keeping records</source>
        <translation>Cadw cofnodion</translation>
    </message>
    <message>
        <source>Sharing with the team</source>
        <translation>Rhannu gyda&apos;r tîm</translation>
    </message>
    <message>
        <source>Contacting someone named</source>
        <translation>Cysylltu â rhywun a enwir</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Wedi&apos;i roi</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>Verbally</source>
        <translation>Ar lafar</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Yn ysgrifenedig</translation>
    </message>
    <message>
        <source>Easy-read form</source>
        <translation>Ffurflen hawdd ei darllen</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>Ffordd arall</translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <source>Overall, how satisfied are you with your life nowadays?</source>
        <translation>Yn gyffredinol, pa mor fodlon ydych chi ar eich bywyd y dyddiau hyn?</translation>
    </message>
    <message>
        <source>Overall, to what extent do you feel that the things you do in your life are worthwhile?</source>
        <translation>Yn gyffredinol, i ba raddau ydych chi&apos;n teimlo bod y pethau rydych chi&apos;n eu gwneud yn eich bywyd yn werth chweil?</translation>
    </message>
    <message>
        <source>Overall, how happy did you feel yesterday?</source>
        <translation>Yn gyffredinol, pa mor hapus oeddech chi&apos;n teimlo ddoe?</translation>
    </message>
    <message>
        <source>Overall, how anxious did you feel yesterday?</source>
        <translation>Yn gyffredinol, pa mor bryderus oeddech chi&apos;n teimlo ddoe?</translation>
    </message>
    <message>
        <source>Life satisfaction</source>
        <translation>Bodlonrwydd</translation>
    </message>
    <message>
        <source>Worthwhile</source>
        <translation>Gwerth chweil</translation>
    </message>
    <message>
        <source>Happiness</source>
        <translation>Hapusrwydd</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Gorbryder</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>isel iawn</translation>
    </message>
    <message>
        <source>low</source>
        <translation>isel</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>canolig</translation>
    </message>
    <message>
        <source>high</source>
        <translation>uchel</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>uchel iawn</translation>
    </message>
</context>
<context>
    <name>WellbeingRepository</name>
    <message>
        <source>Give the date the questions were asked.</source>
        <translation>Rhowch y dyddiad y gofynnwyd y cwestiynau.</translation>
    </message>
    <message>
        <source>The questions cannot have been asked on %1: that date has not come yet.</source>
        <translation>Ni allai&apos;r cwestiynau fod wedi&apos;u gofyn ar %1: nid yw&apos;r dyddiad hwnnw wedi dod eto.</translation>
    </message>
    <message>
        <source>Each answer is a number from 0 to 10.</source>
        <translation>Mae pob ateb yn rhif o 0 i 10.</translation>
    </message>
    <message>
        <source>Answer at least one of the four questions, or leave the measure out.</source>
        <translation>Atebwch o leiaf un o&apos;r pedwar cwestiwn, neu gadewch y mesur allan.</translation>
    </message>
    <message>
        <source>Internal error: %1 is not a way of answering.</source>
        <translation>Gwall mewnol: nid yw %1 yn ffordd o ateb.</translation>
    </message>
    <message>
        <source>add %1&apos;s wellbeing answers</source>
        <translation>ychwanegu atebion lles %1</translation>
    </message>
    <message>
        <source>Those wellbeing answers are no longer on this laptop.</source>
        <translation>Nid yw&apos;r atebion lles hynny ar y gliniadur hwn mwyach.</translation>
    </message>
    <message>
        <source>edit %1&apos;s wellbeing answers</source>
        <translation>golygu atebion lles %1</translation>
    </message>
    <message>
        <source>remove %1&apos;s wellbeing answers</source>
        <translation>tynnu atebion lles %1</translation>
    </message>
    <message>
        <source>Internal error: wellbeing answers need a person.</source>
        <translation>Gwall mewnol: mae atebion lles angen person.</translation>
    </message>
</context>
<context>
    <name>alongside::AboutForm</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Enw cyntaf:</translation>
    </message>
    <message>
        <source>Fa&amp;mily name:</source>
        <translation>C&amp;yfenw:</translation>
    </message>
    <message>
        <source>&amp;Preferred name:</source>
        <translation>Enw dewi&amp;sol:</translation>
    </message>
    <message>
        <source>What the person likes to be called.</source>
        <translation>Yr enw y mae&apos;r person yn hoffi i bobl ei ddefnyddio.</translation>
    </message>
    <message>
        <source>P&amp;ronouns:</source>
        <translation>Rhagenwa&amp;u:</translation>
    </message>
    <message>
        <source>for example she/her</source>
        <translation>er enghraifft hi/ei</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Dyddiad gen&amp;i:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>R&amp;hif ffôn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Cyfei&amp;riad:</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>Cod &amp;post:</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Ward:</translation>
    </message>
    <message>
        <source>Walking alongside</source>
        <translation>Cerdded ochr yn ochr</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>Ca&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Lefel:</translation>
    </message>
    <message>
        <source>&amp;Introduced on:</source>
        <translation>Dyddiad cyflwyn&amp;o:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Introduced &amp;by:</source>
        <translation>Cyflwynwyd ga&amp;n:</translation>
    </message>
    <message>
        <source>No regular review</source>
        <translation>Dim adolygiad rheolaidd</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mis</translation>
    </message>
    <message>
        <source>Re&amp;view every:</source>
        <translation>Adolygu &amp;bob:</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>dydd/mis/blwyddyn</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date. Type it as day/month/year, for example 23/11/1985.</source>
        <extracomment>%1 is a field name such as &quot;Date of birth&quot;, %2 what was typed</extracomment>
        <translation>%1: nid yw “%2” yn ddyddiad. Teipiwch y dyddiad fel dydd/mis/blwyddyn, er enghraifft 23/11/1985.</translation>
    </message>
    <message>
        <source>The next review falls this many months after the last one held. File ▸ Update bank holidays… can move reviews that fall on a weekend or bank holiday to the next working day.</source>
        <translation>Mae&apos;r adolygiad nesaf yn disgyn hyn o fisoedd ar ôl yr un diwethaf a gynhaliwyd. Gall Ffeil ▸ Diweddaru gwyliau banc… symud adolygiadau sy&apos;n disgyn ar benwythnos neu ŵyl banc i&apos;r diwrnod gwaith nesaf.</translation>
    </message>
</context>
<context>
    <name>alongside::AboutTab</name>
    <message>
        <source>&amp;Save changes</source>
        <translation>Cadw &amp;newidiadau</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Dychwelyd</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Cadw&apos;r newidiadau (Ctrl+S)</translation>
    </message>
    <message>
        <source>Changes that were not saved last time are back. Save them, or Revert to drop them.</source>
        <translation>Mae&apos;r newidiadau na chawsant eu cadw y tro diwethaf yn ôl. Cadwch nhw, neu dewiswch Dychwelyd i gael gwared arnyn nhw.</translation>
    </message>
    <message>
        <source>Archived on %1: %2</source>
        <translation>Wedi&apos;i archifo ar %1: %2</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>dim rheswm wedi&apos;i roi</translation>
    </message>
    <message>
        <source>&amp;Unarchive…</source>
        <translation>Dad-&amp;archifo…</translation>
    </message>
    <message>
        <source>&amp;Archive…</source>
        <translation>&amp;Archifo…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi cadw.</translation>
    </message>
    <message>
        <source>Remove this person and everything about them from every laptop in the team</source>
        <translation>Tynnu&apos;r person hwn a phopeth amdanyn nhw oddi ar bob gliniadur yn y tîm</translation>
    </message>
    <message>
        <source>edit %1&apos;s details</source>
        <translation>golygu manylion %1</translation>
    </message>
    <message>
        <source>unarchive %1</source>
        <translation>dad-archifo %1</translation>
    </message>
    <message>
        <source>archive %1</source>
        <translation>archifo %1</translation>
    </message>
    <message>
        <source>E&amp;rase…</source>
        <comment>erase a person permanently</comment>
        <translation>D&amp;ileu…</translation>
    </message>
    <message>
        <source>Saved the changes to %1&apos;s details; Undo on their page takes them back.</source>
        <translation>Wedi cadw&apos;r newidiadau i fanylion %1; mae Dadwneud ar eu tudalen yn eu tynnu&apos;n ôl.</translation>
    </message>
    <message>
        <source>The changes to %1&apos;s details were not saved: %2 They are kept for when you go back.</source>
        <translation>Ni chadwyd y newidiadau i fanylion %1: %2 Maen nhw&apos;n cael eu cadw ar gyfer pan ewch yn ôl.</translation>
    </message>
    <message>
        <source>Ever&amp;ything held…</source>
        <translation>Popeth a gedwir…</translation>
    </message>
    <message>
        <source>Everything we hold about this person, for a subject access request: every record as JSON and CSV, with a README, in a folder you choose</source>
        <translation>Popeth a gadwn am y person hwn, ar gyfer cais am fynediad at ddata: pob cofnod fel JSON a CSV, gyda README, mewn ffolder o&apos;ch dewis</translation>
    </message>
    <message>
        <source>Where to put everything held about %1</source>
        <translation>Ble i roi popeth a gedwir am %1</translation>
    </message>
    <message>
        <source>Subject access %1 %2</source>
        <translation>Mynediad at ddata %1 %2</translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2.</source>
        <translation>Ysgrifennwyd popeth a gedwir am %1 i %2.</translation>
    </message>
    <message>
        <source>Wrote everything held about %1 to %2. Notes name other people: review names-to-review.csv before release.</source>
        <translation>Ysgrifennwyd popeth a gedwir am %1 i %2. Mae nodiadau&apos;n enwi pobl eraill: adolygwch names-to-review.csv cyn ei ryddhau.</translation>
    </message>
</context>
<context>
    <name>alongside::ArchiveDialog</name>
    <message>
        <source>Archive %1</source>
        <translation>Archifo %1</translation>
    </message>
    <message>
        <source>Archiving moves %1 out of the current list. Nothing is deleted, and you can unarchive at any time.</source>
        <translation>Mae archifo yn symud %1 allan o&apos;r rhestr gyfredol. Does dim yn cael ei ddileu, a gallwch ddad-archifo unrhyw bryd.</translation>
    </message>
    <message>
        <source>Doing well; no longer needs support</source>
        <translation>Yn gwneud yn dda; dim angen cefnogaeth mwyach</translation>
    </message>
    <message>
        <source>Moved away from the area</source>
        <translation>Wedi symud o&apos;r ardal</translation>
    </message>
    <message>
        <source>Chose to stop meeting</source>
        <translation>Wedi dewis peidio â chyfarfod mwyach</translation>
    </message>
    <message>
        <source>Moved into residential care</source>
        <translation>Wedi symud i ofal preswyl</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>Wedi marw</translation>
    </message>
    <message>
        <source>Choose or type a reason</source>
        <translation>Dewiswch neu deipiwch reswm</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>O&apos;r &amp;dyddiad:</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archifo</translation>
    </message>
</context>
<context>
    <name>alongside::AuditLog</name>
    <message>
        <source>Opened or unlocked the caseload</source>
        <translation>Agor neu ddatgloi&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>Opened a person&apos;s record</source>
        <translation>Agor cofnod person</translation>
    </message>
    <message>
        <source>Printed or saved a plan as PDF</source>
        <translation>Argraffu neu gadw cynllun fel PDF</translation>
    </message>
    <message>
        <source>Exported a sync file</source>
        <translation>Allforio ffeil cysoni</translation>
    </message>
    <message>
        <source>Imported sync files</source>
        <translation>Mewnforio ffeiliau cysoni</translation>
    </message>
    <message>
        <source>Erased a person</source>
        <translation>Dileu person yn llwyr</translation>
    </message>
    <message>
        <source>Made the quarterly return</source>
        <translation>Llunio&apos;r datganiad chwarterol</translation>
    </message>
    <message>
        <source>Wrote out everything held about a person</source>
        <translation>Ysgrifennu popeth a gedwir am berson</translation>
    </message>
    <message>
        <source>Changed the caseload&apos;s passphrase</source>
        <translation>Newid cyfrinymadrodd y llwyth achosion</translation>
    </message>
    <message>
        <source>Imported people from a spreadsheet</source>
        <translation>Mewnforio pobl o daenlen</translation>
    </message>
    <message>
        <source>Exported a calendar</source>
        <translation>Allforio calendr</translation>
    </message>
    <message>
        <source>Exported the audit trail</source>
        <translation>Allforio&apos;r trywydd archwilio</translation>
    </message>
    <message>
        <source>Found the caseload copied from another laptop</source>
        <translation>Canfod bod y llwyth achosion wedi&apos;i gopïo o liniadur arall</translation>
    </message>
    <message>
        <source>Could not add to the audit trail (%1): %2.</source>
        <translation>Methu ychwanegu at y trywydd archwilio (%1): %2.</translation>
    </message>
    <message>
        <source>Keep the audit trail for between 1 and 120 months.</source>
        <translation>Cadwch y trywydd archwilio am rhwng 1 a 120 mis.</translation>
    </message>
    <message>
        <source>Could not save how long the audit trail is kept: %1.</source>
        <translation>Methu cadw pa mor hir y cedwir y trywydd archwilio: %1.</translation>
    </message>
    <message>
        <source>Could not remove old entries from the audit trail: %1.</source>
        <translation>Methu tynnu hen gofnodion o&apos;r trywydd archwilio: %1.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Trywydd archwilio</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Pryd (UTC)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Cydlynydd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Person&apos;s id</source>
        <translation>Dynodydd y person</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
</context>
<context>
    <name>alongside::AuditModel</name>
    <message>
        <source>(not on this laptop) %1</source>
        <extracomment>In the audit trail: a person no longer on this laptop (erased), by their id.</extracomment>
        <translation>(nid ar y gliniadur hwn) %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Cydlynydd</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
</context>
<context>
    <name>alongside::AutoSync</name>
    <message>
        <source>Sync before you quit?</source>
        <translation>Cysoni cyn gadael?</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this laptop are not in the sync folder yet. Sync now, so your team has them?</source>
        <translation>
            <numerusform>Nid yw %n newid ar y gliniadur hwn yn y ffolder cysoni eto. Cysoni nawr, er mwyn i&apos;ch tîm eu cael?</numerusform>
            <numerusform>Nid yw %n newid ar y gliniadur hwn yn y ffolder cysoni eto. Cysoni nawr, er mwyn i&apos;ch tîm eu cael?</numerusform>
            <numerusform>Nid yw %n newid ar y gliniadur hwn yn y ffolder cysoni eto. Cysoni nawr, er mwyn i&apos;ch tîm eu cael?</numerusform>
            <numerusform>Nid yw %n newid ar y gliniadur hwn yn y ffolder cysoni eto. Cysoni nawr, er mwyn i&apos;ch tîm eu cael?</numerusform>
            <numerusform>Nid yw %n newid ar y gliniadur hwn yn y ffolder cysoni eto. Cysoni nawr, er mwyn i&apos;ch tîm eu cael?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync and quit</source>
        <translation>&amp;Cysoni a gadael</translation>
    </message>
    <message>
        <source>&amp;Quit without syncing</source>
        <translation>&amp;Gadael heb gysoni</translation>
    </message>
</context>
<context>
    <name>alongside::BankHolidaysDialog</name>
    <message>
        <source>&amp;Move reviews that fall on a weekend or bank holiday to the next working day</source>
        <translation>&amp;Symud adolygiadau sy&apos;n disgyn ar benwythnos neu ŵyl banc i&apos;r diwrnod gwaith nesaf</translation>
    </message>
    <message>
        <source>&amp;Import a newer list…</source>
        <translation>&amp;Mewnforio rhestr fwy diweddar…</translation>
    </message>
    <message>
        <source>Use the &amp;built-in list</source>
        <translation>Defnyddio&apos;r rhestr &amp;adeiledig</translation>
    </message>
    <message>
        <source>Bank holidays</source>
        <translation>Gwyliau banc</translation>
    </message>
    <message>
        <source>Reviews and plan steps due on a weekend or a bank holiday are marked as such. The bank holidays come from GOV.UK&apos;s list; import a newer copy of it when GOV.UK adds a year or a new bank holiday is proclaimed.</source>
        <translation>Mae adolygiadau a chamau cynllun sy&apos;n ddyledus ar benwythnos neu ŵyl banc wedi&apos;u nodi felly. Daw&apos;r gwyliau banc o restr GOV.UK; mewnforiwch gopi mwy diweddar ohoni pan fydd GOV.UK yn ychwanegu blwyddyn neu pan gyhoeddir gŵyl banc newydd.</translation>
    </message>
    <message>
        <source>Bank holidays of</source>
        <translation>Gwyliau banc</translation>
    </message>
    <message>
        <source>Which nation&apos;s bank holidays apply on this laptop</source>
        <translation>Gwyliau banc pa genedl sy&apos;n berthnasol ar y gliniadur hwn</translation>
    </message>
    <message>
        <source>The list in use</source>
        <translation>Y rhestr sy&apos;n cael ei defnyddio</translation>
    </message>
    <message>
        <source>Bank holidays in other years are estimated from the usual rules, and marked “estimated” wherever they are shown.</source>
        <translation>Mae gwyliau banc mewn blynyddoedd eraill wedi&apos;u hamcangyfrif o&apos;r rheolau arferol, ac wedi&apos;u nodi&apos;n “amcangyfrif” lle bynnag y&apos;u dangosir.</translation>
    </message>
    <message>
        <source>Contains public sector information licensed under the Open Government Licence v3.0.</source>
        <translation>Yn cynnwys gwybodaeth y sector cyhoeddus a drwyddedir o dan y Drwydded Llywodraeth Agored v3.0.</translation>
    </message>
    <message>
        <source>Import a newer list of bank holidays</source>
        <translation>Mewnforio rhestr fwy diweddar o wyliau banc</translation>
    </message>
    <message>
        <source>Choose a copy of bank-holidays.json downloaded from www.gov.uk/bank-holidays.json</source>
        <translation>Dewiswch gopi o bank-holidays.json wedi&apos;i lawrlwytho o www.gov.uk/bank-holidays.json</translation>
    </message>
    <message>
        <source>Use the list of bank holidays built into Alongside</source>
        <translation>Defnyddio&apos;r rhestr o wyliau banc sydd wedi&apos;i hadeiladu i mewn i Alongside</translation>
    </message>
    <message>
        <source>&amp;Nation:</source>
        <translation>&amp;Gwlad:</translation>
    </message>
    <message>
        <source>List in use:</source>
        <translation>Rhestr mewn defnydd:</translation>
    </message>
    <message>
        <source>Built into Alongside: GOV.UK&apos;s list for %1 to %2.</source>
        <translation>Wedi&apos;i hadeiladu i mewn i Alongside: rhestr GOV.UK ar gyfer %1 i %2.</translation>
    </message>
    <message>
        <source>From %1: GOV.UK&apos;s list for %2 to %3, used once you save.</source>
        <translation>O %1: rhestr GOV.UK ar gyfer %2 i %3, i&apos;w defnyddio ar ôl i chi gadw.</translation>
    </message>
    <message>
        <source>Imported on %1: GOV.UK&apos;s list for %2 to %3.</source>
        <translation>Wedi&apos;i mewnforio ar %1: rhestr GOV.UK ar gyfer %2 i %3.</translation>
    </message>
    <message>
        <source>GOV.UK bank holidays (*.json);;All files (*)</source>
        <translation>Gwyliau banc GOV.UK (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: choose the bank-holidays.json downloaded from www.gov.uk/bank-holidays.json.</source>
        <translation>Nid oedd modd darllen %1: dewiswch y bank-holidays.json a lawrlwythwyd o www.gov.uk/bank-holidays.json.</translation>
    </message>
</context>
<context>
    <name>alongside::CalendarExportDialog</name>
    <message>
        <source>One calendar &amp;file</source>
        <translation>Un &amp;ffeil calendr</translation>
    </message>
    <message>
        <source>A calendar for each &amp;person, in a folder</source>
        <translation>Calendr i bob &amp;person, mewn ffolder</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Allforio calendr</translation>
    </message>
    <message>
        <source>My people, and people with no coordinator yet</source>
        <translation>Fy mhobl i, a phobl heb gydlynydd eto</translation>
    </message>
    <message>
        <source>%1&apos;s people, and people with no coordinator yet</source>
        <extracomment>Whose people&apos;s dates go in the calendar: %1 is a teammate&apos;s name.</extracomment>
        <translation>Pobl %1, a phobl heb gydlynydd eto</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>Whose reviews and steps go in the calendar</source>
        <translation>Adolygiadau a chamau pwy sy&apos;n mynd yn y calendr</translation>
    </message>
    <message>
        <source>Where to save the calendar</source>
        <translation>Ble i gadw&apos;r calendr</translation>
    </message>
    <message>
        <source>Reviews and steps.ics</source>
        <translation>Adolygiadau a chamau.ics</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Dewis…</translation>
    </message>
    <message>
        <source>Choose where to save the calendar</source>
        <translation>Dewiswch ble i gadw&apos;r calendr</translation>
    </message>
    <message>
        <source>Each review, step and goal target becomes an all-day event, marked private. The calendar holds people&apos;s names and the words of their steps and goals, but no notes: keep it where only you can read it. Export again to bring a calendar up to date; the events are updated, not repeated.</source>
        <translation>Mae pob adolygiad, cam a tharged nod yn dod yn ddigwyddiad drwy&apos;r dydd, wedi&apos;i nodi&apos;n breifat. Mae&apos;r calendr yn dal enwau pobl a geiriau eu camau a&apos;u nodau, ond dim nodiadau: cadwch ef lle dim ond chi sy&apos;n gallu ei ddarllen. Allforiwch eto i ddiweddaru calendr; mae&apos;r digwyddiadau&apos;n cael eu diweddaru, nid eu hailadrodd.</translation>
    </message>
    <message>
        <source>Write:</source>
        <translation>Ysgrifennu:</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>&amp;Eiddo pwy:</translation>
    </message>
    <message>
        <source>&amp;Save in:</source>
        <translation>&amp;Cadw yn:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Allforio</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendrau</translation>
    </message>
    <message>
        <source>Folder for the calendars</source>
        <translation>Ffolder ar gyfer y calendrau</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Cadw&apos;r calendr</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendrau (*.ics)</translation>
    </message>
    <message>
        <source>Choose where to save the calendar.</source>
        <translation>Dewiswch ble i gadw&apos;r calendr.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
            <numerusform>%n digwyddiad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 in %n calendar(s) to %2.</source>
        <translation>
            <numerusform>Wedi ysgrifennu %1 mewn %n calendr i %2.</numerusform>
            <numerusform>Wedi ysgrifennu %1 mewn %n calendr i %2.</numerusform>
            <numerusform>Wedi ysgrifennu %1 mewn %n calendr i %2.</numerusform>
            <numerusform>Wedi ysgrifennu %1 mewn %n calendr i %2.</numerusform>
            <numerusform>Wedi ysgrifennu %1 mewn %n calendr i %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>Wedi ysgrifennu %1 i %2.</translation>
    </message>
</context>
<context>
    <name>alongside::ChangesTab</name>
    <message>
        <source>Wellbeing answers</source>
        <translation>Atebion lles</translation>
    </message>
    <message>
        <source>Ask the wellbeing &amp;questions…</source>
        <translation>Gofyn y cwestiynau ll&amp;es…</translation>
    </message>
    <message>
        <source>The four ONS personal wellbeing questions, answered 0–10 (Insert)</source>
        <translation>Pedwar cwestiwn lles personol yr ONS, wedi&apos;u hateb 0–10 (Insert)</translation>
    </message>
    <message>
        <source>E&amp;dit answers…</source>
        <translation>Golygu a&amp;tebion…</translation>
    </message>
    <message>
        <source>Re&amp;move answers</source>
        <translation>Tynnu ate&amp;bion</translation>
    </message>
    <message>
        <source>Outcome stories</source>
        <translation>Straeon canlyniad</translation>
    </message>
    <message>
        <source>Add a &amp;story…</source>
        <translation>Ychwanegu sto&amp;ri…</translation>
    </message>
    <message>
        <source>Something that changed for the person, and what would likely have happened without (Insert)</source>
        <translation>Rhywbeth a newidiodd i&apos;r person, a beth fyddai wedi digwydd fwy na thebyg hebddo (Insert)</translation>
    </message>
    <message>
        <source>Ed&amp;it story…</source>
        <translation>Golygu&apos;r stor&amp;i…</translation>
    </message>
    <message>
        <source>Remo&amp;ve story</source>
        <translation>Tynn&amp;u&apos;r stori</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Lles</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
</context>
<context>
    <name>alongside::CipherDriver</name>
    <message>
        <source>Error opening database</source>
        <translation>Gwall wrth agor y gronfa ddata</translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation>Methu dechrau&apos;r trafodiad</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>Methu cadarnhau&apos;r trafodiad</translation>
    </message>
    <message>
        <source>Unable to roll back transaction</source>
        <translation>Methu dadwneud y trafodiad</translation>
    </message>
</context>
<context>
    <name>alongside::CircleOfSupportTab</name>
    <message>
        <source>Circle of support diagram</source>
        <translation>Diagram y cylch cefnogaeth</translation>
    </message>
    <message>
        <source>Add to the circle</source>
        <translation>Ychwanegu at y cylch</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Cefnogwr</translation>
    </message>
    <message>
        <source>daughter, neighbour, choir friend, support worker…</source>
        <translation>merch, cymydog, ffrind o&apos;r côr, gweithiwr cymorth…</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Perthynas:</translation>
    </message>
    <message>
        <source>&amp;Circle:</source>
        <translation>&amp;Cylch:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;odiadau:</translation>
    </message>
    <message>
        <source>Give the supporter&apos;s name, or how the person refers to them.</source>
        <translation>Rhowch enw&apos;r cefnogwr, neu sut mae&apos;r person yn cyfeirio ato.</translation>
    </message>
    <message>
        <source>Supporters</source>
        <translation>Cefnogwyr</translation>
    </message>
    <message>
        <source>Remove the chosen supporter (Delete)</source>
        <translation>Tynnu&apos;r cefnogwr a ddewiswyd (Delete)</translation>
    </message>
    <message>
        <source>Circle of support</source>
        <translation>Cylch cefnogaeth</translation>
    </message>
    <message>
        <source>Add &amp;someone…</source>
        <translation>Ychwanegu &amp;rhywun…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Go&amp;lygu…</translation>
    </message>
</context>
<context>
    <name>alongside::ConflictsModel</name>
    <message>
        <source>%1 on %2, %3</source>
        <translation>%1 ar %2, %3</translation>
    </message>
    <message>
        <source>you, on this laptop (%1), %2</source>
        <translation>chi, ar y gliniadur hwn (%1), %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eich un chi</translation>
    </message>
    <message>
        <source>%1&apos;s</source>
        <comment>whose value: Anna&apos;s</comment>
        <translation>Un %1</translation>
    </message>
    <message>
        <source>Whose record</source>
        <translation>Cofnod pwy</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylyn</translation>
    </message>
    <message>
        <source>Your teammate&apos;s</source>
        <translation>Un aelod o&apos;r tîm</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Ysgrifennwyd gan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;written by %3%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;ysgrifennwyd gan %3%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · shown now on every laptop</source>
        <translation> · yn cael ei ddangos nawr ar bob gliniadur</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>alongside::ConflictsPane</name>
    <message>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>No conflicts: every value written on two laptops at once has been settled.</source>
        <translation>Dim gwrthdaro: mae pob gwerth a ysgrifennwyd ar ddau liniadur ar yr un pryd wedi&apos;i ddatrys.</translation>
    </message>
    <message>
        <source>Choose a conflict to see both values and who wrote them.</source>
        <translation>Dewiswch wrthdaro i weld y ddau werth a phwy a&apos;u hysgrifennodd.</translation>
    </message>
    <message>
        <source>Conflict not settled</source>
        <translation>Methu datrys y gwrthdaro</translation>
    </message>
    <message>
        <source>Keep &amp;yours</source>
        <translation>Cadw&apos;ch &amp;un chi</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Cadw&apos;u &amp;hun nhw</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <comment>Keep Anna&apos;s</comment>
        <translation>Cadw: %1</translation>
    </message>
    <message>
        <source>Keep this value on every laptop; the other is set aside</source>
        <translation>Cadw&apos;r gwerth hwn ar bob gliniadur; caiff y llall ei roi o&apos;r neilltu</translation>
    </message>
</context>
<context>
    <name>alongside::ConnectionDialog</name>
    <message>
        <source>Connect to a resource</source>
        <translation>Cysylltu ag adnodd</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Cysylltiad</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Teipiwch ran o&apos;r enw</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>diwrnod/mis/blwyddyn</translation>
    </message>
    <message>
        <source>What the person brings: time, a skill, company…</source>
        <translation>Beth mae&apos;r person yn ei gynnig: amser, sgil, cwmni…</translation>
    </message>
    <message>
        <source>&amp;New resource…</source>
        <translation>Adnodd &amp;newydd…</translation>
    </message>
    <message>
        <source>Not in the directory yet? Add it, and it is chosen here.</source>
        <translation>Ddim yn y cyfeiriadur eto? Ychwanegwch ef, a chaiff ei ddewis yma.</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Adnodd:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>&amp;Dechreuodd ar:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>Daeth i &amp;ben ar:</translation>
    </message>
    <message>
        <source>What they &amp;give:</source>
        <translation>Beth maen nhw&apos;n ei &amp;roi:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;odiadau:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Community directory</source>
        <translation>Cyfeiriadur cymunedol</translation>
    </message>
    <message>
        <source>Choose a resource from the directory, or add a new one.</source>
        <translation>Dewiswch adnodd o&apos;r cyfeiriadur, neu ychwanegwch un newydd.</translation>
    </message>
    <message>
        <source>The connection cannot end before it started.</source>
        <translation>Ni all y cysylltiad ddod i ben cyn iddo ddechrau.</translation>
    </message>
</context>
<context>
    <name>alongside::ConnectionsModel</name>
    <message>
        <source>Resource</source>
        <translation>Adnodd</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dyddiadau</translation>
    </message>
    <message>
        <source>What they give</source>
        <translation>Beth maen nhw&apos;n ei roi</translation>
    </message>
    <message>
        <source>(not yet on this laptop)</source>
        <translation>(ddim ar y gliniadur hwn eto)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>ers %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>daeth i ben %1</translation>
    </message>
</context>
<context>
    <name>alongside::ConnectionsTab</name>
    <message>
        <source>Community connections</source>
        <translation>Cysylltiadau cymunedol</translation>
    </message>
    <message>
        <source>Connect to a &amp;resource…</source>
        <translation>Cysylltu ag &amp;adnodd…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove a link made by mistake (Delete). A link that has finished is better marked Ended.</source>
        <translation>Tynnu cysylltiad a wnaed trwy gamgymeriad (Delete). Mae&apos;n well nodi bod cysylltiad sydd wedi gorffen Wedi dod i ben.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No connections yet. Who and what nearby might this person enjoy, or help with?</source>
        <translation>Dim cysylltiadau eto. Pwy a beth gerllaw allai&apos;r person hwn ei fwynhau, neu helpu gydag ef?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gives:&lt;/b&gt; nothing recorded yet. What could this person offer others?</source>
        <translation>&lt;b&gt;Yn rhoi:&lt;/b&gt; dim wedi&apos;i gofnodi eto. Beth allai&apos;r person hwn ei gynnig i eraill?</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gives:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Yn rhoi:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Cysylltiadau</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Go&amp;lygu…</translation>
    </message>
    <message>
        <source>&amp;Open in the directory</source>
        <translation>Agor yn y cyf&amp;eiriadur</translation>
    </message>
</context>
<context>
    <name>alongside::ConsentBox</name>
    <message>
        <source>Consent</source>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>Recor&amp;d consent…</source>
        <translation>Cofnodi cania&amp;tâd…</translation>
    </message>
    <message>
        <source>Mar&amp;k as withdrawn…</source>
        <translation>Nodi ei fod wedi&apos;i dynnu&apos;n ôl…</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Hanes caniatâd</translation>
    </message>
    <message>
        <source>Record that the person gave or refused consent for keeping records, sharing with the team or contacting someone named</source>
        <translation>Cofnodi bod y person wedi rhoi neu wrthod caniatâd i gadw cofnodion, i rannu gyda&apos;r tîm neu i gysylltu â rhywun a enwir</translation>
    </message>
    <message>
        <source>Record that the person withdrew the consent chosen in the history</source>
        <translation>Cofnodi bod y person wedi tynnu&apos;n ôl y caniatâd a ddewiswyd yn yr hanes</translation>
    </message>
    <message>
        <source>No consent to keep records is recorded. Ask the person, and record what they decide.</source>
        <translation>Nid oes caniatâd i gadw cofnodion wedi&apos;i gofnodi. Gofynnwch i&apos;r person, a chofnodwch eu penderfyniad.</translation>
    </message>
</context>
<context>
    <name>alongside::ConsentDialog</name>
    <message>
        <source>&amp;Given</source>
        <translation>Wedi&apos;i &amp;roi</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>Wedi&apos;i w&amp;rthod</translation>
    </message>
    <message>
        <source>Record consent for %1</source>
        <translation>Cofnodi caniatâd %1</translation>
    </message>
    <message>
        <source>Record each decision as the person made it. A new decision does not change an old one: the history is kept, and the newest decision for each purpose is the one that holds.</source>
        <translation>Cofnodwch bob penderfyniad fel y gwnaeth y person ef. Nid yw penderfyniad newydd yn newid hen un: mae&apos;r hanes yn cael ei gadw, a&apos;r penderfyniad diweddaraf ar gyfer pob diben sy&apos;n dal.</translation>
    </message>
    <message>
        <source>for example Dr Patel at Heath Surgery</source>
        <translation>er enghraifft Dr Patel ym Meddygfa&apos;r Waun</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>diwrnod/mis/blwyddyn</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>the person themselves</source>
        <translation>y person ei hun</translation>
    </message>
    <message>
        <source>Leave empty when the person decided. Otherwise name who decided for them and why they may, for example “Their son, lasting power of attorney”.</source>
        <translation>Gadewch yn wag os penderfynodd y person. Fel arall enwch pwy benderfynodd ar eu rhan a pham y cânt wneud hynny, er enghraifft “Eu mab, atwrneiaeth arhosol”.</translation>
    </message>
    <message>
        <source>&amp;What for:</source>
        <translation>&amp;Diben:</translation>
    </message>
    <message>
        <source>Who may be &amp;contacted:</source>
        <translation>Pwy y gellir cysylltu â &amp;nhw:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Caniatâd:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Ar:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Sut:</translation>
    </message>
    <message>
        <source>Given or refused &amp;by:</source>
        <translation>Wedi&apos;i roi neu ei wrthod &amp;gan:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;odyn:</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Caniatâd wedi&apos;i roi</translation>
    </message>
    <message>
        <source>Consent refused</source>
        <translation>Caniatâd wedi&apos;i wrthod</translation>
    </message>
</context>
<context>
    <name>alongside::ConsentModel</name>
    <message>
        <source>Contacting %1</source>
        <translation>Cysylltu â %1</translation>
    </message>
    <message>
        <source>withdrawn %1</source>
        <translation>wedi&apos;i dynnu&apos;n ôl %1</translation>
    </message>
    <message>
        <source>given %1</source>
        <translation>wedi&apos;i roi %1</translation>
    </message>
    <message>
        <source>refused %1</source>
        <translation>wedi&apos;i wrthod %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 what the consent is for, %2 its state, such as &quot;given 3 May 2025&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keeping records: given %1 (recorded before consent by purpose)</source>
        <translation>Cadw cofnodion: wedi&apos;i roi %1 (cofnodwyd cyn caniatâd yn ôl diben)</translation>
    </message>
    <message>
        <source>%1: given %2</source>
        <translation>%1: wedi&apos;i roi %2</translation>
    </message>
    <message>
        <source>%1: refused %2</source>
        <translation>%1: wedi&apos;i wrthod %2</translation>
    </message>
    <message>
        <source>by the person</source>
        <translation>gan y person</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>gan %1</translation>
    </message>
    <message>
        <source>(replaced by a later decision)</source>
        <translation>(penderfyniad diweddarach yn ei le)</translation>
    </message>
    <message>
        <source>(holds now)</source>
        <translation>(yn dal nawr)</translation>
    </message>
    <message>
        <source>(holds now: no consent)</source>
        <translation>(yn dal nawr: dim caniatâd)</translation>
    </message>
    <message>
        <source>Withdrawn %1</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl %1</translation>
    </message>
    <message>
        <source>Withdrawn %1: %2</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl %1: %2</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>Cofnodwyd gan %1</translation>
    </message>
    <message>
        <source>Consent recorded %1, before consent by purpose; it counts as consent to keep records until a decision about keeping records is recorded</source>
        <translation>Caniatâd wedi&apos;i gofnodi %1, cyn caniatâd yn ôl diben; mae&apos;n cyfrif fel caniatâd i gadw cofnodion nes bod penderfyniad am gadw cofnodion wedi&apos;i gofnodi</translation>
    </message>
</context>
<context>
    <name>alongside::DataProtectionPage</name>
    <message>
        <source>Data protection</source>
        <translation>Diogelu data</translation>
    </message>
    <message>
        <source>The audit trail of this laptop: what was done with the records, by whom and about whom. It stays on this laptop (it is never synced) and holds no one&apos;s words, only what kind of thing was done.</source>
        <translation>Trywydd archwilio&apos;r gliniadur hwn: beth a wnaed gyda&apos;r cofnodion, gan bwy ac am bwy. Mae&apos;n aros ar y gliniadur hwn (nid yw byth yn cael ei gysoni) ac nid yw&apos;n dal geiriau neb, dim ond pa fath o beth a wnaed.</translation>
    </message>
    <message>
        <source>A person&apos;s name or id</source>
        <translation>Enw neu ddynodydd person</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Popeth</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Beth:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Show only this kind of entry</source>
        <translation>Dangos y math hwn o gofnod yn unig</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mis</translation>
    </message>
    <message>
        <source>&amp;Keep the audit trail for:</source>
        <translation>Cadw&apos;r &amp;trywydd archwilio am:</translation>
    </message>
    <message>
        <source>Keep the audit trail for</source>
        <translation>Cadw&apos;r trywydd archwilio am</translation>
    </message>
    <message>
        <source>Entries older than this are removed when the caseload opens</source>
        <translation>Caiff cofnodion hŷn na hyn eu tynnu pan fydd y llwyth achosion yn agor</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Trywydd archwilio</translation>
    </message>
    <message numerus="yes">
        <source>The latest %n entries; Export as CSV has every one.</source>
        <translation>
            <numerusform>Y %n cofnod diweddaraf; mae Allforio fel CSV yn cynnwys pob un.</numerusform>
            <numerusform>Y %n cofnod diweddaraf; mae Allforio fel CSV yn cynnwys pob un.</numerusform>
            <numerusform>Y %n cofnod diweddaraf; mae Allforio fel CSV yn cynnwys pob un.</numerusform>
            <numerusform>Y %n cofnod diweddaraf; mae Allforio fel CSV yn cynnwys pob un.</numerusform>
            <numerusform>Y %n cofnod diweddaraf; mae Allforio fel CSV yn cynnwys pob un.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Allforio&apos;r trywydd archwilio</translation>
    </message>
    <message>
        <source>Wrote the audit trail to %1.</source>
        <translation>Wedi ysgrifennu&apos;r trywydd archwilio i %1.</translation>
    </message>
    <message>
        <source>Audit trail.csv</source>
        <translation>Trywydd archwilio.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ffeiliau CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is now kept for %n month(s).</source>
        <translation>
            <numerusform>Caiff y trywydd archwilio ei gadw am %n mis bellach.</numerusform>
            <numerusform>Caiff y trywydd archwilio ei gadw am %n mis bellach.</numerusform>
            <numerusform>Caiff y trywydd archwilio ei gadw am %n mis bellach.</numerusform>
            <numerusform>Caiff y trywydd archwilio ei gadw am %n mis bellach.</numerusform>
            <numerusform>Caiff y trywydd archwilio ei gadw am %n mis bellach.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>A&amp;llforio fel CSV…</translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation>T&amp;rywydd archwilio</translation>
    </message>
    <message>
        <source>Rete&amp;ntion</source>
        <translation>Cadw c&amp;ofnodion</translation>
    </message>
</context>
<context>
    <name>alongside::DirectoryPage</name>
    <message>
        <source>Search the directory: what, when, where or who</source>
        <translation>Chwilio&apos;r cyfeiriadur: beth, pryd, ble neu pwy</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Chwilio&apos;r cyfeiriadur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Pob math</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>Community directory</source>
        <translation>Cyfeiriadur cymunedol</translation>
    </message>
    <message>
        <source>All wards</source>
        <translation>Pob ward</translation>
    </message>
    <message>
        <source>Nothing in the directory matches. Try fewer words, or all kinds and wards.</source>
        <translation>Does dim yn y cyfeiriadur yn cyfateb. Rhowch gynnig ar lai o eiriau, neu bob math a ward.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n adnodd</numerusform>
            <numerusform>%n adnodd</numerusform>
            <numerusform>%n adnodd</numerusform>
            <numerusform>%n adnodd</numerusform>
            <numerusform>%n adnodd</numerusform>
        </translation>
    </message>
    <message>
        <source>Show archi&amp;ved</source>
        <translation>Dangos yr arch&amp;if</translation>
    </message>
    <message>
        <source>&amp;New resource…</source>
        <translation>Adnodd &amp;newydd…</translation>
    </message>
    <message>
        <source>Show only resources of this kind</source>
        <translation>Dangos adnoddau o&apos;r math hwn yn unig</translation>
    </message>
    <message>
        <source>Show only resources in this ward</source>
        <translation>Dangos adnoddau yn y ward hon yn unig</translation>
    </message>
    <message>
        <source>The directory is empty. Add the groups, places and services people can connect with: New resource (Alt+N).</source>
        <translation>Mae&apos;r cyfeiriadur yn wag. Ychwanegwch y grwpiau, y lleoedd a&apos;r gwasanaethau y gall pobl gysylltu â nhw: Adnodd newydd (Alt+N).</translation>
    </message>
</context>
<context>
    <name>alongside::DraftsBanner</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>C&amp;uddio</translation>
    </message>
    <message>
        <source>Hide this list; the unsaved words stay where they are</source>
        <translation>Cuddio&apos;r rhestr hon; mae&apos;r geiriau heb eu cadw yn aros lle maen nhw</translation>
    </message>
    <message>
        <source>details</source>
        <comment>unsaved words waiting in a person&apos;s details</comment>
        <translation>manylion</translation>
    </message>
    <message>
        <source>a note</source>
        <comment>unsaved words waiting in a new note</comment>
        <translation>nodyn</translation>
    </message>
    <message>
        <source>vision</source>
        <comment>unsaved words waiting in a person&apos;s vision</comment>
        <translation>gweledigaeth</translation>
    </message>
    <message>
        <source>Words typed and not yet saved are waiting for: %1. Open each to save it or let it go.</source>
        <translation>Mae geiriau a deipiwyd ond heb eu cadw yn aros am: %1. Agorwch bob un i&apos;w gadw neu i&apos;w ollwng.</translation>
    </message>
</context>
<context>
    <name>alongside::EditProgress</name>
    <message>
        <source>Saving the changes…</source>
        <translation>Wrthi&apos;n cadw&apos;r newidiadau…</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Cadw</translation>
    </message>
</context>
<context>
    <name>alongside::Editor</name>
    <message>
        <source>Could not redo: %1</source>
        <translation>Methu ail-wneud: %1</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>Methu dadwneud: %1</translation>
    </message>
    <message>
        <source>Could not save: %1.</source>
        <translation>Methu cadw: %1.</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation>gliniadur arall</translation>
    </message>
    <message>
        <source>the %1</source>
        <translation>y %1</translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Not undone: %1 was changed since on this laptop.</source>
        <translation>Heb ei ddadwneud: newidiwyd %1 ers hynny ar y gliniadur hwn.</translation>
    </message>
    <message>
        <source>Not redone: %1 was changed since on this laptop.</source>
        <translation>Heb ei ail-wneud: newidiwyd %1 ers hynny ar y gliniadur hwn.</translation>
    </message>
    <message>
        <source>Not undone: %1 was changed on %2 since.</source>
        <translation>Heb ei ddadwneud: newidiwyd %1 ar %2 ers hynny.</translation>
    </message>
    <message>
        <source>Not redone: %1 was changed on %2 since.</source>
        <translation>Heb ei ail-wneud: newidiwyd %1 ar %2 ers hynny.</translation>
    </message>
    <message>
        <source>Not undone: %1 has a value from another laptop to settle on the Sync page first.</source>
        <translation>Heb ei ddadwneud: mae gan %1 werth o liniadur arall i&apos;w setlo ar y dudalen Cysoni yn gyntaf.</translation>
    </message>
    <message>
        <source>Not redone: %1 has a value from another laptop to settle on the Sync page first.</source>
        <translation>Heb ei ail-wneud: mae gan %1 werth o liniadur arall i&apos;w setlo ar y dudalen Cysoni yn gyntaf.</translation>
    </message>
    <message>
        <source>Not undone: %1 is no longer on this laptop.</source>
        <translation>Heb ei ddadwneud: nid yw %1 ar y gliniadur hwn bellach.</translation>
    </message>
    <message>
        <source>Not redone: %1 is no longer on this laptop.</source>
        <translation>Heb ei ail-wneud: nid yw %1 ar y gliniadur hwn bellach.</translation>
    </message>
    <message>
        <source>Not undone: %1 has had more added to it since, so it stays.</source>
        <translation>Heb ei ddadwneud: ychwanegwyd rhagor at %1 ers hynny, felly mae&apos;n aros.</translation>
    </message>
    <message>
        <source>That is no longer on this laptop.</source>
        <translation>Nid yw hwnnw ar y gliniadur hwn bellach.</translation>
    </message>
    <message>
        <source>Internal error: rows of %1 cannot be added and removed.</source>
        <translation>Gwall mewnol: ni ellir ychwanegu a dileu rhesi %1.</translation>
    </message>
</context>
<context>
    <name>alongside::EraseDialog</name>
    <message>
        <source>&amp;Erase permanently</source>
        <translation>&amp;Dileu&apos;n barhaol</translation>
    </message>
    <message>
        <source>Erase %1 permanently</source>
        <translation>Dileu %1 yn barhaol</translation>
    </message>
    <message>
        <source>&lt;p&gt;This removes &lt;b&gt;%1&lt;/b&gt; and everything about them (notes, plans, circle of support) from this laptop, and from every laptop in the team after the next sync. It cannot be undone.&lt;/p&gt;&lt;p&gt;If the record may be needed again, archive it instead.&lt;/p&gt;&lt;p&gt;To erase, type the name &lt;b&gt;%1&lt;/b&gt;:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mae hyn yn tynnu &lt;b&gt;%1&lt;/b&gt; a phopeth amdanyn nhw (nodiadau, cynlluniau, cylch cefnogaeth) oddi ar y gliniadur hwn, ac oddi ar bob gliniadur yn y tîm ar ôl y cysoni nesaf. Does dim modd dadwneud hyn.&lt;/p&gt;&lt;p&gt;Os gallai fod angen y cofnod eto, archifwch ef yn lle hynny.&lt;/p&gt;&lt;p&gt;I ddileu, teipiwch yr enw &lt;b&gt;%1&lt;/b&gt;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name of the person to erase</source>
        <translation>Enw&apos;r person i&apos;w ddileu</translation>
    </message>
    <message>
        <source>Confirmation to type</source>
        <translation>Cadarnhad i&apos;w deipio</translation>
    </message>
    <message>
        <source>Type %1 exactly to erase, or press Esc to keep the records.</source>
        <translation>Teipiwch %1 yn union i ddileu, neu pwyswch Esc i gadw&apos;r cofnodion.</translation>
    </message>
</context>
<context>
    <name>alongside::FirstRunDialog</name>
    <message>
        <source>Welcome to Alongside</source>
        <translation>Croeso i Alongside</translation>
    </message>
    <message>
        <source>Alongside keeps your notes and the plans of the people you walk alongside on this laptop. First, tell it who you are and what this laptop is called.</source>
        <translation>Mae Alongside yn cadw eich nodiadau a chynlluniau&apos;r bobl rydych chi&apos;n cerdded ochr yn ochr â nhw ar y gliniadur hwn. Yn gyntaf, dywedwch pwy ydych chi a beth yw enw&apos;r gliniadur hwn.</translation>
    </message>
    <message>
        <source>for example Sam Jones</source>
        <translation>er enghraifft Sam Jones</translation>
    </message>
    <message>
        <source>Teammates see this name on the sync files this laptop writes.</source>
        <translation>Mae aelodau&apos;r tîm yn gweld yr enw hwn ar y ffeiliau cysoni y mae&apos;r gliniadur hwn yn eu hysgrifennu.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Eich &amp;enw:</translation>
    </message>
    <message>
        <source>This &amp;laptop&apos;s name:</source>
        <translation>Enw&apos;r &amp;gliniadur hwn:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Dechrau</translation>
    </message>
</context>
<context>
    <name>alongside::GoalDialog</name>
    <message>
        <source>New goal</source>
        <translation>Nod newydd</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Cam newydd</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Nod</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>dydd/mis/blwyddyn</translation>
    </message>
    <message>
        <source>In the person&apos;s own words</source>
        <translation>Yng ngeiriau&apos;r person ei hun</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Nod:</translation>
    </message>
    <message>
        <source>&amp;Why it matters:</source>
        <translation>&amp;Pam mae&apos;n bwysig:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statws:</translation>
    </message>
    <message>
        <source>&amp;Target date:</source>
        <translation>&amp;Dyddiad targed:</translation>
    </message>
    <message>
        <source>The person, a supporter, the coordinator…</source>
        <translation>Y person, cefnogwr, y cydlynydd…</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Beth:</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>P&amp;wy:</translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation>Erbyn p&amp;ryd:</translation>
    </message>
    <message>
        <source>Give the goal a title, in the person&apos;s own words.</source>
        <translation>Rhowch deitl i&apos;r nod, yng ngeiriau&apos;r person ei hun.</translation>
    </message>
    <message>
        <source>Say what the step is.</source>
        <translation>Dywedwch beth yw&apos;r cam.</translation>
    </message>
</context>
<context>
    <name>alongside::GoalsModel</name>
    <message>
        <source>Goal and steps</source>
        <translation>Nod a chamau</translation>
    </message>
    <message>
        <source>Status or who</source>
        <translation>Statws neu bwy</translation>
    </message>
    <message>
        <source>Target or by when</source>
        <translation>Targed neu erbyn pryd</translation>
    </message>
    <message>
        <source>Progress or done</source>
        <translation>Cynnydd neu wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>No steps yet</source>
        <translation>Dim camau eto</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 o %n cam wedi&apos;u gwneud</numerusform>
            <numerusform>%1 o %n cam wedi&apos;u gwneud</numerusform>
            <numerusform>%1 o %n cam wedi&apos;u gwneud</numerusform>
            <numerusform>%1 o %n cam wedi&apos;u gwneud</numerusform>
            <numerusform>%1 o %n cam wedi&apos;u gwneud</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — why it matters: %2</source>
        <translation>%1 — pam mae&apos;n bwysig: %2</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Wedi&apos;i wneud %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>alongside::HeldReviewsModel</name>
    <message>
        <source>Held on</source>
        <translation>Cynhaliwyd ar</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Gyda</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Beth a gytunwyd</translation>
    </message>
</context>
<context>
    <name>alongside::HolidaySettings</name>
    <message>
        <source>This list runs to %1 and the one in use already runs to %2: download a fresh copy from www.gov.uk/bank-holidays.json and import that.</source>
        <translation>Mae&apos;r rhestr hon yn mynd hyd at %1 ac mae&apos;r un sy&apos;n cael ei defnyddio eisoes yn mynd hyd at %2: lawrlwythwch gopi newydd o www.gov.uk/bank-holidays.json a mewnforio hwnnw.</translation>
    </message>
    <message>
        <source>The bank holiday settings were not saved: %1</source>
        <translation>Ni chadwyd gosodiadau&apos;r gwyliau banc: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a date and what it falls on: 27/12/2025, Saturday</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>alongside::ImportPeopleDialog</name>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Mewnforio pobl o daenlen</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Dewis ffeil…</translation>
    </message>
    <message>
        <source>Say which field each column of the spreadsheet goes into. Columns left as “Not imported” are ignored.</source>
        <translation>Dywedwch i ba faes y mae pob colofn o&apos;r daenlen yn mynd. Caiff colofnau a adewir fel “Heb ei fewnforio” eu hanwybyddu.</translation>
    </message>
    <message>
        <source>Columns of the spreadsheet</source>
        <translation>Colofnau&apos;r daenlen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Yn mynd i</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Rhesi cyntaf</translation>
    </message>
    <message>
        <source>&amp;Save these choices…</source>
        <translation>&amp;Cadw&apos;r dewisiadau hyn…</translation>
    </message>
    <message>
        <source>&amp;Use saved choices…</source>
        <translation>Defnyddio dewisiadau &amp;wedi&apos;u cadw…</translation>
    </message>
    <message>
        <source>Rows of the spreadsheet</source>
        <translation>Rhesi&apos;r daenlen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>Add the chosen rows as new people</source>
        <translation>Ychwanegu&apos;r rhesi a ddewiswyd fel pobl newydd</translation>
    </message>
    <message>
        <source>&amp;Fill in the person here</source>
        <translation>Ll&amp;enwi&apos;r person sydd yma</translation>
    </message>
    <message>
        <source>Fill the blank fields of the person already here from the chosen rows</source>
        <translation>Llenwi meysydd gwag y person sydd yma eisoes o&apos;r rhesi a ddewiswyd</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Hepgor</translation>
    </message>
    <message>
        <source>Leave the chosen rows out</source>
        <translation>Gadael y rhesi a ddewiswyd allan</translation>
    </message>
    <message>
        <source>For the chosen rows:</source>
        <translation>Ar gyfer y rhesi a ddewiswyd:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Yn ô&amp;l</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Mewnforio pobl</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.txt);;All files (*)</source>
        <translation>Taenlenni wedi&apos;u cadw fel CSV (*.csv *.txt);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>hanner colonau</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabiau</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>comas</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2, separated by %3</source>
        <translation>
            <numerusform>%1: %n rhes, %2, wedi&apos;u gwahanu gan %3</numerusform>
            <numerusform>%1: %n rhes, %2, wedi&apos;u gwahanu gan %3</numerusform>
            <numerusform>%1: %n rhes, %2, wedi&apos;u gwahanu gan %3</numerusform>
            <numerusform>%1: %n rhes, %2, wedi&apos;u gwahanu gan %3</numerusform>
            <numerusform>%1: %n rhes, %2, wedi&apos;u gwahanu gan %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Heb ei fewnforio</translation>
    </message>
    <message>
        <source>Where “%1” goes</source>
        <translation>Ble mae “%1” yn mynd</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Choose one or more rows first.</source>
        <translation>Dewiswch un rhes neu fwy yn gyntaf.</translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n i&apos;w hychwanegu</numerusform>
            <numerusform>%n i&apos;w hychwanegu</numerusform>
            <numerusform>%n i&apos;w hychwanegu</numerusform>
            <numerusform>%n i&apos;w hychwanegu</numerusform>
            <numerusform>%n i&apos;w hychwanegu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fill in</source>
        <translation>
            <numerusform>%n i&apos;w llenwi</numerusform>
            <numerusform>%n i&apos;w llenwi</numerusform>
            <numerusform>%n i&apos;w llenwi</numerusform>
            <numerusform>%n i&apos;w llenwi</numerusform>
            <numerusform>%n i&apos;w llenwi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to skip</source>
        <translation>
            <numerusform>%n i&apos;w hepgor</numerusform>
            <numerusform>%n i&apos;w hepgor</numerusform>
            <numerusform>%n i&apos;w hepgor</numerusform>
            <numerusform>%n i&apos;w hepgor</numerusform>
            <numerusform>%n i&apos;w hepgor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems to put right in the file</source>
        <translation>
            <numerusform>%n rhes gyda phroblemau i&apos;w cywiro yn y ffeil</numerusform>
            <numerusform>%n rhes gyda phroblemau i&apos;w cywiro yn y ffeil</numerusform>
            <numerusform>%n rhes gyda phroblemau i&apos;w cywiro yn y ffeil</numerusform>
            <numerusform>%n rhes gyda phroblemau i&apos;w cywiro yn y ffeil</numerusform>
            <numerusform>%n rhes gyda phroblemau i&apos;w cywiro yn y ffeil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) that may be someone already here</source>
        <translation>
            <numerusform>%n rhes a allai fod yn rhywun sydd yma eisoes</numerusform>
            <numerusform>%n rhes a allai fod yn rhywun sydd yma eisoes</numerusform>
            <numerusform>%n rhes a allai fod yn rhywun sydd yma eisoes</numerusform>
            <numerusform>%n rhes a allai fod yn rhywun sydd yma eisoes</numerusform>
            <numerusform>%n rhes a allai fod yn rhywun sydd yma eisoes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every row is skipped or has nothing new.</source>
        <translation>Dim i&apos;w fewnforio: mae pob rhes wedi&apos;i hepgor neu heb ddim byd newydd.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n people</source>
        <translation>
            <numerusform>Wedi mewnforio %n o bobl</numerusform>
            <numerusform>Wedi mewnforio %n o bobl</numerusform>
            <numerusform>Wedi mewnforio %n o bobl</numerusform>
            <numerusform>Wedi mewnforio %n o bobl</numerusform>
            <numerusform>Wedi mewnforio %n o bobl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>filled in %n</source>
        <translation>
            <numerusform>wedi llenwi %n</numerusform>
            <numerusform>wedi llenwi %n</numerusform>
            <numerusform>wedi llenwi %n</numerusform>
            <numerusform>wedi llenwi %n</numerusform>
            <numerusform>wedi llenwi %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes the import back.</source>
        <translation>Mae Dadwneud (Ctrl+Z) yn tynnu&apos;r mewnforio yn ôl.</translation>
    </message>
    <message>
        <source>Save the column choices</source>
        <translation>Cadw&apos;r dewisiadau colofnau</translation>
    </message>
    <message>
        <source>Column choices (*.json)</source>
        <translation>Dewisiadau colofnau (*.json)</translation>
    </message>
    <message>
        <source>Use saved column choices</source>
        <translation>Defnyddio dewisiadau colofnau wedi&apos;u cadw</translation>
    </message>
    <message>
        <source>Checking the rows and looking for people already here…</source>
        <translation>Wrthi&apos;n gwirio&apos;r rhesi ac yn chwilio am bobl sydd yma eisoes…</translation>
    </message>
</context>
<context>
    <name>alongside::ImportRowsModel</name>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Nothing new for %1</source>
        <translation>Dim byd newydd i %1</translation>
    </message>
    <message numerus="yes">
        <source>Fill in %n field(s) of %1</source>
        <translation>
            <numerusform>Llenwi %n maes i %1</numerusform>
            <numerusform>Llenwi %n maes i %1</numerusform>
            <numerusform>Llenwi %n maes i %1</numerusform>
            <numerusform>Llenwi %n maes i %1</numerusform>
            <numerusform>Llenwi %n maes i %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hepgor</translation>
    </message>
    <message>
        <source>Skip: put it right in the file</source>
        <translation>Hepgor: cywirwch ef yn y ffeil</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Kept as they are on this laptop, though the file differs: %1.</source>
        <translation>Wedi&apos;u cadw fel y maent ar y gliniadur hwn, er bod y ffeil yn wahanol: %1.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>What we found</source>
        <translation>Beth a ganfuwyd</translation>
    </message>
    <message>
        <source>What will happen</source>
        <translation>Beth fydd yn digwydd</translation>
    </message>
</context>
<context>
    <name>alongside::JoinTeamDialog</name>
    <message>
        <source>Join a team</source>
        <translation>Ymuno â thîm</translation>
    </message>
    <message>
        <source>Your team&apos;s files meet in a shared folder (a shared drive, or a OneDrive, Nextcloud or Syncthing folder). Choose that folder, or a file a teammate gave you, then type the team passphrase they told you.</source>
        <translation>Mae ffeiliau&apos;ch tîm yn cyfarfod mewn ffolder a rennir (gyriant a rennir, neu ffolder OneDrive, Nextcloud neu Syncthing). Dewiswch y ffolder honno, neu ffeil a roddodd aelod o&apos;r tîm i chi, yna teipiwch gyfrinymadrodd y tîm a ddywedon nhw wrthych.</translation>
    </message>
    <message>
        <source>the shared folder, or a sync file</source>
        <translation>y ffolder a rennir, neu ffeil gysoni</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Dewis &amp;ffolder…</translation>
    </message>
    <message>
        <source>Choose a fi&amp;le…</source>
        <translation>Dewis ff&amp;eil…</translation>
    </message>
    <message>
        <source>&amp;Team files:</source>
        <translation>Ffeiliau&apos;r &amp;tîm:</translation>
    </message>
    <message>
        <source>Team &amp;passphrase:</source>
        <translation>&amp;Cyfrinymadrodd y tîm:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Ymuno</translation>
    </message>
    <message>
        <source>The folder with your team&apos;s files</source>
        <translation>Y ffolder gyda ffeiliau&apos;ch tîm</translation>
    </message>
    <message>
        <source>A sync file from a teammate</source>
        <translation>Ffeil gysoni gan aelod o&apos;r tîm</translation>
    </message>
    <message>
        <source>Alongside sync files (*%1)</source>
        <translation>Ffeiliau cysoni Alongside (*%1)</translation>
    </message>
    <message>
        <source>Choose where your team&apos;s files are and type the passphrase first</source>
        <translation>Dewiswch ble mae ffeiliau&apos;ch tîm a theipiwch y cyfrinymadrodd yn gyntaf</translation>
    </message>
    <message>
        <source>There are no team files in %1 yet: ask a teammate to press Sync now, or choose a file they gave you.</source>
        <translation>Nid oes ffeiliau tîm yn %1 eto: gofynnwch i aelod o&apos;r tîm bwyso Cysoni nawr, neu dewiswch ffeil a roddon nhw i chi.</translation>
    </message>
    <message>
        <source>%1 cannot be found: choose the folder or file again.</source>
        <translation>Nid oes modd dod o hyd i %1: dewiswch y ffolder neu&apos;r ffeil eto.</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Wrthi&apos;n ymuno…</translation>
    </message>
    <message>
        <source>That passphrase does not open your team&apos;s files. Check it with your team and type it again.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n agor ffeiliau&apos;ch tîm. Gwiriwch ef gyda&apos;ch tîm a&apos;i deipio eto.</translation>
    </message>
</context>
<context>
    <name>alongside::MainWindow</name>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message>
        <source>This database was copied from another laptop, so it now has its own identity for sync.</source>
        <translation>Cafodd y gronfa ddata hon ei chopïo o liniadur arall, felly mae ganddi ei hunaniaeth ei hun ar gyfer cysoni erbyn hyn.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>New &amp;person…</source>
        <translation>&amp;Person newydd…</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>&amp;Nodyn newydd</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Cymorth</translation>
    </message>
    <message>
        <source>&amp;About Alongside</source>
        <translation>&amp;Ynghylch Alongside</translation>
    </message>
    <message>
        <source>About Alongside</source>
        <translation>Ynghylch Alongside</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Alongside&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Notes and person-centred plans for Local Area Coordinators.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Alongside&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Nodiadau a chynlluniau sy&apos;n canolbwyntio ar yr unigolyn, ar gyfer Cydlynwyr Ardal Leol.&lt;/p&gt;&lt;p&gt;Cronfa ddata: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a person first, then press Ctrl+Shift+N for a new note.</source>
        <translation>Dewiswch berson yn gyntaf, yna pwyswch Ctrl+Shift+N i ysgrifennu nodyn newydd.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <source>&amp;Import sync files…</source>
        <translation>&amp;Mewnforio ffeiliau cysoni…</translation>
    </message>
    <message numerus="yes">
        <source>Sync (%n conflict(s))</source>
        <translation>
            <numerusform>Cysoni (%n gwrthdaro)</numerusform>
            <numerusform>Cysoni (%n gwrthdaro)</numerusform>
            <numerusform>Cysoni (%n gwrthdaro)</numerusform>
            <numerusform>Cysoni (%n gwrthdaro)</numerusform>
            <numerusform>Cysoni (%n gwrthdaro)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Adolygiadau i&apos;w gwneud</translation>
    </message>
    <message>
        <source>Community directory</source>
        <translation>Cyfeiriadur cymunedol</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Chwilio</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Cadw fel P&amp;DF…</translation>
    </message>
    <message>
        <source>Choose a person first, then press Ctrl+P to print their plan.</source>
        <translation>Dewiswch berson yn gyntaf, yna pwyswch Ctrl+P i argraffu ei gynllun.</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>A&amp;rgraffu…</translation>
    </message>
    <message>
        <source>Your de&amp;tails…</source>
        <translation>E&amp;ich manylion…</translation>
    </message>
    <message>
        <source>Search &amp;everything…</source>
        <translation>Chwilio &amp;popeth…</translation>
    </message>
    <message>
        <source>The caseload passphrase is changed. Use the new one from now on.</source>
        <translation>Mae cyfrinymadrodd y llwyth achosion wedi newid. Defnyddiwch yr un newydd o hyn ymlaen.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>C&amp;loi</translation>
    </message>
    <message>
        <source>Hide everything until the caseload passphrase is given again (Ctrl+L)</source>
        <translation>Cuddio popeth nes rhoi cyfrinymadrodd y llwyth achosion eto (Ctrl+L)</translation>
    </message>
    <message>
        <source>Change the caseload pa&amp;ssphrase…</source>
        <translation>Newid &amp;cyfrinymadrodd y llwyth achosion…</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>the window&apos;s title: coordinator on laptop</comment>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Mynd</translation>
    </message>
    <message numerus="yes">
        <source>Reviews due (%n overdue)</source>
        <translation>
            <numerusform>Adolygiadau i&apos;w gwneud (%n yn hwyr)</numerusform>
            <numerusform>Adolygiadau i&apos;w gwneud (%n yn hwyr)</numerusform>
            <numerusform>Adolygiadau i&apos;w gwneud (%n yn hwyr)</numerusform>
            <numerusform>Adolygiadau i&apos;w gwneud (%n yn hwyr)</numerusform>
            <numerusform>Adolygiadau i&apos;w gwneud (%n yn hwyr)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviews of your people that are overdue or coming up (Ctrl+3)</source>
        <translation>Adolygiadau eich pobl sy&apos;n hwyr neu ar ddod (Ctrl+3)</translation>
    </message>
    <message>
        <source>Reviews due (%1+ overdue)</source>
        <translation>Adolygiadau i&apos;w gwneud (%1+ yn hwyr)</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Cy&amp;soni nawr</translation>
    </message>
    <message>
        <source>Quarterly return</source>
        <translation>Datganiad chwarterol</translation>
    </message>
    <message>
        <source>Import p&amp;eople from a spreadsheet…</source>
        <translation>Me&amp;wnforio pobl o daenlen…</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>&amp;Allforio calendr…</translation>
    </message>
    <message>
        <source>Update &amp;bank holidays…</source>
        <translation>Diweddaru gwyliau &amp;banc…</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Diogelu data</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Trywydd archwilio</translation>
    </message>
</context>
<context>
    <name>alongside::NewPersonDialog</name>
    <message>
        <source>Someone new</source>
        <translation>Rhywun newydd</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Enw cyntaf:</translation>
    </message>
    <message>
        <source>Fa&amp;mily name:</source>
        <translation>Cyfe&amp;nw:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>day/month/year, if known</source>
        <translation>dydd/mis/blwyddyn, os yw’n hysbys</translation>
    </message>
    <message>
        <source>People who may be the same person</source>
        <translation>Pobl a allai fod yr un person</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Dyddiad &amp;geni:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Cod &amp;post:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <source>&amp;Open the one chosen</source>
        <translation>&amp;Agor yr un a ddewiswyd</translation>
    </message>
    <message>
        <source>Date of birth: “%1” is not a date. Type it as day/month/year, for example 23/11/1985.</source>
        <translation>Dyddiad geni: nid yw “%1” yn ddyddiad. Teipiwch y dyddiad fel dydd/mis/blwyddyn, er enghraifft 23/11/1985.</translation>
    </message>
    <message>
        <source>Likely: %1 (%2)</source>
        <translation>Tebygol: %1 (%2)</translation>
    </message>
    <message>
        <source>Possible: %1 (%2)</source>
        <translation>Posibl: %1 (%2)</translation>
    </message>
    <message>
        <source>This is likely someone already here. Open them instead, or add a new person anyway.</source>
        <translation>Mae’n debygol bod hwn yn rhywun sydd yma’n barod. Agorwch nhw yn lle hynny, neu ychwanegwch berson newydd beth bynnag.</translation>
    </message>
    <message>
        <source>This may be someone already here. Open them instead, or add a new person anyway.</source>
        <translation>Efallai fod hwn yn rhywun sydd yma’n barod. Agorwch nhw yn lle hynny, neu ychwanegwch berson newydd beth bynnag.</translation>
    </message>
    <message>
        <source>&amp;Add anyway</source>
        <translation>&amp;Ychwanegu beth bynnag</translation>
    </message>
</context>
<context>
    <name>alongside::NoteDialog</name>
    <message>
        <source>Correct a note</source>
        <translation>Cywiro nodyn</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>P&amp;ryd:</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>M&amp;unudau:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lle:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>Written on %1.</source>
        <translation>Ysgrifennwyd ar %1.</translation>
    </message>
    <message>
        <source>Written by %1 on %2.</source>
        <translation>Ysgrifennwyd gan %1 ar %2.</translation>
    </message>
</context>
<context>
    <name>alongside::NotesModel</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
</context>
<context>
    <name>alongside::NotesTab</name>
    <message>
        <source>Notes, newest first</source>
        <translation>Nodiadau, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Dim nodiadau eto.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s), newest first</source>
        <translation>
            <numerusform>%n nodyn, y diweddaraf yn gyntaf</numerusform>
            <numerusform>%n nodyn, y diweddaraf yn gyntaf</numerusform>
            <numerusform>%n nodyn, y diweddaraf yn gyntaf</numerusform>
            <numerusform>%n nodyn, y diweddaraf yn gyntaf</numerusform>
            <numerusform>%n nodyn, y diweddaraf yn gyntaf</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Cywiro…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Dileu…</translation>
    </message>
    <message>
        <source>Correct the chosen note&apos;s text, kind, time, minutes or place (Return)</source>
        <translation>Cywiro testun, math, amser, munudau neu le&apos;r nodyn a ddewiswyd (Return)</translation>
    </message>
    <message>
        <source>Delete the chosen note, on every laptop after the next sync (Delete)</source>
        <translation>Dileu&apos;r nodyn a ddewiswyd, ar bob gliniadur ar ôl y cysoni nesaf (Delete)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Dileu nodyn</translation>
    </message>
    <message>
        <source>Delete the note of %1? It goes from every laptop in the team after the next sync; Undo brings it back.</source>
        <translation>Dileu nodyn %1? Bydd yn mynd o bob gliniadur yn y tîm ar ôl y cysoni nesaf; mae Dadwneud yn dod ag ef yn ôl.</translation>
    </message>
    <message>
        <source>Delete the note</source>
        <translation>Dileu&apos;r nodyn</translation>
    </message>
</context>
<context>
    <name>alongside::OpenReferralButton</name>
    <message>
        <source>O&amp;pen Referral</source>
        <translation>O&amp;pen Referral</translation>
    </message>
    <message>
        <source>Import or export the directory as Open Referral UK, the standard for local directories</source>
        <translation>Mewnforio neu allforio&apos;r cyfeiriadur fel Open Referral UK, y safon ar gyfer cyfeiriaduron lleol</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Mewnforio…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Allforio…</translation>
    </message>
    <message>
        <source>Community directory.json</source>
        <translation>Cyfeiriadur cymunedol.json</translation>
    </message>
    <message>
        <source>Export the directory</source>
        <translation>Allforio&apos;r cyfeiriadur</translation>
    </message>
    <message>
        <source>Open Referral files (*.json)</source>
        <translation>Ffeiliau Open Referral (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n service(s) to %1.</source>
        <translation>
            <numerusform>Wedi ysgrifennu %n gwasanaeth i %1.</numerusform>
            <numerusform>Wedi ysgrifennu %n gwasanaeth i %1.</numerusform>
            <numerusform>Wedi ysgrifennu %n gwasanaeth i %1.</numerusform>
            <numerusform>Wedi ysgrifennu %n gwasanaeth i %1.</numerusform>
            <numerusform>Wedi ysgrifennu %n gwasanaeth i %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alongside::OpenReferralDialog</name>
    <message>
        <source>Import from Open Referral</source>
        <translation>Mewnforio o Open Referral</translation>
    </message>
    <message>
        <source>An Open Referral UK file (.json) from the local directory</source>
        <translation>Ffeil Open Referral UK (.json) o&apos;r cyfeiriadur lleol</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Ffeil:</translation>
    </message>
    <message>
        <source>Open Referral file</source>
        <translation>Ffeil Open Referral</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Choose the Open Referral file</source>
        <translation>Dewiswch y ffeil Open Referral</translation>
    </message>
    <message>
        <source>Choose a file to see what it would add and change before anything is written.</source>
        <translation>Dewiswch ffeil i weld beth y byddai&apos;n ei ychwanegu a&apos;i newid cyn i unrhyw beth gael ei ysgrifennu.</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Beth fydd y mewnforio&apos;n ei wneud</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Mewnforio</translation>
    </message>
    <message>
        <source>Open Referral files (*.json);;All files (*)</source>
        <translation>Ffeiliau Open Referral (*.json);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>%1 to add, %2 to change, %3 unchanged, %4 skipped.</source>
        <extracomment>The preview of an import: how many services of each sort.</extracomment>
        <translation>%1 i&apos;w hychwanegu, %2 i&apos;w newid, %3 heb eu newid, %4 wedi&apos;u hepgor.</translation>
    </message>
    <message>
        <source>Nothing to import: the directory already has all of it.</source>
        <translation>Dim i&apos;w fewnforio: mae&apos;r cyfeiriadur eisoes yn cynnwys y cyfan.</translation>
    </message>
    <message>
        <source>Added %1 and changed %2 resources from Open Referral.</source>
        <translation>Wedi ychwanegu %1 a newid %2 o adnoddau o Open Referral.</translation>
    </message>
</context>
<context>
    <name>alongside::OpenReferralPreview</name>
    <message>
        <source>Add</source>
        <extracomment>What an import does with a service: it becomes a new resource.</extracomment>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Change</source>
        <extracomment>What an import does with a service: it changes the resource it matches.</extracomment>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Heb ei newid</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>What an import does with a service: nothing, for the reason given beside it.</extracomment>
        <translation>Hepgor</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Newydd: %1</translation>
    </message>
    <message>
        <source>%1 (found by name and postcode)</source>
        <extracomment>%1 lists the fields that change (&quot;Phone, E-mail&quot;).</extracomment>
        <translation>%1 (wedi&apos;i ganfod yn ôl enw a chod post)</translation>
    </message>
    <message>
        <source>Found by name and postcode</source>
        <translation>Wedi&apos;i ganfod yn ôl enw a chod post</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>A column of the import preview: the service&apos;s name in the file.</extracomment>
        <translation>Gwasanaeth</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Beth sy&apos;n digwydd</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
</context>
<context>
    <name>alongside::OutcomeDialog</name>
    <message>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <source>Outcome story</source>
        <translation>Stori canlyniad</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>diwrnod/mis/blwyddyn</translation>
    </message>
    <message>
        <source>What changed, in the person&apos;s own words where you can: &quot;I go to the choir every week and I&apos;ve made friends there.&quot;</source>
        <translation>Beth newidiodd, yng ngeiriau&apos;r person ei hun lle gallwch: &quot;Rydw i&apos;n mynd i&apos;r côr bob wythnos ac rydw i wedi gwneud ffrindiau yno.&quot;</translation>
    </message>
    <message>
        <source>Eviction</source>
        <translation>Cael eu troi allan</translation>
    </message>
    <message>
        <source>A hospital admission</source>
        <translation>Derbyn i&apos;r ysbyty</translation>
    </message>
    <message>
        <source>A crisis</source>
        <translation>Argyfwng</translation>
    </message>
    <message>
        <source>A care package</source>
        <translation>Pecyn gofal</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Unigrwydd</translation>
    </message>
    <message>
        <source>Losing their job</source>
        <translation>Colli eu swydd</translation>
    </message>
    <message>
        <source>Debt getting worse</source>
        <translation>Dyled yn gwaethygu</translation>
    </message>
    <message>
        <source>Choose or type: eviction, a hospital admission…</source>
        <translation>Dewiswch neu teipiwch: cael eu troi allan, derbyn i&apos;r ysbyty…</translation>
    </message>
    <message>
        <source>&amp;Kinds of change</source>
        <translation>&amp;Mathau o newid</translation>
    </message>
    <message>
        <source>Goals and connections it came from</source>
        <translation>Y nodau a&apos;r cysylltiadau y daeth ohonynt</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Nod: %1</translation>
    </message>
    <message>
        <source>Connection: %1</source>
        <translation>Cysylltiad: %1</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Pryd:</translation>
    </message>
    <message>
        <source>Wh&amp;at changed:</source>
        <translation>&amp;Beth newidiodd:</translation>
    </message>
    <message>
        <source>&amp;Likely without:</source>
        <translation>&amp;Tebygol hebddo:</translation>
    </message>
    <message>
        <source>&amp;Came from:</source>
        <translation>Daeth &amp;o:</translation>
    </message>
</context>
<context>
    <name>alongside::OutcomesModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Likely without: %1</source>
        <translation>Tebygol hebddo: %1</translation>
    </message>
    <message>
        <source>Came from: %1</source>
        <translation>Daeth o: %1</translation>
    </message>
</context>
<context>
    <name>alongside::PassphraseDialog</name>
    <message>
        <source>Protect your caseload</source>
        <translation>Diogelu eich llwyth achosion</translation>
    </message>
    <message>
        <source>Unlock your caseload</source>
        <translation>Datgloi eich llwyth achosion</translation>
    </message>
    <message>
        <source>Alongside keeps everything on this laptop encrypted. Choose a passphrase to protect it: you will type it each time Alongside opens or unlocks. Make it different from your team&apos;s sync passphrase.</source>
        <translation>Mae Alongside yn cadw popeth ar y gliniadur hwn wedi&apos;i amgryptio. Dewiswch gyfrinymadrodd i&apos;w ddiogelu: byddwch yn ei deipio bob tro y bydd Alongside yn agor neu&apos;n datgloi. Gwnewch ef yn wahanol i gyfrinymadrodd cysoni eich tîm.</translation>
    </message>
    <message>
        <source>This caseload was saved by an earlier version of Alongside without encryption. Choose a passphrase and Alongside will encrypt it now, then overwrite and remove the unencrypted copy.</source>
        <translation>Cafodd y llwyth achosion hwn ei gadw gan fersiwn gynharach o Alongside heb ei amgryptio. Dewiswch gyfrinymadrodd a bydd Alongside yn ei amgryptio nawr, yna&apos;n trosysgrifo ac yn dileu&apos;r copi heb ei amgryptio.</translation>
    </message>
    <message>
        <source>Enter the passphrase of this caseload.</source>
        <translation>Rhowch gyfrinymadrodd y llwyth achosion hwn.</translation>
    </message>
    <message>
        <source>Caseload passphrase</source>
        <translation>Cyfrinymadrodd y llwyth achosion</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Yr un cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation>Yr un peth &amp;eto:</translation>
    </message>
    <message>
        <source>Write it down and keep it somewhere safe, away from the laptop. If it is forgotten there is no way back in: nobody, not even Alongside&apos;s makers, can open the caseload without it.</source>
        <translation>Ysgrifennwch ef i lawr a&apos;i gadw rywle diogel, i ffwrdd o&apos;r gliniadur. Os aiff yn angof nid oes ffordd yn ôl i mewn: ni all neb, nid hyd yn oed gwneuthurwyr Alongside, agor y llwyth achosion hebddo.</translation>
    </message>
    <message>
        <source>Forgotten it? There is no back door. Start a new caseload and join your team again with a teammate&apos;s full export to get the shared records back; anything not yet synced stays locked in this one.</source>
        <translation>Wedi&apos;i anghofio? Nid oes drws cefn. Dechreuwch lwyth achosion newydd ac ymunwch â&apos;ch tîm eto gydag allforio llawn gan gyd-aelod i gael y cofnodion a rennir yn ôl; mae unrhyw beth sydd heb ei gysoni eto yn aros dan glo yn hwn.</translation>
    </message>
    <message>
        <source>&amp;Protect</source>
        <translation>&amp;Diogelu</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>D&amp;atgloi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Four or more unrelated words make a strong passphrase.</source>
        <translation>Mae pedwar gair neu ragor nad ydynt yn perthyn yn gwneud cyfrinymadrodd cryf.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol.</translation>
    </message>
    <message>
        <source>That passphrase did not open the caseload. Try again.</source>
        <translation>Ni wnaeth y cyfrinymadrodd hwnnw agor y llwyth achosion. Rhowch gynnig arall arni.</translation>
    </message>
    <message numerus="yes">
        <source>That passphrase did not open the caseload. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Ni wnaeth y cyfrinymadrodd hwnnw agor y llwyth achosion. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Ni wnaeth y cyfrinymadrodd hwnnw agor y llwyth achosion. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Ni wnaeth y cyfrinymadrodd hwnnw agor y llwyth achosion. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Ni wnaeth y cyfrinymadrodd hwnnw agor y llwyth achosion. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Ni wnaeth y cyfrinymadrodd hwnnw agor y llwyth achosion. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the caseload passphrase</source>
        <translation>Newid cyfrinymadrodd y llwyth achosion</translation>
    </message>
    <message>
        <source>Give the passphrase you use now, then choose a new one. Every page of the caseload is encrypted again with it, and the backups made with the old one are removed.</source>
        <translation>Rhowch y cyfrinymadrodd rydych yn ei ddefnyddio nawr, yna dewiswch un newydd. Caiff pob tudalen o&apos;r llwyth achosion ei hamgryptio eto ag ef, a chaiff y copïau wrth gefn a wnaed gyda&apos;r hen un eu dileu.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Y cyfrinymadrodd cyfredol</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Y cyfrinymadrodd &amp;cyfredol:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Cyfrinymadrodd &amp;newydd:</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Ne&amp;wid</translation>
    </message>
</context>
<context>
    <name>alongside::PeopleModel</name>
    <message>
        <source>Archived on %1</source>
        <translation>Wedi&apos;i archifo ar %1</translation>
    </message>
    <message>
        <source>No contact yet</source>
        <translation>Dim cyswllt eto</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heddiw</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
            <numerusform>%n diwrnod yn ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Cyswllt diwethaf</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod post</translation>
    </message>
    <message>
        <source>No consent to keep records is recorded</source>
        <translation>Nid oes caniatâd i gadw cofnodion wedi&apos;i gofnodi</translation>
    </message>
</context>
<context>
    <name>alongside::PeoplePane</name>
    <message>
        <source>Search people (Ctrl+F)</source>
        <translation>Chwilio am bobl (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Chwilio am bobl</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Unrhyw gam</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Unrhyw lefel</translation>
    </message>
    <message>
        <source>Current people</source>
        <translation>Pobl bresennol</translation>
    </message>
    <message>
        <source>Archived people</source>
        <translation>Pobl wedi&apos;u harchifo</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>Anyone&apos;s</source>
        <translation>Pobl unrhyw gydlynydd</translation>
    </message>
    <message>
        <source>%1&apos;s</source>
        <translation>Pobl %1</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
            <numerusform>%n person</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Cam</translation>
    </message>
    <message>
        <source>Show only people at this stage</source>
        <translation>Dangos pobl ar y cam hwn yn unig</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>Show only people at this level of support</source>
        <translation>Dangos pobl ar y lefel hon o gefnogaeth yn unig</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Cydlynydd</translation>
    </message>
    <message>
        <source>Show only the people of this coordinator</source>
        <translation>Dangos pobl y cydlynydd hwn yn unig</translation>
    </message>
    <message>
        <source>Current or archived</source>
        <translation>Presennol neu wedi&apos;u harchifo</translation>
    </message>
    <message>
        <source>Show current people, archived people or everyone</source>
        <translation>Dangos pobl bresennol, pobl wedi&apos;u harchifo neu bawb</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Return opens the person chosen</source>
        <translation>Mae Return yn agor y person a ddewiswyd</translation>
    </message>
    <message>
        <source>No one matches. Clear the search or the filters to see everyone.</source>
        <translation>Does neb yn cyfateb. Cliriwch y chwiliad neu&apos;r hidlwyr i weld pawb.</translation>
    </message>
    <message>
        <source>No one here yet. Press Ctrl+N to add the first person, or bring in your team&apos;s records on the Sync page (Ctrl+2).</source>
        <translation>Does neb yma eto. Pwyswch Ctrl+N i ychwanegu&apos;r person cyntaf, neu dewch â chofnodion eich tîm i mewn ar y dudalen Cysoni (Ctrl+2).</translation>
    </message>
</context>
<context>
    <name>alongside::PersonWorkspace</name>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Manylion</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;odiadau</translation>
    </message>
    <message>
        <source>Choose someone from the list, or add someone new with Ctrl+N.</source>
        <translation>Dewiswch rywun o&apos;r rhestr, neu ychwanegwch rywun newydd gyda Ctrl+N.</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>wedi&apos;i archifo</translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation>dim cyswllt eto</translation>
    </message>
    <message>
        <source>last contact today</source>
        <translation>cyswllt diwethaf heddiw</translation>
    </message>
    <message numerus="yes">
        <source>last contact %n day(s) ago</source>
        <translation>
            <numerusform>cyswllt diwethaf %n diwrnod yn ôl</numerusform>
            <numerusform>cyswllt diwethaf %n diwrnod yn ôl</numerusform>
            <numerusform>cyswllt diwethaf %n diwrnod yn ôl</numerusform>
            <numerusform>cyswllt diwethaf %n diwrnod yn ôl</numerusform>
            <numerusform>cyswllt diwethaf %n diwrnod yn ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>review overdue since %1</source>
        <translation>adolygiad yn hwyr ers %1</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>adolygiad nesaf %1</translation>
    </message>
    <message>
        <source>Connec&amp;tions</source>
        <translation>Cy&amp;sylltiadau</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <source>Print this person&apos;s plan, one-page profile or summary, or save it as a PDF (Ctrl+P)</source>
        <translation>Argraffu cynllun, proffil un dudalen neu grynodeb y person hwn, neu ei gadw fel PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Notes of visits, calls and messages, newest first</source>
        <translation>Nodiadau am ymweliadau, galwadau a negeseuon, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>About this person: contact details, stage, level and consent</source>
        <translation>Am y person hwn: manylion cyswllt, cam, lefel a chaniatâd</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <comment>the one-page profile tab</comment>
        <translation>&amp;Proffil</translation>
    </message>
    <message>
        <source>One-page profile: what people like and admire, what matters and how best to support</source>
        <translation>Proffil un dudalen: yr hyn y mae pobl yn ei hoffi a’i edmygu, beth sy’n bwysig a’r ffordd orau o gefnogi</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <comment>the vision and goals tab</comment>
        <translation>C&amp;ynllun</translation>
    </message>
    <message>
        <source>Vision and goals: what a good life looks like, and the steps towards it</source>
        <translation>Gweledigaeth a nodau: sut olwg sydd ar fywyd da, a’r camau tuag ato</translation>
    </message>
    <message>
        <source>&amp;Circle</source>
        <comment>the circle of support tab</comment>
        <translation>Cy&amp;lch</translation>
    </message>
    <message>
        <source>Circle of support: family, friends, neighbours and paid support</source>
        <translation>Cylch cefnogaeth: teulu, ffrindiau, cymdogion a chefnogaeth â thâl</translation>
    </message>
    <message>
        <source>Connections to groups, places and services in the community</source>
        <translation>Cysylltiadau â grwpiau, lleoedd a gwasanaethau yn y gymuned</translation>
    </message>
    <message numerus="yes">
        <source>%1, last %n day(s) ago</source>
        <translation>
            <numerusform>%1, yr olaf %n diwrnod yn ôl</numerusform>
            <numerusform>%1, yr olaf %n diwrnod yn ôl</numerusform>
            <numerusform>%1, yr olaf %n diwrnod yn ôl</numerusform>
            <numerusform>%1, yr olaf %n diwrnod yn ôl</numerusform>
            <numerusform>%1, yr olaf %n diwrnod yn ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, last contact today</source>
        <translation>%1, cyswllt diwethaf heddiw</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>&amp;Newid</translation>
    </message>
    <message>
        <source>What changed for the person: wellbeing over time and outcome stories</source>
        <translation>Beth newidiodd i&apos;r person: lles dros amser a straeon canlyniad</translation>
    </message>
    <message>
        <source>no consent to keep records</source>
        <translation>dim caniatâd i gadw cofnodion</translation>
    </message>
</context>
<context>
    <name>alongside::PlanReviewsBox</name>
    <message>
        <source>Reviews of this plan</source>
        <translation>Adolygiadau o&apos;r cynllun hwn</translation>
    </message>
    <message>
        <source>&amp;Record a review…</source>
        <translation>&amp;Cofnodi adolygiad…</translation>
    </message>
    <message>
        <source>Reviews held, the latest first</source>
        <translation>Adolygiadau a gynhaliwyd, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Record a review held with the person, even before it falls due, and schedule the next</source>
        <translation>Cofnodi adolygiad a gynhaliwyd gyda&apos;r person, hyd yn oed cyn ei fod yn ddyledus, a threfnu&apos;r nesaf</translation>
    </message>
    <message>
        <source>Review held on %1</source>
        <translation>Adolygiad a gynhaliwyd ar %1</translation>
    </message>
    <message>
        <source>Held by %1.</source>
        <translation>Cynhaliwyd gan %1.</translation>
    </message>
</context>
<context>
    <name>alongside::PrintDialog</name>
    <message>
        <source>Sections of the plan</source>
        <translation>Adrannau&apos;r cynllun</translation>
    </message>
    <message>
        <source>&amp;Large print (14 point)</source>
        <translation>Print &amp;bras (14 pwynt)</translation>
    </message>
    <message>
        <source>Print for %1</source>
        <translation>Argraffu ar gyfer %1</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Beth i&apos;w argraffu</translation>
    </message>
    <message>
        <source>My &amp;plan: for the person to keep</source>
        <translation>Fy &amp;nghynllun: i&apos;r person ei gadw</translation>
    </message>
    <message>
        <source>One-page p&amp;rofile</source>
        <translation>P&amp;roffil un dudalen</translation>
    </message>
    <message>
        <source>Person s&amp;ummary: every detail, for a handover (confidential)</source>
        <translation>Cr&amp;ynodeb am y person: pob manylyn, ar gyfer trosglwyddo (cyfrinachol)</translation>
    </message>
    <message>
        <source>My &amp;vision</source>
        <translation>Fy ngweled&amp;igaeth</translation>
    </message>
    <message>
        <source>&amp;About me (one-page profile)</source>
        <translation>&amp;Amdanaf i (proffil un dudalen)</translation>
    </message>
    <message>
        <source>My &amp;goals and steps</source>
        <translation>Fy nodau a&apos;m c&amp;amau</translation>
    </message>
    <message>
        <source>My &amp;circle of support</source>
        <translation>Fy nghylch c&amp;efnogaeth</translation>
    </message>
    <message>
        <source>My community c&amp;onnections</source>
        <translation>Fy nghysylltiadau cymune&amp;dol</translation>
    </message>
    <message>
        <source>My coor&amp;dinator&apos;s contact</source>
        <translation>Manylion cyswllt fy nghyd&amp;lynydd</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Rhagolwg argraffu</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>My ne&amp;xt review</source>
        <translation>Fy adolygiad ne&amp;saf</translation>
    </message>
    <message>
        <source>Pr&amp;int preview…</source>
        <translation>Rhag&amp;olwg argraffu…</translation>
    </message>
    <message>
        <source>How I have been &amp;feeling (chart)</source>
        <translation>Sut rydw i wedi bod yn &amp;teimlo (siart)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Argraffu</translation>
    </message>
</context>
<context>
    <name>alongside::ProfileModel</name>
    <message>
        <source>An item cannot be empty: remove it instead.</source>
        <translation>Ni all eitem fod yn wag: tynnwch hi yn lle hynny.</translation>
    </message>
</context>
<context>
    <name>alongside::ProfileTab</name>
    <message>
        <source>Add an item, then press Enter</source>
        <translation>Ychwanegwch eitem, yna pwyswch Enter</translation>
    </message>
    <message>
        <source>New item for: %1</source>
        <translation>Eitem newydd ar gyfer: %1</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>I fyny</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>I lawr</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Move the chosen item up (Alt+Up)</source>
        <translation>Symud yr eitem a ddewiswyd i fyny (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the chosen item down (Alt+Down)</source>
        <translation>Symud yr eitem a ddewiswyd i lawr (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove the chosen item (Delete)</source>
        <translation>Tynnu&apos;r eitem a ddewiswyd (Delete)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Proffil</translation>
    </message>
</context>
<context>
    <name>alongside::QuickNoteEditor</name>
    <message>
        <source>Save note</source>
        <translation>Cadw&apos;r nodyn</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>What happened, in the person&apos;s words where you can. Ctrl+Enter saves.</source>
        <translation>Beth ddigwyddodd, yng ngeiriau&apos;r person lle bo modd. Mae Ctrl+Enter yn cadw.</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Cadw&apos;r nodyn (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Your unsaved note is back where you left it.</source>
        <translation>Mae eich nodyn heb ei gadw yn ôl lle gadawoch chi ef.</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>Nodyn wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Math o gyswllt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>The date and time of the contact</source>
        <translation>Dyddiad ac amser y cyswllt</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>Munudau a dreuliwyd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
</context>
<context>
    <name>alongside::ResourceDialog</name>
    <message>
        <source>New resource</source>
        <translation>Adnodd newydd</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Adnodd</translation>
    </message>
    <message>
        <source>Tuesdays 10 till 12, term time</source>
        <translation>Dydd Mawrth 10 tan 12, yn ystod y tymor</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>from the local Open Referral directory, if it has one</source>
        <translation>o gyfeiriadur Open Referral lleol, os oes un</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Disgrifiad:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>C&amp;yfeiriad:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Cod &amp;post:</translation>
    </message>
    <message>
        <source>&amp;Ward:</source>
        <translation>&amp;Ward:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Cyswllt:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>Web&amp;site:</source>
        <translation>&amp;Gwefan:</translation>
    </message>
    <message>
        <source>&amp;Open Referral id:</source>
        <translation>Rhif &amp;Open Referral:</translation>
    </message>
    <message>
        <source>Ti&amp;mes:</source>
        <translation>P&amp;ryd:</translation>
    </message>
</context>
<context>
    <name>alongside::ResourcePane</name>
    <message>
        <source>People connected</source>
        <translation>Pobl wedi&apos;u cysylltu</translation>
    </message>
    <message>
        <source>Double-click a person to open their record.</source>
        <translation>Cliciwch ddwywaith ar berson i agor ei gofnod.</translation>
    </message>
    <message>
        <source>Choose a resource</source>
        <translation>Dewiswch adnodd</translation>
    </message>
    <message>
        <source>Pick a group, place or service on the left to see its details and who is connected to it.</source>
        <translation>Dewiswch grŵp, lle neu wasanaeth ar y chwith i weld ei fanylion a phwy sydd wedi&apos;u cysylltu ag ef.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archifo</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>A&amp;dfer</translation>
    </message>
    <message>
        <source>Bring this resource back into the directory</source>
        <translation>Dod â&apos;r adnodd hwn yn ôl i&apos;r cyfeiriadur</translation>
    </message>
    <message>
        <source>It has closed or stopped: keep it for past connections, out of the list</source>
        <translation>Mae wedi cau neu ddod i ben: ei gadw ar gyfer cysylltiadau&apos;r gorffennol, allan o&apos;r rhestr</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 yn %2</translation>
    </message>
    <message>
        <source>Archived on %1</source>
        <translation>Archifwyd ar %1</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Pryd:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Ble:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Cyswllt:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Ffôn:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-bost:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Gwefan:</translation>
    </message>
    <message>
        <source>Open Referral id:</source>
        <translation>Rhif Open Referral:</translation>
    </message>
    <message>
        <source>Nobody is connected yet.</source>
        <translation>Does neb wedi&apos;u cysylltu eto.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) connected</source>
        <translation>
            <numerusform>Wedi cysylltu: %n</numerusform>
            <numerusform>Wedi cysylltu: %n</numerusform>
            <numerusform>Wedi cysylltu: %n</numerusform>
            <numerusform>Wedi cysylltu: %n</numerusform>
            <numerusform>Wedi cysylltu: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected now: %1. In the past: %2.</source>
        <translation>Wedi cysylltu nawr: %1. Yn y gorffennol: %2.</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Go&amp;lygu…</translation>
    </message>
</context>
<context>
    <name>alongside::ResourcesModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Ward</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Archived on %1</source>
        <translation>Archifwyd ar %1</translation>
    </message>
</context>
<context>
    <name>alongside::RetentionModel</name>
    <message>
        <source>No reason given</source>
        <translation>Dim rheswm wedi&apos;i roi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Archived on</source>
        <translation>Archifwyd ar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Due to be erased from</source>
        <translation>I&apos;w ddileu o</translation>
    </message>
</context>
<context>
    <name>alongside::RetentionPane</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Erase &amp;chosen…</source>
        <translation>Dileu&apos;r rhai a &amp;ddewiswyd…</translation>
    </message>
    <message>
        <source>Erase a&amp;ll…</source>
        <translation>Dileu&apos;r c&amp;yfan…</translation>
    </message>
    <message>
        <source>How long the team keeps a person&apos;s records after archiving them. The period is the team&apos;s: a change here reaches every laptop at the next sync. People archived for longer are listed below for you to erase; nothing is erased until you confirm.</source>
        <translation>Am ba hyd y mae&apos;r tîm yn cadw cofnodion person ar ôl eu harchifo. Y tîm sy&apos;n pennu&apos;r cyfnod: mae newid yma yn cyrraedd pob gliniadur yn y cysoni nesaf. Mae pobl a archifwyd am fwy o amser wedi&apos;u rhestru isod i chi eu dileu; ni chaiff dim ei ddileu nes i chi gadarnhau.</translation>
    </message>
    <message>
        <source>Keep records after archiving for</source>
        <translation>Cadw cofnodion ar ôl archifo am</translation>
    </message>
    <message>
        <source>Years a person&apos;s records are kept after they are archived</source>
        <translation>Y blynyddoedd y cedwir cofnodion person ar ôl eu harchifo</translation>
    </message>
    <message>
        <source>People archived for longer than the team keeps records</source>
        <translation>Pobl a archifwyd am fwy o amser nag y mae&apos;r tîm yn cadw cofnodion</translation>
    </message>
    <message>
        <source>Open the chosen person&apos;s page to check their records before erasing</source>
        <translation>Agor tudalen y person a ddewiswyd i wirio eu cofnodion cyn dileu</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n o flynyddoedd</numerusform>
            <numerusform>%n o flynyddoedd</numerusform>
            <numerusform>%n o flynyddoedd</numerusform>
            <numerusform>%n o flynyddoedd</numerusform>
            <numerusform>%n o flynyddoedd</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has been archived for longer than the team keeps records (%1).</source>
        <translation>Nid oes neb wedi&apos;i archifo am fwy o amser nag y mae&apos;r tîm yn cadw cofnodion (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) archived for longer than the team keeps records (%1): their records are due to be erased.</source>
        <translation>
            <numerusform>%n o bobl wedi&apos;u harchifo am fwy o amser nag y mae&apos;r tîm yn cadw cofnodion (%1): mae&apos;n bryd dileu eu cofnodion.</numerusform>
            <numerusform>%n o bobl wedi&apos;u harchifo am fwy o amser nag y mae&apos;r tîm yn cadw cofnodion (%1): mae&apos;n bryd dileu eu cofnodion.</numerusform>
            <numerusform>%n o bobl wedi&apos;u harchifo am fwy o amser nag y mae&apos;r tîm yn cadw cofnodion (%1): mae&apos;n bryd dileu eu cofnodion.</numerusform>
            <numerusform>%n o bobl wedi&apos;u harchifo am fwy o amser nag y mae&apos;r tîm yn cadw cofnodion (%1): mae&apos;n bryd dileu eu cofnodion.</numerusform>
            <numerusform>%n o bobl wedi&apos;u harchifo am fwy o amser nag y mae&apos;r tîm yn cadw cofnodion (%1): mae&apos;n bryd dileu eu cofnodion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Cadw cofnodion</translation>
    </message>
    <message numerus="yes">
        <source>The team now keeps records %n year(s) after archiving.</source>
        <translation>
            <numerusform>Mae&apos;r tîm bellach yn cadw cofnodion %n o flynyddoedd ar ôl archifo.</numerusform>
            <numerusform>Mae&apos;r tîm bellach yn cadw cofnodion %n o flynyddoedd ar ôl archifo.</numerusform>
            <numerusform>Mae&apos;r tîm bellach yn cadw cofnodion %n o flynyddoedd ar ôl archifo.</numerusform>
            <numerusform>Mae&apos;r tîm bellach yn cadw cofnodion %n o flynyddoedd ar ôl archifo.</numerusform>
            <numerusform>Mae&apos;r tîm bellach yn cadw cofnodion %n o flynyddoedd ar ôl archifo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>erase %n people</source>
        <translation>
            <numerusform>dileu %n o bobl</numerusform>
            <numerusform>dileu %n o bobl</numerusform>
            <numerusform>dileu %n o bobl</numerusform>
            <numerusform>dileu %n o bobl</numerusform>
            <numerusform>dileu %n o bobl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
            <numerusform>a %n arall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erase %n people permanently</source>
        <translation>
            <numerusform>Dileu %n o bobl yn barhaol</numerusform>
            <numerusform>Dileu %n o bobl yn barhaol</numerusform>
            <numerusform>Dileu %n o bobl yn barhaol</numerusform>
            <numerusform>Dileu %n o bobl yn barhaol</numerusform>
            <numerusform>Dileu %n o bobl yn barhaol</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;This removes these people and everything about them from this laptop, and from every laptop in the team after the next sync: %1. It cannot be undone.&lt;/p&gt;&lt;p&gt;To erase them, type &lt;b&gt;%2&lt;/b&gt;:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mae hyn yn tynnu&apos;r bobl hyn a phopeth amdanynt o&apos;r gliniadur hwn, ac o bob gliniadur yn y tîm ar ôl y cysoni nesaf: %1. Ni ellir ei ddadwneud.&lt;/p&gt;&lt;p&gt;I&apos;w dileu, teipiwch &lt;b&gt;%2&lt;/b&gt;:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Erasing records…</source>
        <translation>Yn dileu cofnodion…</translation>
    </message>
    <message numerus="yes">
        <source>Erased the records of %n person(s); the erasure reaches every laptop at the next sync.</source>
        <translation>
            <numerusform>Dilëwyd cofnodion %n o bobl; mae&apos;r dileu yn cyrraedd pob gliniadur yn y cysoni nesaf.</numerusform>
            <numerusform>Dilëwyd cofnodion %n o bobl; mae&apos;r dileu yn cyrraedd pob gliniadur yn y cysoni nesaf.</numerusform>
            <numerusform>Dilëwyd cofnodion %n o bobl; mae&apos;r dileu yn cyrraedd pob gliniadur yn y cysoni nesaf.</numerusform>
            <numerusform>Dilëwyd cofnodion %n o bobl; mae&apos;r dileu yn cyrraedd pob gliniadur yn y cysoni nesaf.</numerusform>
            <numerusform>Dilëwyd cofnodion %n o bobl; mae&apos;r dileu yn cyrraedd pob gliniadur yn y cysoni nesaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep records &amp;after archiving for:</source>
        <translation>Cadw cofnodion ar ô&amp;l archifo am:</translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <translation>
            <numerusform> o flynyddoedd</numerusform>
            <numerusform> o flynyddoedd</numerusform>
            <numerusform> o flynyddoedd</numerusform>
            <numerusform> o flynyddoedd</numerusform>
            <numerusform> o flynyddoedd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alongside::ReturnModel</name>
    <message>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Y chwarter hwn</translation>
    </message>
    <message>
        <source>Quarter before</source>
        <translation>Y chwarter cynt</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>Flwyddyn ynghynt</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) behind this figure: press Enter to see who</source>
        <translation>
            <numerusform>%n person y tu ôl i&apos;r ffigur hwn: pwyswch Enter i weld pwy</numerusform>
            <numerusform>%n person y tu ôl i&apos;r ffigur hwn: pwyswch Enter i weld pwy</numerusform>
            <numerusform>%n person y tu ôl i&apos;r ffigur hwn: pwyswch Enter i weld pwy</numerusform>
            <numerusform>%n person y tu ôl i&apos;r ffigur hwn: pwyswch Enter i weld pwy</numerusform>
            <numerusform>%n person y tu ôl i&apos;r ffigur hwn: pwyswch Enter i weld pwy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alongside::ReturnPage</name>
    <message>
        <source>Quarterly return</source>
        <translation>Datganiad chwarterol</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>C&amp;hwarter:</translation>
    </message>
    <message>
        <source>&amp;Whose figures:</source>
        <translation>Ffigurau p&amp;wy:</translation>
    </message>
    <message>
        <source>W&amp;ard:</source>
        <translation>W&amp;ard:</translation>
    </message>
    <message>
        <source>Figures of the return</source>
        <translation>Ffigurau&apos;r datganiad</translation>
    </message>
    <message>
        <source>The people a figure of this quarter counts (Enter). For your eyes only: never in a saved return.</source>
        <translation>Y bobl y mae ffigur y chwarter hwn yn eu cyfrif (Enter). I chi yn unig: byth mewn datganiad wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Outcome stories to quote</source>
        <translation>Straeon canlyniad i&apos;w dyfynnu</translation>
    </message>
    <message>
        <source>&amp;Stories to quote (tick two or three):</source>
        <translation>&amp;Straeon i&apos;w dyfynnu (ticiwch ddwy neu dair):</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Cadw fel &amp;PDF…</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx): one sheet per table, numbers as numbers, ready to chart</source>
        <translation>Llyfr gwaith Excel (.xlsx): un ddalen i bob tabl, rhifau fel rhifau, yn barod i&apos;w siartio</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Cadw fel CS&amp;V…</translation>
    </message>
    <message>
        <source>One CSV file per table, in a folder you choose</source>
        <translation>Un ffeil CSV i bob tabl, mewn ffolder o&apos;ch dewis</translation>
    </message>
    <message>
        <source>%1, so far</source>
        <translation>%1, hyd yma</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Y tîm cyfan</translation>
    </message>
    <message>
        <source>Every ward</source>
        <translation>Pob ward</translation>
    </message>
    <message>
        <source>Counted from every record on this laptop, the team&apos;s synced ones included, for %1. Each figure is beside the quarter before and the same quarter a year before.</source>
        <translation>Wedi&apos;u cyfrif o bob cofnod ar y gliniadur hwn, gan gynnwys rhai&apos;r tîm a gysonwyd, ar gyfer %1. Mae pob ffigur wrth ymyl y chwarter cynt a&apos;r un chwarter flwyddyn ynghynt.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No outcome stories dated in this quarter.</source>
        <translation>Dim straeon canlyniad wedi&apos;u dyddio yn y chwarter hwn.</translation>
    </message>
    <message>
        <source>No one is behind “%1” this quarter.</source>
        <translation>Does neb y tu ôl i “%1” y chwarter hwn.</translation>
    </message>
    <message>
        <source>Who is behind “%1”</source>
        <translation>Pwy sydd y tu ôl i “%1”</translation>
    </message>
    <message>
        <source>People behind the figure</source>
        <translation>Y bobl y tu ôl i&apos;r ffigur</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s). Enter opens the chosen person.</source>
        <translation>
            <numerusform>%n person. Mae Enter yn agor y person a ddewiswyd.</numerusform>
            <numerusform>%n person. Mae Enter yn agor y person a ddewiswyd.</numerusform>
            <numerusform>%n person. Mae Enter yn agor y person a ddewiswyd.</numerusform>
            <numerusform>%n person. Mae Enter yn agor y person a ddewiswyd.</numerusform>
            <numerusform>%n person. Mae Enter yn agor y person a ddewiswyd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quarterly return %1</source>
        <translation>Datganiad chwarterol %1</translation>
    </message>
    <message>
        <source>Save the return as PDF</source>
        <translation>Cadw&apos;r datganiad fel PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the return as a spreadsheet</source>
        <translation>Cadw&apos;r datganiad fel taenlen</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Llyfr gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose a folder for the CSV files</source>
        <translation>Dewiswch ffolder i&apos;r ffeiliau CSV</translation>
    </message>
    <message>
        <source>A&amp;nonymise the stories: initials and ward only</source>
        <translation>Gwneud y straeon yn &amp;ddienw: llythrennau blaen a ward yn unig</translation>
    </message>
    <message>
        <source>Who is &amp;behind this figure?</source>
        <translation>Pwy sydd y t&amp;u ôl i&apos;r ffigur hwn?</translation>
    </message>
    <message>
        <source>Save as sprea&amp;dsheet…</source>
        <translation>Cadw fel ta&amp;enlen…</translation>
    </message>
    <message>
        <source>The figures could not be counted just now. Choose the quarter again to try again.</source>
        <translation>Nid oedd modd cyfrif y ffigurau ar hyn o bryd. Dewiswch y chwarter eto i roi cynnig arall arni.</translation>
    </message>
    <message>
        <source>Counting the figures for %1…</source>
        <translation>Yn cyfrif y ffigurau ar gyfer %1…</translation>
    </message>
</context>
<context>
    <name>alongside::ReviewDialog</name>
    <message>
        <source>Review with %1</source>
        <translation>Adolygiad gyda %1</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gwnaed ar</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Beth a gytunwyd</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>Yn ddyledus ar:</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>&amp;Gwnaed ar:</translation>
    </message>
    <message>
        <source>&amp;What was agreed:</source>
        <translation>&amp;Beth a gytunwyd:</translation>
    </message>
    <message>
        <source>Record the review</source>
        <translation>Cofnodi&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Type the date the review was done, for example %1; it cannot be in the future.</source>
        <translation>Teipiwch y dyddiad y gwnaed yr adolygiad, er enghraifft %1; ni all fod yn y dyfodol.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a date and what it falls on</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>alongside::ReviewsModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Erbyn</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Yn hwyr o %n diwrnod</numerusform>
            <numerusform>Yn hwyr o %n diwrnod</numerusform>
            <numerusform>Yn hwyr o %n diwrnod</numerusform>
            <numerusform>Yn hwyr o %n diwrnod</numerusform>
            <numerusform>Yn hwyr o %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>I&apos;w wneud heddiw</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>I&apos;w wneud ymhen %n diwrnod</numerusform>
            <numerusform>I&apos;w wneud ymhen %n diwrnod</numerusform>
            <numerusform>I&apos;w wneud ymhen %n diwrnod</numerusform>
            <numerusform>I&apos;w wneud ymhen %n diwrnod</numerusform>
            <numerusform>I&apos;w wneud ymhen %n diwrnod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alongside::ReviewsPage</name>
    <message>
        <source>&amp;Mark done…</source>
        <translation>&amp;Nodi ei fod wedi&apos;i wneud…</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Adolygiadau i&apos;w gwneud</translation>
    </message>
    <message>
        <source>Record that this review was done, and schedule the next</source>
        <translation>Cofnodi bod yr adolygiad hwn wedi&apos;i wneud, a threfnu&apos;r nesaf</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
            <numerusform>%n yn hwyr</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a person, or press Return, to open their record.</source>
        <translation>Cliciwch ddwywaith ar berson, neu pwyswch Return, i agor ei gofnod.</translation>
    </message>
    <message>
        <source>Whose reviews</source>
        <translation>Adolygiadau pwy</translation>
    </message>
    <message>
        <source>Your own people&apos;s reviews, everyone&apos;s, or a teammate&apos;s</source>
        <translation>Adolygiadau eich pobl chi, pawb, neu aelod arall o&apos;r tîm</translation>
    </message>
    <message>
        <source>How far ahead</source>
        <translation>Pa mor bell ymlaen</translation>
    </message>
    <message>
        <source>Overdue reviews, and those due up to this far ahead</source>
        <translation>Adolygiadau hwyr, a&apos;r rhai sy&apos;n ddyledus hyd at hyn ymlaen</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Hwyr yn unig</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Yn ddyledus yr wythnos hon</translation>
    </message>
    <message>
        <source>Due in the next 2 weeks</source>
        <translation>Yn ddyledus yn y pythefnos nesaf</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>Yn ddyledus y mis hwn</translation>
    </message>
    <message>
        <source>All reviews</source>
        <translation>Pob adolygiad</translation>
    </message>
    <message>
        <source>My people</source>
        <translation>Fy mhobl</translation>
    </message>
    <message>
        <source>Everyone&apos;s</source>
        <translation>Pawb</translation>
    </message>
    <message>
        <source>%1&apos;s people</source>
        <translation>Pobl %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled</source>
        <translation>
            <numerusform>%n wedi’u trefnu</numerusform>
            <numerusform>%n wedi’u trefnu</numerusform>
            <numerusform>%n wedi’u trefnu</numerusform>
            <numerusform>%n wedi’u trefnu</numerusform>
            <numerusform>%n wedi’u trefnu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due by %1</source>
        <translation>
            <numerusform>%n yn ddyledus erbyn %1</numerusform>
            <numerusform>%n yn ddyledus erbyn %1</numerusform>
            <numerusform>%n yn ddyledus erbyn %1</numerusform>
            <numerusform>%n yn ddyledus erbyn %1</numerusform>
            <numerusform>%n yn ddyledus erbyn %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews are overdue.</source>
        <translation>Does dim adolygiadau&apos;n hwyr.</translation>
    </message>
    <message>
        <source>No reviews are scheduled.</source>
        <translation>Does dim adolygiadau wedi&apos;u trefnu.</translation>
    </message>
    <message>
        <source>No reviews are overdue or due by %1.</source>
        <translation>Does dim adolygiadau&apos;n hwyr nac yn ddyledus erbyn %1.</translation>
    </message>
</context>
<context>
    <name>alongside::ScreenReader</name>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clirio&apos;r chwiliad</translation>
    </message>
</context>
<context>
    <name>alongside::SearchDialog</name>
    <message>
        <source>Search everything</source>
        <translation>Chwilio popeth</translation>
    </message>
    <message>
        <source>Words from notes, goals, profiles, circles or connections, for example allotment</source>
        <translation>Geiriau o nodiadau, nodau, proffiliau, cylchoedd neu gysylltiadau, er enghraifft rhandir</translation>
    </message>
    <message>
        <source>What was found, by person</source>
        <translation>Beth a ganfuwyd, fesul person</translation>
    </message>
    <message>
        <source>Type a word or two. Accents and capitals do not matter.</source>
        <translation>Teipiwch air neu ddau. Does dim ots am acenion na phriflythrennau.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”. Try fewer words, or the start of a word.</source>
        <translation>Dim byd wedi&apos;i ganfod ar gyfer “%1”. Rhowch gynnig ar lai o eiriau, neu ddechrau gair.</translation>
    </message>
    <message numerus="yes">
        <source>Found %1 about %n person(s). Press Return on one to open it.</source>
        <translation>
            <numerusform>Canfuwyd %1 am %n person. Pwyswch Return ar un i&apos;w agor.</numerusform>
            <numerusform>Canfuwyd %1 am %n person. Pwyswch Return ar un i&apos;w agor.</numerusform>
            <numerusform>Canfuwyd %1 am %n person. Pwyswch Return ar un i&apos;w agor.</numerusform>
            <numerusform>Canfuwyd %1 am %n person. Pwyswch Return ar un i&apos;w agor.</numerusform>
            <numerusform>Canfuwyd %1 am %n person. Pwyswch Return ar un i&apos;w agor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n peth</numerusform>
            <numerusform>%n peth</numerusform>
            <numerusform>%n peth</numerusform>
            <numerusform>%n peth</numerusform>
            <numerusform>%n peth</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alongside::SearchModel</name>
    <message numerus="yes">
        <source>%1 (%n found)</source>
        <translation>
            <numerusform>%1 (%n wedi&apos;u canfod)</numerusform>
            <numerusform>%1 (%n wedi&apos;u canfod)</numerusform>
            <numerusform>%1 (%n wedi&apos;u canfod)</numerusform>
            <numerusform>%1 (%n wedi&apos;u canfod)</numerusform>
            <numerusform>%1 (%n wedi&apos;u canfod)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>alongside::Session</name>
    <message>
        <source>Lock &amp;after…</source>
        <translation>Cl&amp;oi ar ôl…</translation>
    </message>
    <message>
        <source>How many minutes without use before Alongside locks itself</source>
        <translation>Sawl munud heb ei ddefnyddio cyn i Alongside gloi ei hun</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Cloi ar ôl</translation>
    </message>
    <message>
        <source>Lock Alongside after this many minutes without use:</source>
        <translation>Cloi Alongside ar ôl hyn o funudau heb ei ddefnyddio:</translation>
    </message>
</context>
<context>
    <name>alongside::SupportersModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cylch</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>alongside::SyncPage</name>
    <message>
        <source>Set &amp;up a team…</source>
        <translation>&amp;Sefydlu tîm…</translation>
    </message>
    <message>
        <source>&amp;Join a team…</source>
        <translation>&amp;Ymuno â thîm…</translation>
    </message>
    <message>
        <source>Export e&amp;verything…</source>
        <translation>Allforio &amp;popeth…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Mewnforio ff&amp;eiliau…</translation>
    </message>
    <message>
        <source>Write every record into one file, for a new teammate or to fill a gap</source>
        <translation>Ysgrifennu pob cofnod i un ffeil, ar gyfer aelod newydd o&apos;r tîm neu i lenwi bwlch</translation>
    </message>
    <message>
        <source>Bring in files from your teammates (Ctrl+I)</source>
        <translation>Dod â ffeiliau i mewn gan aelodau eich tîm (Ctrl+I)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Ffolder cysoni</translation>
    </message>
    <message>
        <source>Share with your team</source>
        <translation>Rhannu â&apos;ch tîm</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Gwrthdaro (%1)</translation>
    </message>
    <message>
        <source>This laptop is in the team &lt;b&gt;%1&lt;/b&gt;. Files are protected with the team passphrase.</source>
        <translation>Mae&apos;r gliniadur hwn yn y tîm &lt;b&gt;%1&lt;/b&gt;. Mae ffeiliau wedi&apos;u diogelu gyda chyfrinymadrodd y tîm.</translation>
    </message>
    <message>
        <source>No sync folder chosen: you choose where each file goes. A sync folder (a shared drive, OneDrive, Nextcloud or Syncthing folder) makes exporting and importing one click.</source>
        <translation>Dim ffolder cysoni wedi&apos;i ddewis: chi sy&apos;n dewis ble mae pob ffeil yn mynd. Gyda ffolder cysoni (gyriant a rennir, neu ffolder OneDrive, Nextcloud neu Syncthing), dim ond un clic sydd ei angen i allforio a mewnforio.</translation>
    </message>
    <message>
        <source>Files are exported to and imported from %1.</source>
        <translation>Caiff ffeiliau eu hallforio i %1 a&apos;u mewnforio ohono.</translation>
    </message>
    <message>
        <source>The team %1 is set up. Export everything, and give the file and the passphrase to each teammate so their laptops can join.</source>
        <translation>Mae&apos;r tîm %1 wedi&apos;i sefydlu. Allforiwch bopeth, a rhowch y ffeil a&apos;r cyfrinymadrodd i bob aelod o&apos;r tîm er mwyn i&apos;w gliniaduron allu ymuno.</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Dewis y ffolder cysoni</translation>
    </message>
    <message>
        <source>The passphrase of the team %1:</source>
        <translation>Cyfrinymadrodd y tîm %1:</translation>
    </message>
    <message>
        <source>The passphrase of the team you are joining:</source>
        <translation>Cyfrinymadrodd y tîm rydych chi&apos;n ymuno ag ef:</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Cyfrinymadrodd y tîm</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>This laptop is not in a team yet: set up a team, or join one, first.</source>
        <translation>Nid yw&apos;r gliniadur hwn mewn tîm eto: sefydlwch dîm, neu ymunwch ag un, yn gyntaf.</translation>
    </message>
    <message>
        <source>Export everything to</source>
        <translation>Allforio popeth i</translation>
    </message>
    <message>
        <source>Export changes to</source>
        <translation>Allforio newidiadau i</translation>
    </message>
    <message>
        <source>Nothing has changed since the last export, so no file was written.</source>
        <translation>Does dim wedi newid ers yr allforiad diwethaf, felly ni chafodd ffeil ei hysgrifennu.</translation>
    </message>
    <message>
        <source>Exported to %1. Share it with your team; it can only be opened with the team passphrase.</source>
        <translation>Wedi allforio i %1. Rhannwch y ffeil â&apos;ch tîm; dim ond gyda chyfrinymadrodd y tîm y mae modd ei hagor.</translation>
    </message>
    <message>
        <source>Import sync files</source>
        <translation>Mewnforio ffeiliau cysoni</translation>
    </message>
    <message>
        <source>Alongside sync files (*%1)</source>
        <translation>Ffeiliau cysoni Alongside (*%1)</translation>
    </message>
    <message>
        <source>There are no new files in %1: everything there has been imported.</source>
        <translation>Nid oes ffeiliau newydd yn %1: mae popeth sydd yno wedi&apos;i fewnforio.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wrthi&apos;n mewnforio…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Mewnforio</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation>
            <numerusform>Wedi mewnforio %n ffeil.</numerusform>
            <numerusform>Wedi mewnforio %n ffeil.</numerusform>
            <numerusform>Wedi mewnforio %n ffeil.</numerusform>
            <numerusform>Wedi mewnforio %n ffeil.</numerusform>
            <numerusform>Wedi mewnforio %n ffeil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wrthi&apos;n allforio…</translation>
    </message>
    <message>
        <source>The sync folder chosen before is not used: %1</source>
        <translation>Nid yw&apos;r ffolder cysoni a ddewiswyd o&apos;r blaen yn cael ei ddefnyddio: %1</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Cysoni &amp;nawr</translation>
    </message>
    <message>
        <source>Put this laptop&apos;s changes in the sync folder and bring in your teammates&apos; new files (Ctrl+E)</source>
        <translation>Rhoi newidiadau&apos;r gliniadur hwn yn y ffolder cysoni a dod â ffeiliau newydd aelodau&apos;ch tîm i mewn (Ctrl+E)</translation>
    </message>
    <message>
        <source>Write everything new on this laptop into one file for your team</source>
        <translation>Ysgrifennu popeth newydd ar y gliniadur hwn i un ffeil ar gyfer eich tîm</translation>
    </message>
    <message>
        <source>Sync now puts what is new on this laptop into the sync folder and brings in your teammates&apos; files from it. Nothing is sent anywhere else.</source>
        <translation>Mae Cysoni nawr yn rhoi&apos;r hyn sy&apos;n newydd ar y gliniadur hwn yn y ffolder cysoni ac yn dod â ffeiliau aelodau&apos;ch tîm i mewn ohono. Does dim yn cael ei anfon i unman arall.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <source>Choose the sync folder first: the shared folder where your team&apos;s files meet.</source>
        <translation>Dewiswch y ffolder cysoni yn gyntaf: y ffolder a rennir lle mae ffeiliau&apos;ch tîm yn cyfarfod.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wrthi&apos;n cysoni…</translation>
    </message>
    <message>
        <source>Nothing new on this laptop to share.</source>
        <translation>Dim byd newydd ar y gliniadur hwn i&apos;w rannu.</translation>
    </message>
    <message>
        <source>Your changes are in the sync folder (%1).</source>
        <translation>Mae&apos;ch newidiadau yn y ffolder cysoni (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Brought in %n file(s) from your team.</source>
        <translation>
            <numerusform>Wedi dod â %n ffeil i mewn gan eich tîm.</numerusform>
            <numerusform>Wedi dod â %n ffeil i mewn gan eich tîm.</numerusform>
            <numerusform>Wedi dod â %n ffeil i mewn gan eich tîm.</numerusform>
            <numerusform>Wedi dod â %n ffeil i mewn gan eich tîm.</numerusform>
            <numerusform>Wedi dod â %n ffeil i mewn gan eich tîm.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1, in the sync folder your team shares.</source>
        <translation>Wedi allforio i %1, yn y ffolder cysoni y mae&apos;ch tîm yn ei rannu.</translation>
    </message>
    <message>
        <source>Bring in every file in the sync folder that is new to this laptop</source>
        <translation>Dod â phob ffeil yn y ffolder cysoni sy&apos;n newydd i&apos;r gliniadur hwn i mewn</translation>
    </message>
    <message>
        <source>Bring them in when I pause</source>
        <translation>Dod â nhw i mewn pan fyddaf yn oedi</translation>
    </message>
    <message>
        <source>Ask me first</source>
        <translation>Gofyn i mi yn gyntaf</translation>
    </message>
    <message>
        <source>When teammates&apos; files arrive</source>
        <translation>Pan ddaw ffeiliau aelodau&apos;r tîm</translation>
    </message>
    <message>
        <source>Sync and export wait until this laptop is in a team: set up a team, or join one, above.</source>
        <translation>Mae cysoni ac allforio yn aros nes bod y gliniadur hwn mewn tîm: sefydlwch dîm, neu ymunwch ag un, uchod.</translation>
    </message>
    <message>
        <source>Importing from the sync folder needs one: choose it above.</source>
        <translation>Mae mewnforio o&apos;r ffolder cysoni angen un: dewiswch hi uchod.</translation>
    </message>
    <message>
        <source>This laptop has joined the team %1.</source>
        <translation>Mae&apos;r gliniadur hwn wedi ymuno â&apos;r tîm %1.</translation>
    </message>
    <message>
        <source>This laptop is not in a team yet. Set up a team, or join one: &lt;i&gt;Join a team&lt;/i&gt; asks for your team&apos;s shared folder (or a file a teammate gave you), then the team passphrase.</source>
        <translation>Nid yw&apos;r gliniadur hwn mewn tîm eto. Sefydlwch dîm, neu ymunwch ag un: mae &lt;i&gt;Ymuno â thîm&lt;/i&gt; yn gofyn am ffolder a rennir eich tîm (neu ffeil a roddodd aelod o&apos;r tîm i chi), yna cyfrinymadrodd y tîm.</translation>
    </message>
    <message numerus="yes">
        <source>Brought in %n new file(s) from your team as they arrived.</source>
        <translation>
            <numerusform>Daethpwyd â %n ffeil newydd gan eich tîm i mewn wrth iddyn nhw gyrraedd.</numerusform>
            <numerusform>Daethpwyd â %n ffeil newydd gan eich tîm i mewn wrth iddyn nhw gyrraedd.</numerusform>
            <numerusform>Daethpwyd â %n ffeil newydd gan eich tîm i mewn wrth iddyn nhw gyrraedd.</numerusform>
            <numerusform>Daethpwyd â %n ffeil newydd gan eich tîm i mewn wrth iddyn nhw gyrraedd.</numerusform>
            <numerusform>Daethpwyd â %n ffeil newydd gan eich tîm i mewn wrth iddyn nhw gyrraedd.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport changes</source>
        <translation>&amp;Allforio newidiadau</translation>
    </message>
    <message>
        <source>Import from the sync fol&amp;der</source>
        <translation>Mewnforio o&apos;r ffo&amp;lder cysoni</translation>
    </message>
    <message>
        <source>Choose fo&amp;lder…</source>
        <translation>&amp;Dewis ffolder…</translation>
    </message>
    <message>
        <source>&amp;When teammates&apos; files arrive:</source>
        <translation>Pan ddaw ffeiliau aelodau&apos;r &amp;tîm:</translation>
    </message>
</context>
<context>
    <name>alongside::SyncStatus</name>
    <message>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Statws cysoni</translation>
    </message>
    <message>
        <source>Set up or join a team on the Sync page first</source>
        <translation>Sefydlwch dîm neu ymunwch ag un ar y dudalen Cysoni yn gyntaf</translation>
    </message>
    <message>
        <source>Not in a team yet</source>
        <translation>Ddim mewn tîm eto</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Heb gysoni eto</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Cysonwyd ddiwethaf %1</translation>
    </message>
    <message>
        <source>everything shared</source>
        <translation>popeth wedi&apos;i rannu</translation>
    </message>
    <message>
        <source>over %1 changes not yet shared</source>
        <translation>dros %1 o newidiadau heb eu rhannu eto</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not yet shared</source>
        <translation>
            <numerusform>%n newid heb ei rannu eto</numerusform>
            <numerusform>%n newid heb ei rannu eto</numerusform>
            <numerusform>%n newid heb ei rannu eto</numerusform>
            <numerusform>%n newid heb ei rannu eto</numerusform>
            <numerusform>%n newid heb ei rannu eto</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) from your team: Sync now brings them in</source>
        <translation>
            <numerusform>%n ffeil newydd gan eich tîm: mae Cysoni nawr yn dod â nhw i mewn</numerusform>
            <numerusform>%n ffeil newydd gan eich tîm: mae Cysoni nawr yn dod â nhw i mewn</numerusform>
            <numerusform>%n ffeil newydd gan eich tîm: mae Cysoni nawr yn dod â nhw i mewn</numerusform>
            <numerusform>%n ffeil newydd gan eich tîm: mae Cysoni nawr yn dod â nhw i mewn</numerusform>
            <numerusform>%n ffeil newydd gan eich tîm: mae Cysoni nawr yn dod â nhw i mewn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alongside::TeamSetupDialog</name>
    <message>
        <source>Set up a team</source>
        <translation>Sefydlu tîm</translation>
    </message>
    <message>
        <source>Laptops in a team share their records through sync files, protected by the team passphrase. Alongside never stores the passphrase: tell it to your teammates in person, and keep it somewhere safe.</source>
        <translation>Mae gliniaduron mewn tîm yn rhannu eu cofnodion drwy ffeiliau cysoni, wedi&apos;u diogelu gan gyfrinymadrodd y tîm. Nid yw Alongside byth yn cadw&apos;r cyfrinymadrodd: dywedwch ef wrth aelodau eich tîm wyneb yn wyneb, a chadwch ef yn rhywle diogel.</translation>
    </message>
    <message>
        <source>for example, Riverside coordinators</source>
        <translation>er enghraifft, cydlynwyr Glan-yr-afon</translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation>&amp;Enw&apos;r tîm:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation>&amp;Yr un peth eto:</translation>
    </message>
    <message>
        <source>Set up the team</source>
        <translation>Sefydlu&apos;r tîm</translation>
    </message>
    <message>
        <source>Four or more unrelated words make a strong passphrase.</source>
        <translation>Mae pedwar gair digyswllt neu ragor yn gwneud cyfrinymadrodd cryf.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol.</translation>
    </message>
</context>
<context>
    <name>alongside::VisionGoalsTab</name>
    <message>
        <source>Save the vision</source>
        <translation>Cadw&apos;r weledigaeth</translation>
    </message>
    <message>
        <source>Add &amp;step…</source>
        <translation>Ychwanegu &amp;cam…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Golygu…</translation>
    </message>
    <message>
        <source>Step &amp;done</source>
        <translation>Cam wedi&apos;i &amp;wneud</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>What a good life looks like, in the person&apos;s own words</source>
        <translation>Sut olwg sydd ar fywyd da, yng ngeiriau&apos;r person ei hun</translation>
    </message>
    <message>
        <source>Save the vision (Ctrl+S)</source>
        <translation>Cadw&apos;r weledigaeth (Ctrl+S)</translation>
    </message>
    <message>
        <source>Vision: what a good life looks like for me</source>
        <translation>Gweledigaeth: sut olwg sydd ar fywyd da i mi</translation>
    </message>
    <message>
        <source>Goals and steps</source>
        <translation>Nodau a chamau</translation>
    </message>
    <message>
        <source>Add &amp;goal…</source>
        <translation>Ychwanegu &amp;nod…</translation>
    </message>
    <message>
        <source>Mark the chosen step done today, or not done (Space)</source>
        <translation>Nodi bod y cam a ddewiswyd wedi&apos;i wneud heddiw, neu heb ei wneud (Space)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Symud i fyny (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Symud i lawr (Alt+Down)</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Gweledigaeth</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Nodau</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Tynnu nod</translation>
    </message>
    <message numerus="yes">
        <source>Remove the goal “%1” and its %n step(s)?</source>
        <translation>
            <numerusform>Tynnu&apos;r nod “%1” a&apos;i %n cam?</numerusform>
            <numerusform>Tynnu&apos;r nod “%1” a&apos;i %n cam?</numerusform>
            <numerusform>Tynnu&apos;r nod “%1” a&apos;i %n cam?</numerusform>
            <numerusform>Tynnu&apos;r nod “%1” a&apos;i %n cam?</numerusform>
            <numerusform>Tynnu&apos;r nod “%1” a&apos;i %n cam?</numerusform>
        </translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <source>edit %1&apos;s vision</source>
        <translation>golygu gweledigaeth %1</translation>
    </message>
</context>
<context>
    <name>alongside::WellbeingChart</name>
    <message>
        <source>No wellbeing answers yet. Ask the four questions now and again, and the chart shows how things change for the person.</source>
        <translation>Dim atebion lles eto. Gofynnwch y pedwar cwestiwn o bryd i&apos;w gilydd, ac mae&apos;r siart yn dangos sut mae pethau&apos;n newid i&apos;r person.</translation>
    </message>
    <message>
        <source>Wellbeing chart</source>
        <translation>Siart lles</translation>
    </message>
    <message>
        <source>Anxiety chart</source>
        <translation>Siart pryder</translation>
    </message>
    <message>
        <source>Satisfaction, worthwhile, happiness: higher is better</source>
        <translation>Bodlonrwydd, gwerth chweil, hapusrwydd: uwch sy&apos;n well</translation>
    </message>
    <message>
        <source>Anxiety: lower is better</source>
        <translation>Pryder: is sy&apos;n well</translation>
    </message>
    <message>
        <source>No wellbeing answers yet.</source>
        <translation>Dim atebion lles eto.</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Shaded by the ONS bands, from red (worse) to green (better): low 0–4, medium 5–6, high 7–8, very high 9–10; for anxiety very low 0–1, low 2–3, medium 4–5, high 6–10.</source>
        <translation>Wedi&apos;i liwio yn ôl bandiau&apos;r ONS, o goch (gwaeth) i wyrdd (gwell): isel 0–4, canolig 5–6, uchel 7–8, uchel iawn 9–10; ar gyfer pryder isel iawn 0–1, isel 2–3, canolig 4–5, uchel 6–10.</translation>
    </message>
    <message>
        <source>Asked once, on %1: %2.</source>
        <translation>Gofynnwyd unwaith, ar %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Asked %n times, from %1 to %2. Latest: %3.</source>
        <translation>
            <numerusform>Gofynnwyd %n gwaith, o %1 i %2. Y diweddaraf: %3.</numerusform>
            <numerusform>Gofynnwyd %n gwaith, o %1 i %2. Y diweddaraf: %3.</numerusform>
            <numerusform>Gofynnwyd %n gwaith, o %1 i %2. Y diweddaraf: %3.</numerusform>
            <numerusform>Gofynnwyd %n gwaith, o %1 i %2. Y diweddaraf: %3.</numerusform>
            <numerusform>Gofynnwyd %n gwaith, o %1 i %2. Y diweddaraf: %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alongside::WellbeingDialog</name>
    <message>
        <source>Wellbeing questions</source>
        <translation>Cwestiynau lles</translation>
    </message>
    <message>
        <source>Wellbeing answers</source>
        <translation>Atebion lles</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>diwrnod/mis/blwyddyn</translation>
    </message>
    <message>
        <source>Ask each question as it is written. Each answer is from 0 (not at all) to 10 (completely). Any question can be left unanswered.</source>
        <translation>Gofynnwch bob cwestiwn fel y mae wedi&apos;i ysgrifennu. Mae pob ateb o 0 (ddim o gwbl) i 10 (yn llwyr). Gellir gadael unrhyw gwestiwn heb ei ateb.</translation>
    </message>
    <message>
        <source>&amp;Asked on:</source>
        <translation>&amp;Gofynnwyd ar:</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <source>0 = not at all, 10 = completely</source>
        <translation>0 = ddim o gwbl, 10 = yn llwyr</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Heb ddweud</translation>
    </message>
    <message>
        <source>Ans&amp;wered by:</source>
        <translation>&amp;Atebwyd gan:</translation>
    </message>
</context>
<context>
    <name>alongside::WellbeingModel</name>
    <message>
        <source>Asked on</source>
        <translation>Gofynnwyd ar</translation>
    </message>
    <message>
        <source>—</source>
        <comment>a question left unanswered</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 out of 10: %2</source>
        <translation>%1 allan o 10: %2</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Heb ei ateb</translation>
    </message>
    <message>
        <source>%1, with help</source>
        <translation>%1, gyda help</translation>
    </message>
    <message>
        <source>Answered by: %1</source>
        <translation>Atebwyd gan: %1</translation>
    </message>
</context>
<context>
    <name>alongside::WithdrawDialog</name>
    <message>
        <source>Consent withdrawn</source>
        <translation>Caniatâd wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>The person has withdrawn this consent:
%1</source>
        <translation>Mae&apos;r person wedi tynnu&apos;r caniatâd hwn yn ôl:
%1</translation>
    </message>
    <message>
        <source>day/month/year</source>
        <translation>diwrnod/mis/blwyddyn</translation>
    </message>
    <message>
        <source>what they said, if anything</source>
        <translation>beth ddywedon nhw, os unrhyw beth</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>Wedi&apos;i dynnu&apos;n ôl &amp;ar:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pam:</translation>
    </message>
</context>
<context>
    <name>alongside::YourDetailsDialog</name>
    <message>
        <source>Your details</source>
        <translation>Eich manylion</translation>
    </message>
    <message>
        <source>Printed on each person&apos;s plan, so they know how to reach you.</source>
        <translation>Yn cael ei argraffu ar gynllun pob person, fel eu bod yn gwybod sut i gysylltu â chi.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Enw:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Ffôn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;bost:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Notes and plans for Local Area Coordinators.</source>
        <translation>Nodiadau a chynlluniau ar gyfer Cydlynwyr Ardal Leol.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Agor y ffeil cronfa ddata hon.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ffeil</translation>
    </message>
    <message>
        <source>Interface language: cy or en.</source>
        <translation>Iaith y rhyngwyneb: cy neu en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>iaith</translation>
    </message>
    <message>
        <source>Alongside cannot open its database</source>
        <translation>Ni all Alongside agor y gronfa ddata</translation>
    </message>
    <message>
        <source>Unknown command %1; the commands are init, demo, check, stats, export, import and print.</source>
        <translation>Gorchymyn anhysbys %1; y gorchmynion yw init, demo, check, stats, export, import a print.</translation>
    </message>
    <message>
        <source>Read the caseload&apos;s passphrase from this file instead of asking (for a demonstration caseload).</source>
        <translation>Darllen cyfrinymadrodd y llwyth achosion o&apos;r ffeil hon yn lle gofyn (ar gyfer llwyth achosion arddangos).</translation>
    </message>
    <message>
        <source>Could not read the passphrase file %1.</source>
        <translation>Methu darllen y ffeil cyfrinymadrodd %1.</translation>
    </message>
    <message>
        <source>set up this laptop: --coordinator NAME --laptop NAME [--team NAME]</source>
        <translation>gosod y gliniadur hwn: --coordinator ENW --laptop ENW [--team ENW]</translation>
    </message>
    <message>
        <source>fill a new file with a made-up caseload: [--people N] [--seed S]</source>
        <translation>llenwi ffeil newydd â llwyth achosion dychmygol: [--people N] [--seed S]</translation>
    </message>
    <message>
        <source>check the file is sound and its schema current (exit 0 or 1)</source>
        <translation>gwirio bod y ffeil yn iach a&apos;i sgema&apos;n gyfredol (gadael 0 neu 1)</translation>
    </message>
    <message>
        <source>count the records, as JSON</source>
        <translation>cyfrif y cofnodion, fel JSON</translation>
    </message>
    <message>
        <source>write a sync file for the team: --to FOLDER [--full]</source>
        <translation>ysgrifennu ffeil gysoni i&apos;r tîm: --to FFOLDER [--full]</translation>
    </message>
    <message>
        <source>bring in teammates&apos; sync files: FILE...</source>
        <translation>dod â ffeiliau cysoni&apos;r tîm i mewn: FFEIL...</translation>
    </message>
    <message>
        <source>save a person&apos;s plan as a PDF: --person ID --pdf FILE [--document KIND] [--large-print]</source>
        <translation>cadw cynllun person fel PDF: --person ID --pdf FFEIL [--document MATH] [--large-print]</translation>
    </message>
    <message>
        <source>Without a command, opens the window. The commands need no display; each works on this laptop&apos;s caseload unless given --database FILE:</source>
        <translation>Heb orchymyn, mae&apos;n agor y ffenestr. Does dim angen sgrin ar y gorchmynion; mae pob un yn gweithio ar lwyth achosion y gliniadur hwn oni roddir --database FFEIL:</translation>
    </message>
    <message>
        <source>the quarterly return: --quarter 2026-Q3 [--coordinator NAME] [--ward W] --pdf FILE | --xlsx FILE | --csv FOLDER [--story ID]... [--anonymise]</source>
        <translation>y datganiad chwarterol: --quarter 2026-Q3 [--coordinator ENW] [--ward W] --pdf FFEIL | --xlsx FFEIL | --csv FFOLDER [--story ID]... [--anonymise]</translation>
    </message>
    <message>
        <source>add people from a spreadsheet saved as CSV: --csv FILE [--mapping FILE] [--dry-run]</source>
        <translation>ychwanegu pobl o daenlen wedi&apos;i chadw fel CSV: --csv FFEIL [--mapping FFEIL] [--dry-run]</translation>
    </message>
    <message>
        <source>reviews and steps due as iCalendar: --ics FILE | --folder FOLDER [--coordinator NAME]</source>
        <translation>adolygiadau a chamau sy&apos;n ddyledus fel iCalendar: --ics FFEIL | --folder FFOLDER [--coordinator ENW]</translation>
    </message>
    <message>
        <source>the directory as Open Referral UK JSON: --export FILE | --import FILE [--dry-run]</source>
        <translation>y cyfeiriadur fel JSON Open Referral UK: --export FFEIL | --import FFEIL [--dry-run]</translation>
    </message>
    <message>
        <source>everything held about one person, for a subject access request: --person ID --to FOLDER</source>
        <translation>popeth a gedwir am un person, ar gyfer cais gwrthrych am wybodaeth: --person ID --to FFOLDER</translation>
    </message>
</context>
</TS>
