<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
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
        <source>--team is not available yet: this version does not sync.</source>
        <translation>Nid yw --team ar gael eto: nid yw&apos;r fersiwn hon yn cysoni.</translation>
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
</context>
<context>
    <name>DemoCaseload</name>
    <message>
        <source>The demo word lists are missing from this build.</source>
        <translation>Mae&apos;r rhestrau geiriau ar gyfer y data enghreifftiol ar goll o&apos;r fersiwn hon.</translation>
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
</context>
<context>
    <name>PeopleRepository</name>
    <message>
        <source>This person is no longer on this laptop.</source>
        <translation>Nid yw&apos;r person hwn ar y gliniadur hwn bellach.</translation>
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
</context>
<context>
    <name>Vocabulary</name>
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
        <source>Other</source>
        <translation>Arall</translation>
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
        <source>Co&amp;nsent given on:</source>
        <translation>Cania&amp;tâd wedi&apos;i roi ar:</translation>
    </message>
    <message>
        <source>Consent n&amp;ote:</source>
        <translation>Nodyn caniatâ&amp;d:</translation>
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
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi cadw.</translation>
    </message>
    <message>
        <source>Unarchive %1</source>
        <translation>Dad-archifo %1</translation>
    </message>
    <message>
        <source>Archive %1</source>
        <translation>Archifo %1</translation>
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
    <name>alongside::MainWindow</name>
    <message>
        <source>Alongside — %1 on %2</source>
        <translation>Alongside — %1 ar %2</translation>
    </message>
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
        <source>&amp;Find people</source>
        <translation>&amp;Chwilio am bobl</translation>
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
</context>
<context>
    <name>alongside::QuickNoteEditor</name>
    <message>
        <source>Save note</source>
        <translation>Cadw&apos;r nodyn</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mun</translation>
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
        <source>Unknown command %1; the commands are init, demo, check and stats.</source>
        <translation>Gorchymyn anhysbys %1; y gorchmynion yw init, demo, check a stats.</translation>
    </message>
    <message>
        <source>Alongside cannot open its database</source>
        <translation>Ni all Alongside agor y gronfa ddata</translation>
    </message>
</context>
</TS>
