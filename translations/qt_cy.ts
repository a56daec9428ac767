<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Welsh for the Qt widgets Alongside shows (standard buttons, the file, print and
     preview dialogs, text menus), since Qt ships none. Kept by hand: lupdate does not
     touch this file. Sources as Qt 6.4 writes them. -->
<TS version="2.1" language="cy_GB">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Iawn</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Na</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ie</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Cymorth</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Agor</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Cadw</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Terfynu</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Rhoi ar waith</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cau</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Ailosod</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Ceisio eto</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Adfer y rhagosodiadau</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Diddymu</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Anwybyddu</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Na i'r c&amp;yfan</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Cadw'r cyfan</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Taflu</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ie i'r &amp;cyfan</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>Iawn</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Diddymu</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>What's This?</source>
            <translation>Beth yw hwn?</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Rhowch werth:</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Dangos y manylion...</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Ynghylch Qt</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Cuddio’r manylion...</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Back</source>
            <translation>Yn ôl</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Agor</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Agor</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Cadw</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Ffeiliau</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Dangos </translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>Mae '%1' wedi'i diogelu rhag newid.
Ydych chi am ei dileu beth bynnag?</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Ydych chi'n siŵr eich bod am ddileu '%1'?</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Rhestr o leoedd a nodau tudalen</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>E&amp;nw'r ffeil:</translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation>Alt+Left</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Ffolder newydd</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Ffolder uwch</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Ffolder &amp;newydd</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Tynnu</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Edrych yn:</translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation>Alt+Right</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Creu ffolder newydd</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Ffeiliau o'r math:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Dod o hyd i ffolder</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Dangos ffeiliau &amp;cudd</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Cadw fel</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Ni chafwyd hyd i'r ffolder.
Gwiriwch fod enw cywir y ffolder wedi'i roi.</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Bar ochr</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Golwg rhestr</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Dewis</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Dileu</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Pob ffeil (*)</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Pob ffeil (*)</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Ffolderi</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>A&amp;ilenwi</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Methu dileu'r ffolder.</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Ffolder:</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>Mae %1 yn bodoli'n barod.
Ydych chi am roi un newydd yn ei le?</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Ymlaen</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Mynd ymlaen</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Mynd i'r ffolder uwch</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Lleoedd diweddar</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Mynd yn ôl</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Newid i'r golwg manylion</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Creu ffolder newydd</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Golwg manylion</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Ni chafwyd hyd i'r ffeil.
Gwiriwch fod enw cywir y ffeil wedi'i roi.</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Newid i'r golwg rhestr</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Kind</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Enw</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Maint</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Math</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Fy nghyfrifiadur</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Cyfrifiadur</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Newidiwyd</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>File</source>
            <translation>Ffeil</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Gyriant</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Ffolder ffeiliau</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ffolder</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Anhysbys</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Llwybr byr</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Torri</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Ail-&amp;wneud</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Gludo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Dewis y cyfan</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Torri</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copïo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Ail-&amp;wneud</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Dadwneud</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Gludo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Dileu</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Dewis y cyfan</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copïo lleoliad y &amp;ddolen</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>Step &amp;down</source>
            <translation>Cam i &amp;lawr</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Cam i &amp;fyny</translation>
        </message>
        <message>
            <source>&amp;Select All</source>
            <translation>Dewis y c&amp;yfan</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Top</source>
            <translation>Brig</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Sgrolio i lawr</translation>
        </message>
        <message>
            <source>Scroll here</source>
            <translation>Sgrolio yma</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Sgrolio i'r chwith</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>Gwaelod</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Tudalen i fyny</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Tudalen i'r dde</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Sgrolio i fyny</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Sgrolio i'r dde</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Ymyl chwith</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Tudalen i lawr</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Tudalen i'r chwith</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Ymyl dde</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>Print Preview</source>
            <translation>Rhagolwg argraffu</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Argraffu</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Ffitio'r dudalen</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Chwyddo i mewn</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Tirlun</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Chwyddo allan</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Ffitio'r lled</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Portread</translation>
        </message>
        <message>
            <source>Page Setup</source>
            <translation>Gosod y dudalen</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Gosod y dudalen</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Dangos trosolwg o bob tudalen</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Tudalen gyntaf</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Tudalen olaf</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Dangos un dudalen</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>Allforio i PDF</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Tudalen flaenorol</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Tudalen nesaf</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Dangos tudalennau cyferbyn</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Even Pages</source>
            <translation>Tudalennau eilrif</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Argraffu</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Dewisiadau &lt;&lt;</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Dewisiadau &gt;&gt;</translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation>O'r chwith i'r dde, o'r brig i'r gwaelod</translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation>O'r dde i'r chwith, o'r gwaelod i'r brig</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>Ysgrifennu ffeil PDF</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Argraffu</translation>
        </message>
        <message>
            <source>1 (1x1)</source>
            <translation>1 (1x1)</translation>
        </message>
        <message>
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>Ni ellir defnyddio 'Tudalennau i bob dalen' a 'Set tudalennau' gyda'i gilydd.
Diffoddwch un ohonyn nhw.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>Mae %1 yn bodoli'n barod.
Ydych chi am ysgrifennu drosti?</translation>
        </message>
        <message>
            <source>2 (2x1)</source>
            <translation>2 (2x1)</translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation>O'r chwith i'r dde, o'r gwaelod i'r brig</translation>
        </message>
        <message>
            <source>4 (2x2)</source>
            <translation>4 (2x2)</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Tudalennau odrif</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Ffeil leol</translation>
        </message>
        <message>
            <source>6 (2x3)</source>
            <translation>6 (2x3)</translation>
        </message>
        <message>
            <source>16 (4x4)</source>
            <translation>16 (4x4)</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>Mae gwrthdaro yn y gosodiadau argraffu dwy ochr. Ydych chi am eu cywiro?</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>Argraffu i ffeil (PDF)</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>Argraffu i ffeil ...</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>Diffiniad tudalennau annilys</translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>Nid yw %1 yn dilyn y gystrawen gywir. Defnyddiwch ',' i wahanu ystodau a thudalennau, a '-' i ddiffinio ystod, a gwnewch yn siŵr nad yw'r ystodau'n gorgyffwrdd.</translation>
        </message>
        <message>
            <source>9 (3x3)</source>
            <translation>9 (3x3)</translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation>O'r dde i'r chwith, o'r brig i'r gwaelod</translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation>O'r gwaelod i'r brig, o'r chwith i'r dde</translation>
        </message>
        <message>
            <source>The 'From' value cannot be greater than the 'To' value.</source>
            <translation>Ni all y gwerth 'O' fod yn fwy na'r gwerth 'I'.</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>Pob tudalen</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>Gwrthdaro yn y gosodiadau dwy ochr</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>Ffolder yw %1.
Dewiswch enw ffeil gwahanol.</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>Ni ellir ysgrifennu i'r ffeil %1.
Dewiswch enw ffeil gwahanol.</translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation>O'r gwaelod i'r brig, o'r dde i'r chwith</translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation>O'r brig i'r gwaelod, o'r chwith i'r dde</translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation>O'r brig i'r gwaelod, o'r dde i'r chwith</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>...</source>
            <translation>...</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Ffurflen</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Math:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Enw:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>&amp;Ffeil allbwn:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>P&amp;riodweddau</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Rhagolwg</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Argraffydd</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Lleoliad:</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>to</source>
            <translation>i</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>I ffwrdd</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Ffurflen</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Lliw</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Argraffu'r cyfan</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Tudalennau</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Tudalen gyfredol</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Detholiad</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copïau</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Ystod argraffu</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Modd lliw</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Dewisiadau</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Gosodiadau allbwn</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Gwrthdroi</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Graddlwyd</translation>
        </message>
        <message>
            <source>Collate</source>
            <translation>Coladu</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Copïau:</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Rhwymo ar yr ochr fer</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Rhowch dudalennau neu ystodau wedi'u gwahanu gan atalnodau. Dau rif â chysylltnod rhyngddynt yw ystod. E.e.: mae 3,5-7,9 yn argraffu tudalennau 3, 5, 6, 7 a 9.</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Tudalennau o</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>Argraffu dwy ochr</translation>
        </message>
        <message>
            <source>Page Set:</source>
            <translation>Set tudalennau:</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Rhwymo ar yr ochr hir</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>CC</source>
            <translation>CC</translation>
        </message>
        <message>
            <source>DD</source>
            <translation>DD</translation>
        </message>
        <message>
            <source>in</source>
            <translation>mod</translation>
        </message>
        <message>
            <source>mm</source>
            <translation>mm</translation>
        </message>
        <message>
            <source>pt</source>
            <translation>pt</translation>
        </message>
        <message>
            <source>P̸</source>
            <translation>P̸</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Ffurflen</translation>
        </message>
        <message>
            <source>bottom margin</source>
            <translation>ymyl waelod</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Papur</translation>
        </message>
        <message>
            <source>Paper source:</source>
            <translation>Ffynhonnell papur:</translation>
        </message>
        <message>
            <source>right margin</source>
            <translation>ymyl dde</translation>
        </message>
        <message>
            <source>Pica (P̸)</source>
            <translation>Pica (P̸)</translation>
        </message>
        <message>
            <source>Margins</source>
            <translation>Ymylon</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Personol</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Tirlun</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>Cynllun tudalen</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Lled:</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Cyfeiriadedd</translation>
        </message>
        <message>
            <source>Didot (DD)</source>
            <translation>Didot (DD)</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Portread</translation>
        </message>
        <message>
            <source>Page order:</source>
            <translation>Trefn tudalennau:</translation>
        </message>
        <message>
            <source>top margin</source>
            <translation>ymyl uchaf</translation>
        </message>
        <message>
            <source>left margin</source>
            <translation>ymyl chwith</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>Maint tudalen:</translation>
        </message>
        <message>
            <source>Cicero (CC)</source>
            <translation>Cicero (CC)</translation>
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation>Portread o chwith</translation>
        </message>
        <message>
            <source>Millimeters (mm)</source>
            <translation>Milimetrau (mm)</translation>
        </message>
        <message>
            <source>Points (pt)</source>
            <translation>Pwyntiau (pt)</translation>
        </message>
        <message>
            <source>Pages per sheet:</source>
            <translation>Tudalennau i bob dalen:</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>Modfeddi (mod)</translation>
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation>Tirlun o chwith</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Uchder:</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <source>Form</source>
            <translation>Ffurflen</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Tudalen</translation>
        </message>
        <message>
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>Mae gwrthdaro mewn rhai dewisiadau. Cywirwch nhw.</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Uwch</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Advanced Option Conflicts</source>
            <translation>Gwrthdaro yn y dewisiadau uwch</translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation>Dewisiadau’r gwaith</translation>
        </message>
        <message>
            <source>Page Setup Conflicts</source>
            <translation>Gwrthdaro yn y gosodiadau tudalen</translation>
        </message>
        <message>
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>Mae gwrthdaro mewn rhai dewisiadau uwch. Ydych chi am eu cywiro?</translation>
        </message>
        <message>
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>Mae gwrthdaro yn y gosodiadau tudalen. Ydych chi am eu cywiro?</translation>
        </message>
        <message>
            <source>Printer Properties</source>
            <translation>Priodweddau'r argraffydd</translation>
        </message>
    </context>
</TS>
