<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>Arrange</name>
    <message>
        <source>Align Left</source>
        <extracomment>Menu key → (menu text, undo verb, how many steps it needs).</extracomment>
        <translation>Justera vänster</translation>
    </message>
    <message>
        <source>Align Centre</source>
        <translation>Centrera</translation>
    </message>
    <message>
        <source>Align Right</source>
        <translation>Justera höger</translation>
    </message>
    <message>
        <source>Align Top</source>
        <translation>Justera överkant</translation>
    </message>
    <message>
        <source>Align Middle</source>
        <translation>Justera mitten</translation>
    </message>
    <message>
        <source>Align Bottom</source>
        <translation>Justera nederkant</translation>
    </message>
    <message>
        <source>Distribute Horizontally</source>
        <translation>Fördela vågrätt</translation>
    </message>
    <message>
        <source>Distribute Vertically</source>
        <translation>Fördela lodrätt</translation>
    </message>
    <message>
        <source>Tidy Up</source>
        <translation>Städa upp</translation>
    </message>
    <message>
        <source>Align %n step(s) left</source>
        <translation>Justera steg till vänster: %n</translation>
    </message>
    <message>
        <source>Align %n step(s) centre</source>
        <translation>Centrera steg: %n</translation>
    </message>
    <message>
        <source>Align %n step(s) right</source>
        <translation>Justera steg till höger: %n</translation>
    </message>
    <message>
        <source>Align %n step(s) top</source>
        <translation>Justera steg mot överkant: %n</translation>
    </message>
    <message>
        <source>Align %n step(s) middle</source>
        <translation>Justera steg mot mitten: %n</translation>
    </message>
    <message>
        <source>Align %n step(s) bottom</source>
        <translation>Justera steg mot nederkant: %n</translation>
    </message>
    <message>
        <source>Distribute %n step(s) horizontally</source>
        <translation>Fördela steg vågrätt: %n</translation>
    </message>
    <message>
        <source>Distribute %n step(s) vertically</source>
        <translation>Fördela steg lodrätt: %n</translation>
    </message>
    <message>
        <source>Tidy %n step(s)</source>
        <translation>Städa upp steg: %n</translation>
    </message>
    <message>
        <source>Select at least %n steps to arrange.</source>
        <translation>Markera minst %n steg att ordna.</translation>
    </message>
    <message>
        <source>The steps are already arranged.</source>
        <translation>Stegen är redan ordnade.</translation>
    </message>
</context>
<context>
    <name>Attribute</name>
    <message>
        <source>Branch probability</source>
        <extracomment>Every field name of the attribute tables, as the model writes it.</extracomment>
        <translation>Sannolikhet för grenen</translation>
    </message>
    <message>
        <source>Failure branch</source>
        <translation>Felgren</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Upptäckbarhet</translation>
    </message>
    <message>
        <source>Fixed cost per year</source>
        <translation>Fast kostnad per år</translation>
    </message>
    <message>
        <source>Customer sees it</source>
        <translation>Kunden ser det</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Väntetid</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerans</translation>
    </message>
    <message>
        <source>Duration distribution</source>
        <translation>Varaktighetsfördelning</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kostnad</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Resurs</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Initierad av</translation>
    </message>
    <message>
        <source>Customer time</source>
        <translation>Kundens tid</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Ansträngning</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Känsla</translation>
    </message>
    <message>
        <source>Failure probability</source>
        <translation>Felsannolikhet</translation>
    </message>
    <message>
        <source>Emotion on failure</source>
        <translation>Känsla vid fel</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Sanningens ögonblick</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Datauppgifter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Contact reason</source>
        <translation>Kontaktorsak</translation>
    </message>
    <message>
        <source>Avoidable (failure demand)</source>
        <translation>Undvikbar (felefterfrågan)</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Orsakad av</translation>
    </message>
    <message>
        <source>Activity key</source>
        <translation>Aktivitetsnyckel</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Start share</source>
        <translation>Andel av starter</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Betjänare</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Kostnad per timme</translation>
    </message>
    <message>
        <source>Journeys per year</source>
        <translation>Kundresor per år</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>Ankomsttakt</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Journeys per account per year</source>
        <translation>Kundresor per kund och år</translation>
    </message>
    <message>
        <source>Accounts per account executive</source>
        <translation>Kunder per kundansvarig</translation>
    </message>
    <message>
        <source>Cost per account executive per year</source>
        <translation>Kostnad per kundansvarig och år</translation>
    </message>
    <message>
        <source>Working hours per account executive per year</source>
        <translation>Arbetstimmar per kundansvarig och år</translation>
    </message>
    <message>
        <source>Share of accounts lost per year, baseline</source>
        <translation>Andel kunder som förloras per år, utgångsläge</translation>
    </message>
    <message>
        <source>Share of accounts lost per year, this variant</source>
        <translation>Andel kunder som förloras per år, denna variant</translation>
    </message>
    <message>
        <source>Margin per account per year</source>
        <translation>Marginal per kund och år</translation>
    </message>
    <message>
        <source>Owner lane</source>
        <translation>Ägande bana</translation>
    </message>
    <message>
        <source>Failure probability per use</source>
        <translation>Felsannolikhet per användning</translation>
    </message>
    <message>
        <source>Margin per kept order</source>
        <translation>Marginal per behållen order</translation>
    </message>
    <message>
        <source>Volume</source>
        <extracomment>The group and column titles of Model ▸ Scenario.</extracomment>
        <translation>Volym</translation>
    </message>
    <message>
        <source>Accounts and account executives</source>
        <translation>Kunder och kundansvariga</translation>
    </message>
    <message>
        <source>Retention (all three or none)</source>
        <translation>Kundlojalitet (alla tre eller inget)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>Mest trolig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>No recovery copy could be made: {reason}</source>
        <translation>Ingen återställningskopia kunde sparas: {reason}</translation>
    </message>
    <message>
        <source>The recovery copy failed: {reason}</source>
        <translation>Återställningskopian misslyckades: {reason}</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>web</source>
        <extracomment>Every value of a choice field and every lane role, as shown in lists.</extracomment>
        <translation>webb</translation>
    </message>
    <message>
        <source>app</source>
        <translation>app</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chatt</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>ivr</source>
        <translation>röstsvar (IVR)</translation>
    </message>
    <message>
        <source>store</source>
        <translation>butik</translation>
    </message>
    <message>
        <source>mail</source>
        <translation>post</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>physical</source>
        <translation>fysisk</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>research</source>
        <translation>utforska</translation>
    </message>
    <message>
        <source>evaluate</source>
        <translation>utvärdera</translation>
    </message>
    <message>
        <source>order</source>
        <translation>beställa</translation>
    </message>
    <message>
        <source>revise</source>
        <translation>ändra</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>ta emot</translation>
    </message>
    <message>
        <source>return</source>
        <translation>returnera</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annan</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>kund</translation>
    </message>
    <message>
        <source>company</source>
        <translation>företag</translation>
    </message>
    <message>
        <source>VA</source>
        <translation>VA</translation>
    </message>
    <message>
        <source>BVA</source>
        <translation>BVA</translation>
    </message>
    <message>
        <source>NVA</source>
        <translation>NVA</translation>
    </message>
    <message>
        <source>success</source>
        <translation>lyckat</translation>
    </message>
    <message>
        <source>abandon</source>
        <translation>avbrutet</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>misslyckat</translation>
    </message>
    <message>
        <source>department</source>
        <translation>avdelning</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>The clipboard does not hold steps of this editor.</source>
        <extracomment>The clipboard format of our own (other programs get a picture beside it). Room kept between a pasted step and the top or bottom of its lane. Fields of a step that name another step: kept when that step is pasted too (renamed), or when the target model has it; otherwise cleared.</extracomment>
        <translation>Urklippet innehåller inga steg från den här redigeraren.</translation>
    </message>
    <message>
        <source>The copied steps are incomplete.</source>
        <translation>De kopierade stegen är ofullständiga.</translation>
    </message>
    <message>
        <source>A copied step cannot be read.</source>
        <translation>Ett kopierat steg kan inte läsas.</translation>
    </message>
    <message>
        <source>A copied flow cannot be read.</source>
        <translation>Ett kopierat flöde kan inte läsas.</translation>
    </message>
    <message>
        <source>Copied %n step(s)</source>
        <extracomment>How far a paste or duplicate lands from the originals, per repeat, in diagram units. White space around the picture of copied steps, and its largest side (diagram units). Where the mouse is over the diagram&apos;s viewport (None: elsewhere).</extracomment>
        <translation>Kopierade steg: %n</translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste.</source>
        <translation>Urklippet innehåller inga steg att klistra in.</translation>
    </message>
    <message>
        <source>Select the steps to copy first.</source>
        <translation>Markera först stegen som ska kopieras.</translation>
    </message>
</context>
<context>
    <name>ContextMenu</name>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Egenskaper</translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation>Byt &amp;typ</translation>
    </message>
    <message>
        <source>&amp;Connect from Here</source>
        <translation>&amp;Koppla härifrån</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>&amp;Rename Lane</source>
        <translation>&amp;Byt namn på bana</translation>
    </message>
    <message>
        <source>&amp;Delete Lane</source>
        <translation>&amp;Ta bort bana</translation>
    </message>
    <message>
        <source>Set as &amp;Customer Lane</source>
        <translation>Gör till &amp;kundbana</translation>
    </message>
    <message>
        <source>Set &amp;Role</source>
        <translation>Ange &amp;roll</translation>
    </message>
    <message>
        <source>&amp;Add Step Here</source>
        <translation>&amp;Lägg till steg här</translation>
    </message>
</context>
<context>
    <name>CoreMessage</name>
    <message>
        <source>The customer lane was found by its name (a word for customer).</source>
        <extracomment>Code -&gt; the core&apos;s sentence for it (reader warnings, then analysis issues).</extracomment>
        <translation>Kundbanan hittades via sitt namn (ett ord för kund).</translation>
    </message>
    <message>
        <source>A pool named for the customer is shown as the customer lane; its message flows count as flows.</source>
        <translation>En pool som är namngiven efter kunden visas som kundbana; dess meddelandeflöden räknas som flöden.</translation>
    </message>
    <message>
        <source>No lane or pool was recognised as the customer; mark one in the editor.</source>
        <translation>Ingen bana eller pool kändes igen som kunden; markera en i redigeraren.</translation>
    </message>
    <message>
        <source>The customer lane is not the top lane; the editor offers to move it.</source>
        <translation>Kundbanan är inte den översta banan; redigeraren erbjuder att flytta den.</translation>
    </message>
    <message>
        <source>Several lanes are marked or named as the customer; only the first counts.</source>
        <translation>Flera banor är markerade eller namngivna som kunden; bara den första räknas.</translation>
    </message>
    <message>
        <source>An element had no id; it was given one.</source>
        <translation>Ett element saknade id; det fick ett.</translation>
    </message>
    <message>
        <source>Two elements share an id; the later one was given a new id.</source>
        <translation>Två element har samma id; det senare fick ett nytt id.</translation>
    </message>
    <message>
        <source>A reference points at an element that does not exist; it was ignored.</source>
        <translation>En referens pekar på ett element som inte finns; den ignorerades.</translation>
    </message>
    <message>
        <source>Diagram information points at an element that does not exist; it was ignored.</source>
        <translation>Diagraminformation pekar på ett element som inte finns; den ignorerades.</translation>
    </message>
    <message>
        <source>A shape has missing, non-numeric, infinite, negative or huge bounds; it was ignored.</source>
        <translation>En form har saknade, icke-numeriska, oändliga, negativa eller orimligt stora gränser; den ignorerades.</translation>
    </message>
    <message>
        <source>An edge has a waypoint that is not a finite number; the edge&apos;s route was ignored.</source>
        <translation>En kant har en brytpunkt som inte är ett ändligt tal; kantens väg ignorerades.</translation>
    </message>
    <message>
        <source>Steps have no diagram position: a file without any diagram is laid out automatically; steps missing from a drawn diagram are kept but not drawn.</source>
        <translation>Steg saknar position i diagrammet: en fil utan diagram läggs ut automatiskt; steg som saknas i ett ritat diagram behålls men ritas inte.</translation>
    </message>
    <message>
        <source>A cpm: attribute has a value this version cannot use; it is kept unchanged but ignored.</source>
        <translation>Ett cpm:-attribut har ett värde som den här versionen inte kan använda; det behålls oförändrat men ignoreras.</translation>
    </message>
    <message>
        <source>The file has nested lanes (lanes inside lanes); they are kept as sub-lanes.</source>
        <translation>Filen har nästlade banor (banor i banor); de behålls som underbanor.</translation>
    </message>
    <message>
        <source>A step is in no lane although its process has lanes.</source>
        <translation>Ett steg ligger inte i någon bana fast dess process har banor.</translation>
    </message>
    <message>
        <source>A step is referenced by several sibling lanes; the first one counts.</source>
        <translation>Ett steg refereras av flera syskonbanor; den första räknas.</translation>
    </message>
    <message>
        <source>A sequence flow has no source or target; it is kept in the file but not shown.</source>
        <translation>Ett sekvensflöde saknar källa eller mål; det behålls i filen men visas inte.</translation>
    </message>
    <message>
        <source>The file has several diagrams; the one with the most shapes is shown and the others are kept.</source>
        <translation>Filen har flera diagram; det med flest former visas och de andra behålls.</translation>
    </message>
    <message>
        <source>Lanes or pools are drawn vertically; they are shown as drawn.</source>
        <translation>Banor eller pooler är ritade lodrätt; de visas som de är ritade.</translation>
    </message>
    <message>
        <source>Lane shapes did not hold the steps the file lists in them (some tools write steps with an offset, or vertical lanes with a wrong left edge); the steps were moved into their lanes, or the lanes redrawn as columns or rows of their pool around their steps; the message says which.</source>
        <translation>Banornas former rymde inte de steg filen listar i dem (vissa verktyg skriver steg med en förskjutning, eller lodräta banor med fel vänsterkant); stegen flyttades in i sina banor, eller banorna ritades om som kolumner eller rader i sin pool runt sina steg; meddelandet säger vilket.</translation>
    </message>
    <message>
        <source>The file uses a newer Customer Process Modeler format; unknown attributes are kept.</source>
        <translation>Filen använder ett nyare Customer Process Modeler-format; okända attribut behålls.</translation>
    </message>
    <message>
        <source>A lane lists a step of another pool&apos;s process; the step stays in its own pool and the reference is kept in the file.</source>
        <translation>En bana listar ett steg ur en annan pools process; steget stannar i sin egen pool och referensen behålls i filen.</translation>
    </message>
    <message>
        <source>A boundary event is attached to no activity (its reference is missing or names nothing); it is shown as a free event.</source>
        <translation>En kanthändelse är inte fäst vid någon aktivitet (referensen saknas eller pekar på ingenting); den visas som en fri händelse.</translation>
    </message>
    <message>
        <source>The file contains no process and no diagram; it opens as an empty model.</source>
        <translation>Filen innehåller ingen process och inget diagram; den öppnas som en tom modell.</translation>
    </message>
    <message>
        <source>A flow&apos;s diagram edge has fewer than two waypoints; the flow is drawn straight between its ends.</source>
        <translation>Ett flödes diagramkant har färre än två brytpunkter; flödet ritas rakt mellan sina ändar.</translation>
    </message>
    <message>
        <source>Text looks garbled by a wrong encoding (such as &apos;PrÃ¼fung&apos; for &apos;Prüfung&apos;); it is shown and saved unchanged.</source>
        <translation>Texten ser förvanskad ut av fel teckenkodning (som &apos;PrÃ¼fung&apos; för &apos;Prüfung&apos;); den visas och sparas oförändrad.</translation>
    </message>
    <message>
        <source>The file had a small XML slip other BPMN tools accept (an undeclared usual prefix, a misplaced or squeezed XML declaration); the message says what was repaired.</source>
        <translation>Filen hade ett litet XML-fel som andra BPMN-verktyg godtar (ett odeklarerat vanligt prefix, en felplacerad eller hopklämd XML-deklaration); meddelandet säger vad som reparerades.</translation>
    </message>
    <message>
        <source>no start event and no step without incoming flows</source>
        <translation>ingen starthändelse och inget steg utan inkommande flöden</translation>
    </message>
    <message>
        <source>no end event and no reachable step without outgoing flows</source>
        <translation>ingen sluthändelse och inget nåbart steg utan utgående flöden</translation>
    </message>
    <message>
        <source>no lane has the role customer</source>
        <translation>ingen bana har rollen kund</translation>
    </message>
    <message>
        <source>steps the journey can reach but never leave</source>
        <translation>steg som kundresan kan nå men aldrig lämna</translation>
    </message>
    <message>
        <source>the expected visits cannot be solved (I - W is singular)</source>
        <translation>de förväntade besöken kan inte lösas (I - W är singulär)</translation>
    </message>
    <message>
        <source>a probability below 0 or above 1</source>
        <translation>en sannolikhet under 0 eller över 1</translation>
    </message>
    <message>
        <source>a resource pool is offered more work than it can serve</source>
        <translation>en resurspool får mer arbete än den hinner med</translation>
    </message>
    <message>
        <source>an analysis input outside its accepted range, or unreadable</source>
        <translation>en analysindata utanför sitt tillåtna intervall, eller oläslig</translation>
    </message>
    <message>
        <source>no start event: steps without incoming flows start the journey</source>
        <translation>ingen starthändelse: steg utan inkommande flöden startar kundresan</translation>
    </message>
    <message>
        <source>a reachable step without outgoing flows ends the journey</source>
        <translation>ett nåbart steg utan utgående flöden avslutar kundresan</translation>
    </message>
    <message>
        <source>steps no start reaches; left out of the analysis</source>
        <translation>steg som ingen start når; utelämnade ur analysen</translation>
    </message>
    <message>
        <source>branch probabilities filled in from the remainder</source>
        <translation>grensannolikheter ifyllda från återstoden</translation>
    </message>
    <message>
        <source>a branch filled with probability 0</source>
        <translation>en gren ifylld med sannolikhet 0</translation>
    </message>
    <message>
        <source>branch probabilities do not sum to 1 and were normalised</source>
        <translation>grensannolikheterna summerar inte till 1 och normaliserades</translation>
    </message>
    <message>
        <source>a parallel branch carries a probability other than 1 (ignored)</source>
        <translation>en parallell gren har en annan sannolikhet än 1 (ignoreras)</translation>
    </message>
    <message>
        <source>a step with several unlabelled outgoing flows runs them in parallel</source>
        <translation>ett steg med flera omärkta utgående flöden kör dem parallellt</translation>
    </message>
    <message>
        <source>an inclusive join without a matching inclusive split</source>
        <translation>en inkluderande sammanslagning utan motsvarande inkluderande förgrening</translation>
    </message>
    <message>
        <source>parallel branches: time and failure figures are approximations</source>
        <translation>parallella grenar: tids- och felsiffror är approximationer</translation>
    </message>
    <message>
        <source>a step names a system the model does not define</source>
        <translation>ett steg anger ett system som modellen inte definierar</translation>
    </message>
    <message>
        <source>a step fails on every execution</source>
        <translation>ett steg misslyckas vid varje utförande</translation>
    </message>
    <message>
        <source>failure data on a gateway or event is ignored</source>
        <translation>feldata på en gateway eller händelse ignoreras</translation>
    </message>
    <message>
        <source>a failing step followed by a failure flow counts twice</source>
        <translation>ett steg som misslyckas följt av ett felflöde räknas två gånger</translation>
    </message>
    <message>
        <source>Monte Carlo runs exceeded the step limit and were left out</source>
        <translation>Monte Carlo-körningar överskred steggränsen och utelämnades</translation>
    </message>
    <message>
        <source>Monte Carlo was not run: a typical journey is too long to simulate</source>
        <translation>Monte Carlo kördes inte: en typisk kundresa är för lång att simulera</translation>
    </message>
    <message>
        <source>Monte Carlo ran fewer journeys than asked, to stay responsive</source>
        <translation>Monte Carlo körde färre kundresor än begärt, för att förbli responsiv</translation>
    </message>
    <message>
        <source>more than 100 contacts per journey: check the loop probabilities</source>
        <translation>fler än 100 kontakter per kundresa: kontrollera slingornas sannolikheter</translation>
    </message>
    <message>
        <source>a loop repeats with probability 0.99 or more (100 rounds or more)</source>
        <translation>en slinga upprepas med sannolikhet 0,99 eller mer (100 varv eller fler)</translation>
    </message>
    <message>
        <source>the two models use different time units or currencies</source>
        <translation>de två modellerna använder olika tidsenheter eller valutor</translation>
    </message>
    <message>
        <source>a cost is counted both per step and in the scenario</source>
        <translation>en kostnad räknas både per steg och i scenariot</translation>
    </message>
    <message>
        <source>a task without a known lane; it is counted in a lane of its own</source>
        <translation>en uppgift utan känd bana; den räknas i en egen bana</translation>
    </message>
    <message>
        <source>a contact the company starts is marked avoidable; it is left out of the failure-demand ratio</source>
        <translation>en kontakt som företaget initierar är markerad som undvikbar; den utelämnas ur kvoten för felefterfrågan</translation>
    </message>
    <message>
        <source>contacts change by more than 10 per unit of a branch probability: the loop is near-unstable</source>
        <translation>kontakterna ändras med mer än 10 per enhet grensannolikhet: slingan är nära instabil</translation>
    </message>
    <message>
        <source>no sensitivity for a branch whose alternative leads into a trap or is never taken</source>
        <translation>ingen känslighet för en gren vars alternativ leder in i en fälla eller aldrig tas</translation>
    </message>
    <message>
        <source>a step served by a resource pool takes no time</source>
        <translation>ett steg som betjänas av en resurspool tar ingen tid</translation>
    </message>
    <message>
        <source>no arrival rate: queueing skipped, the modelled waits are used</source>
        <translation>ingen ankomsttakt: köberäkningen hoppades över, de modellerade väntetiderna används</translation>
    </message>
    <message>
        <source>the wait-dependent abandonment iteration did not settle</source>
        <translation>iterationen för väntetidsberoende avhopp konvergerade inte</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>line of visibility</source>
        <translation>synlighetslinje</translation>
    </message>
    <message>
        <source>faces the customer</source>
        <extracomment>Draw the line of visibility along the far edge: the last lane of a run facing the customer. What the header says under the name (the role&apos;s title unless set). Whether the role is worth a caption (see model.visibility.role_stated).</extracomment>
        <translation>möter kunden</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a pool of its own in the file: shown as the customer lane, written back as a pool.</source>
        <translation>&apos;{name}&apos; är en egen pool i filen: visas som kundbana, skrivs tillbaka som en pool.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företaget</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alla avdelningar</translation>
    </message>
    <message>
        <source>Company as one entity: every lane that is not the customer&apos;s, merged in the view only (View ▸ Company as One Entity).</source>
        <translation>Företaget som en enhet: varje bana som inte är kundens, sammanslagna endast i vyn (Visa ▸ Företaget som en enhet).</translation>
    </message>
    <message>
        <source>Customer</source>
        <extracomment>Width of the header band at the left of every lane. Width of a pool&apos;s name band. Distance within which a press on a lane&apos;s bottom edge resizes it. Radius of a step&apos;s connection handle. Size of a bend-point handle. (body fill, header fill, header accent) per lane role. The canvas behind the lanes and a pool&apos;s body. Dark surfaces with light ink; the customer lane keeps its warm tint, accents are lightened so they keep their contrast against the dark fills.</extracomment>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Partner · external</source>
        <translation>Partner · extern</translation>
    </message>
</context>
<context>
    <name>DiskWatch</name>
    <message>
        <source>File Changed on Disk</source>
        <translation>Filen har ändrats på disken</translation>
    </message>
    <message>
        <source>{name} was changed by another program since you opened or saved it.</source>
        <translation>{name} har ändrats av ett annat program sedan du öppnade eller sparade den.</translation>
    </message>
    <message>
        <source>Reload shows the file as it is now and discards your unsaved changes. Overwrite replaces the other program&apos;s changes with yours. Save As keeps both.</source>
        <translation>Läs in igen visar filen som den är nu och kastar dina osparade ändringar. Skriv över ersätter det andra programmets ändringar med dina. Spara som behåller båda.</translation>
    </message>
    <message>
        <source>Cancel keeps editing; you will be asked again when you save.</source>
        <translation>Avbryt fortsätter redigeringen; du tillfrågas igen när du sparar.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Skriv över</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Spara som…</translation>
    </message>
</context>
<context>
    <name>EditRefused</name>
    <message>
        <source>&apos;{name}&apos; comes from another tool and is read-only.</source>
        <translation>&apos;{name}&apos; kommer från ett annat verktyg och är skrivskyddat.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must stay inside a lane.</source>
        <translation>&apos;{name}&apos; måste ligga kvar i en bana.</translation>
    </message>
    <message>
        <source>There are no steps to paste.</source>
        <translation>Det finns inga steg att klistra in.</translation>
    </message>
    <message>
        <source>Select steps, flows or lanes to delete.</source>
        <translation>Markera steg, flöden eller banor att ta bort.</translation>
    </message>
    <message>
        <source>No editable element {id}.</source>
        <translation>Inget redigerbart element {id}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already a {kind}.</source>
        <translation>&apos;{name}&apos; är redan av typen {kind}.</translation>
    </message>
    <message>
        <source>Lanes drawn vertically by another tool are shown as drawn; they cannot be reordered here.</source>
        <translation>Banor som ett annat verktyg ritat lodrätt visas som de är ritade; de kan inte ordnas om här.</translation>
    </message>
    <message>
        <source>The customer lane stays on top.</source>
        <translation>Kundbanan ligger kvar överst.</translation>
    </message>
</context>
<context>
    <name>ElementKind</name>
    <message>
        <source>Task</source>
        <extracomment>The BPMN element kinds as a person names them.</extracomment>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>User task</source>
        <translation>Användaruppgift</translation>
    </message>
    <message>
        <source>Service task</source>
        <translation>Tjänsteuppgift</translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation>Manuell uppgift</translation>
    </message>
    <message>
        <source>Send task</source>
        <translation>Skickauppgift</translation>
    </message>
    <message>
        <source>Receive task</source>
        <translation>Mottagningsuppgift</translation>
    </message>
    <message>
        <source>Script task</source>
        <translation>Skriptuppgift</translation>
    </message>
    <message>
        <source>Business rule task</source>
        <translation>Affärsregeluppgift</translation>
    </message>
    <message>
        <source>Sub-process</source>
        <translation>Delprocess</translation>
    </message>
    <message>
        <source>Ad-hoc sub-process</source>
        <translation>Ad hoc-delprocess</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Call activity</source>
        <translation>Anropsaktivitet</translation>
    </message>
    <message>
        <source>Exclusive gateway</source>
        <translation>Exklusiv gateway</translation>
    </message>
    <message>
        <source>Parallel gateway</source>
        <translation>Parallell gateway</translation>
    </message>
    <message>
        <source>Inclusive gateway</source>
        <translation>Inkluderande gateway</translation>
    </message>
    <message>
        <source>Event-based gateway</source>
        <translation>Händelsebaserad gateway</translation>
    </message>
    <message>
        <source>Complex gateway</source>
        <translation>Komplex gateway</translation>
    </message>
    <message>
        <source>Start event</source>
        <translation>Starthändelse</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>Sluthändelse</translation>
    </message>
    <message>
        <source>Intermediate catch event</source>
        <translation>Mellanliggande mottagande händelse</translation>
    </message>
    <message>
        <source>Intermediate throw event</source>
        <translation>Mellanliggande utlösande händelse</translation>
    </message>
    <message>
        <source>Boundary event</source>
        <translation>Kanthändelse</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flöde</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bana</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The scale must be greater than 0.</source>
        <extracomment>White space around the diagram in the image, in diagram units. Largest side of an exported image, in pixels (keeps memory bounded for huge models). Diagram units per inch: the window shows the diagram at 96 dots per inch at 100 %. Margin of PDF and printed pages, in millimetres. Adds what the window draws over the diagram (analysis highlights) to an export&apos;s fresh scene.</extracomment>
        <translation>Skalan måste vara större än 0.</translation>
    </message>
    <message>
        <source>The image would be {width}×{height} pixels; choose a smaller scale.</source>
        <translation>Bilden skulle bli {width}×{height} bildpunkter; välj en mindre skala.</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>Kan inte skriva {path}.</translation>
    </message>
    <message>
        <source>Cannot paint on the page.</source>
        <translation>Kan inte rita på sidan.</translation>
    </message>
    <message>
        <source>Customer process</source>
        <translation>Kundprocess</translation>
    </message>
    <message>
        <source>Printing needs Qt&apos;s print support (the QtPrintSupport module of PySide6 and the system&apos;s CUPS library, libcups2 on Debian and Ubuntu).</source>
        <extracomment>Why File ▸ Print is greyed out when Qt&apos;s print support cannot load.</extracomment>
        <translation>Utskrift kräver Qts utskriftsstöd (modulen QtPrintSupport i PySide6 och systemets CUPS-bibliotek, libcups2 på Debian och Ubuntu).</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Kan inte exportera</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>Exporterade {name}</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Kan inte skriva ut</translation>
    </message>
    <message>
        <source>Copied the diagram as a picture</source>
        <translation>Diagrammet kopierades som bild</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export as {format}</source>
        <extracomment>Shows the print preview for a printer whose pages ``paint`` draws (tests replace it).</extracomment>
        <translation>Exportera som {format}</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Dots per inch</source>
        <translation>Punkter per tum</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Vit</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Genomskinlig</translation>
    </message>
    <message>
        <source>One page, fitted</source>
        <translation>En sida, anpassad</translation>
    </message>
    <message>
        <source>Several pages, at full size</source>
        <translation>Flera sidor, i full storlek</translation>
    </message>
    <message>
        <source>Include the analysis highlights</source>
        <translation>Ta med analysens markeringar</translation>
    </message>
    <message>
        <source>No analysis highlights are shown on the diagram.</source>
        <translation>Inga analysmarkeringar visas i diagrammet.</translation>
    </message>
    <message>
        <source>Size in</source>
        <translation>Storlek i</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
</context>
<context>
    <name>FieldDefault</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>derived</source>
        <extracomment>What applies when the field is empty (&quot;not set&quot;).</extracomment>
        <translation>härlett</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annan</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fast</translation>
    </message>
    <message>
        <source>not plotted</source>
        <translation>ritas inte</translation>
    </message>
    <message>
        <source>5, unrated</source>
        <translation>5, ej bedömd</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>härlett</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>matchas via namn</translation>
    </message>
    <message>
        <source>even</source>
        <translation>jämnt</translation>
    </message>
    <message>
        <source>success</source>
        <translation>lyckat</translation>
    </message>
    <message>
        <source>even split</source>
        <translation>jämn fördelning</translation>
    </message>
</context>
<context>
    <name>FieldRange</name>
    <message>
        <source>a whole number, {low} to {high}</source>
        <translation>ett heltal, {low} till {high}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} till {high}</translation>
    </message>
    <message>
        <source>a whole number, at least {low}</source>
        <translation>ett heltal, minst {low}</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <translation>minst {low}</translation>
    </message>
    <message>
        <source>a whole number, at most {high}</source>
        <translation>ett heltal, högst {high}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>högst {high}</translation>
    </message>
    <message>
        <source>a whole number in {unit}</source>
        <translation>ett heltal i {unit}</translation>
    </message>
    <message>
        <source>any number in {unit}</source>
        <translation>valfritt tal i {unit}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>valfritt tal</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>{user} on {host} (since {since})</source>
        <translation>{user} på {host} (sedan {since})</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>en okänd dator</translation>
    </message>
    <message>
        <source>{name} was still locked by {holder}, who is no longer editing it; you hold the lock now.</source>
        <translation>{name} var fortfarande låst av {holder}, som inte längre redigerar den; nu har du låset.</translation>
    </message>
    <message>
        <source>You took over the lock of {name} from {user} on {host}.</source>
        <translation>Du tog över låset på {name} från {user} på {host}.</translation>
    </message>
    <message>
        <source>The lock of {name} could not be taken over.</source>
        <translation>Låset på {name} kunde inte tas över.</translation>
    </message>
    <message>
        <source>File in Use</source>
        <translation>Filen används</translation>
    </message>
    <message>
        <source>{name} is being edited by {holder}.</source>
        <translation>{name} redigeras av {holder}.</translation>
    </message>
    <message>
        <source>Open it read-only to look at it (you can save a copy under another name), or take over editing if that person is done.</source>
        <translation>Öppna den skrivskyddad för att titta (du kan spara en kopia under ett annat namn), eller ta över redigeringen om den personen är klar.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Öppna skrivskyddad</translation>
    </message>
    <message>
        <source>Take Over Editing…</source>
        <translation>Ta över redigeringen…</translation>
    </message>
    <message>
        <source>Take Over Editing</source>
        <translation>Ta över redigeringen</translation>
    </message>
    <message>
        <source>If {user} saves {name} later, one of you loses changes. Take over anyway?</source>
        <translation>Om {user} sparar {name} senare förlorar en av er ändringar. Ta över ändå?</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>en annan användare</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find a step by name, key or value</source>
        <translation>Sök ett steg efter namn, nyckel eller värde</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Föregående träff (Skift+Retur)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nästa träff (Retur)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} hittade</translation>
    </message>
    <message>
        <source>{current} of {count}</source>
        <translation>{current} av {count}</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Spara &amp;som…</translation>
    </message>
    <message>
        <source>Save as What-if &amp;Variant…</source>
        <translation>Spara som what-if-&amp;variant…</translation>
    </message>
    <message>
        <source>Save a copy that keeps every id and records which model it varies</source>
        <translation>Spara en kopia som behåller alla id och anger vilken modell den är en variant av</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportera</translation>
    </message>
    <message>
        <source>&amp;PNG Image…</source>
        <translation>&amp;PNG-bild…</translation>
    </message>
    <message>
        <source>&amp;SVG Drawing…</source>
        <translation>&amp;SVG-ritning…</translation>
    </message>
    <message>
        <source>A vector drawing for web pages and documents; each element is tagged with its id and kind</source>
        <translation>En vektorritning för webbsidor och dokument; varje element är märkt med sitt id och sin typ</translation>
    </message>
    <message>
        <source>P&amp;DF Document…</source>
        <translation>P&amp;DF-dokument…</translation>
    </message>
    <message>
        <source>&amp;BPMN for Other Tools…</source>
        <translation>&amp;BPMN för andra verktyg…</translation>
    </message>
    <message>
        <source>BPMN 2.0 without this editor&apos;s attributes, for strict tools</source>
        <translation>BPMN 2.0 utan den här redigerarens attribut, för strikta verktyg</translation>
    </message>
    <message>
        <source>BPMN for Other Tools with BPSim &amp;Probabilities…</source>
        <translation>BPMN för andra verktyg med BPSim-&amp;sannolikheter…</translation>
    </message>
    <message>
        <source>The same, with the branch probabilities as BPSim 2.0 parameters for simulators</source>
        <translation>Samma sak, med grensannolikheterna som BPSim 2.0-parametrar för simulatorer</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Close the document; the last window stays open</source>
        <translation>Stäng dokumentet; det sista fönstret förblir öppet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicera</translation>
    </message>
    <message>
        <source>Copy as &amp;Image</source>
        <translation>Kopiera som &amp;bild</translation>
    </message>
    <message>
        <source>The whole diagram on the clipboard, as a picture and as an SVG drawing</source>
        <translation>Hela diagrammet i urklipp, som bild och som SVG-ritning</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Markera &amp;allt</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>Repair Text &amp;Encoding</source>
        <translation>Reparera teckenk&amp;odning</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Sök &amp;nästa</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Sök &amp;föregående</translation>
    </message>
    <message>
        <source>Arra&amp;nge</source>
        <translation>&amp;Ordna</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Banor</translation>
    </message>
    <message>
        <source>&amp;Mark as Customer Lane</source>
        <translation>&amp;Markera som kundbana</translation>
    </message>
    <message>
        <source>Move Customer Lane to &amp;Top</source>
        <translation>Flytta kundbanan &amp;överst</translation>
    </message>
    <message>
        <source>Set &amp;Role</source>
        <translation>Ange &amp;roll</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Flytta vänster</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Flytta höger</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Cancel Gesture</source>
        <translation>Avbryt gest</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Verklig storlek (100 %)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Anpassa till fönstret</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>Visa &amp;rutnät</translation>
    </message>
    <message>
        <source>&amp;Company as One Entity</source>
        <translation>&amp;Företaget som en enhet</translation>
    </message>
    <message>
        <source>Show every lane but the customer&apos;s as one Company band (view only)</source>
        <translation>Visa alla banor utom kundens som ett gemensamt företagsband (endast vyn)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Infoga</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>&amp;Bana</translation>
    </message>
    <message>
        <source>&amp;System Lane</source>
        <translation>&amp;Systembana</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Koppla</translation>
    </message>
    <message>
        <source>Click the step a flow starts at, then the step it goes to</source>
        <translation>Klicka på steget där ett flöde börjar och sedan på steget det går till</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalys</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Huvud</translation>
    </message>
    <message>
        <source>Add Lane</source>
        <extracomment>Toolbar buttons that keep their words beside the icon (modes and less familiar commands).</extracomment>
        <translation>Lägg till bana</translation>
    </message>
    <message>
        <source>Company View</source>
        <translation>Företagsvy</translation>
    </message>
    <message>
        <source>Turn names garbled by a wrong encoding (&apos;PrÃ¼fung&apos;) back into what they meant (&apos;Prüfung&apos;)</source>
        <translation>Återställ namn som förvanskats av fel teckenkodning (&apos;PrÃ¼fung&apos;) till vad de skulle vara (&apos;Prüfung&apos;)</translation>
    </message>
    <message>
        <source>No garbled names to repair</source>
        <translation>Inga förvanskade namn att reparera</translation>
    </message>
    <message>
        <source>Repaired the encoding of %n name(s)</source>
        <translation>Reparerade teckenkodningen för namn: %n</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Order journey (example)</source>
        <translation>Orderresa (exempel)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <extracomment>The smallest zoom of a first view at which names can still be read.</extracomment>
        <translation>Namnlös</translation>
    </message>
    <message>
        <source>Document closed. Draw a new journey here, or open a file.</source>
        <translation>Dokumentet stängdes. Rita en ny kundresa här, eller öppna en fil.</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palett</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Inget markerat</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Inga senaste filer</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>{count} markerade</translation>
    </message>
    <message>
        <source>Select the lane that is the customer.</source>
        <translation>Markera banan som är kunden.</translation>
    </message>
    <message>
        <source>IT/Systems</source>
        <translation>IT/System</translation>
    </message>
    <message>
        <source>The company&apos;s lanes are merged in the view only; steps keep their lanes.</source>
        <translation>Företagets banor är sammanslagna endast i vyn; stegen behåller sina banor.</translation>
    </message>
    <message>
        <source>Customer journeys as BPMN 2.0 swimlanes, the customer lane on top.</source>
        <translation>Kundresor som BPMN 2.0-simbanor, med kundbanan överst.</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Click or drag to move the diagram&apos;s view</source>
        <translation>Klicka eller dra för att flytta diagrammets vy</translation>
    </message>
    <message>
        <source>Minimap</source>
        <translation>Översiktskarta</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>Ö&amp;versiktskarta</translation>
    </message>
    <message>
        <source>The whole diagram, with the part on screen framed</source>
        <translation>Hela diagrammet, med delen på skärmen inramad</translation>
    </message>
</context>
<context>
    <name>ModelDialogs</name>
    <message>
        <source>&amp;Add Record</source>
        <extracomment>Answers a yes/no question: (title, text) → True for yes. Tests replace it.</extracomment>
        <translation>&amp;Lägg till post</translation>
    </message>
    <message>
        <source>&amp;Remove Record</source>
        <translation>&amp;Ta bort post</translation>
    </message>
    <message>
        <source>Steps use this record</source>
        <translation>Steg använder den här posten</translation>
    </message>
    <message>
        <source>Used by</source>
        <extracomment>The code each row had when the dialog opened (None for an added row).</extracomment>
        <translation>Används av</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {problem}.</source>
        <translation>Rad {row}, {field}: {problem}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is taken out of {steps}.</source>
        <translation>&apos;{code}&apos; tas bort ur {steps}.</translation>
    </message>
    <message>
        <source>Steps refer to these codes:</source>
        <translation>Steg refererar till dessa koder:</translation>
    </message>
    <message>
        <source>Change the steps too? (No keeps this dialog open.)</source>
        <translation>Ändra stegen också? (Nej håller dialogen öppen.)</translation>
    </message>
    <message>
        <source>Nothing changed yet: put the codes back, or press OK and answer Yes to change the steps too.</source>
        <translation>Inget har ändrats än: sätt tillbaka koderna, eller tryck OK och svara Ja för att ändra stegen också.</translation>
    </message>
    <message>
        <source>&amp;Add system</source>
        <translation>&amp;Lägg till system</translation>
    </message>
    <message>
        <source>&amp;Remove system</source>
        <translation>&amp;Ta bort system</translation>
    </message>
    <message>
        <source>Steps use this system</source>
        <translation>Steg använder det här systemet</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>System</translation>
    </message>
    <message>
        <source>&amp;Add resource</source>
        <translation>&amp;Lägg till resurs</translation>
    </message>
    <message>
        <source>&amp;Remove resource</source>
        <translation>&amp;Ta bort resurs</translation>
    </message>
    <message>
        <source>Steps use this resource</source>
        <translation>Steg använder den här resursen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resurser</translation>
    </message>
    <message>
        <source>no step</source>
        <translation>inget steg</translation>
    </message>
    <message>
        <source>%n step(s)</source>
        <translation>Antal steg: %n</translation>
    </message>
</context>
<context>
    <name>ModelMenu</name>
    <message>
        <source>&amp;Systems…</source>
        <extracomment>(key, menu text, status tip, what the undo step is called).</extracomment>
        <translation>&amp;System…</translation>
    </message>
    <message>
        <source>The IT systems steps rely on and how often one use fails</source>
        <translation>IT-systemen som stegen förlitar sig på och hur ofta en användning misslyckas</translation>
    </message>
    <message>
        <source>Edit systems</source>
        <translation>Redigera system</translation>
    </message>
    <message>
        <source>&amp;Resources…</source>
        <translation>&amp;Resurser…</translation>
    </message>
    <message>
        <source>Pools of agents that steps share, for the waiting times</source>
        <translation>Grupper av handläggare som stegen delar, för väntetiderna</translation>
    </message>
    <message>
        <source>Edit resources</source>
        <translation>Redigera resurser</translation>
    </message>
    <message>
        <source>S&amp;cenario…</source>
        <translation>S&amp;cenario…</translation>
    </message>
    <message>
        <source>Journeys per year, arrival rate, accounts and other yearly values</source>
        <translation>Kundresor per år, ankomsttakt, kunder och andra årsvärden</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>Redigera scenario</translation>
    </message>
    <message>
        <source>{title} changed</source>
        <translation>{title} ändrades</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Inget ändrades</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Drag into a lane, or click here and then in a lane: {kind}</source>
        <extracomment>An entry was clicked: arm it for click-to-place (the kind key).</extracomment>
        <translation>Dra in i en bana, eller klicka här och sedan i en bana: {kind}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Changes other than the language apply at once.</source>
        <translation>Ändringar utom språket gäller direkt.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemets standard</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>Gäller efter omstart.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Följ systemet</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Diagrammet</translation>
    </message>
    <message>
        <source>Show the grid</source>
        <translation>Visa rutnätet</translation>
    </message>
    <message>
        <source>Snap steps to the grid</source>
        <translation>Fäst steg mot rutnätet</translation>
    </message>
    <message>
        <source>Line steps up with other steps while moving</source>
        <translation>Linjera steg mot andra steg vid flytt</translation>
    </message>
    <message>
        <source>Grid spacing (pixels at 100 %):</source>
        <translation>Rutavstånd (pixlar vid 100 %):</translation>
    </message>
    <message>
        <source>Saving and units</source>
        <translation>Sparande och enheter</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> sekunder</translation>
    </message>
    <message>
        <source>Save a recovery copy every:</source>
        <translation>Spara en återställningskopia var:</translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation>Som i filen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Show durations in:</source>
        <translation>Visa tider i:</translation>
    </message>
    <message>
        <source>Display only: files keep their own units.</source>
        <translation>Endast visning: filerna behåller sina egna enheter.</translation>
    </message>
    <message>
        <source>Show amounts in CU as:</source>
        <translation>Visa belopp i CU som:</translation>
    </message>
    <message>
        <source>Restart the editor to see it in the new language.</source>
        <translation>Starta om redigeraren för att se den på det nya språket.</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <source>Properties</source>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <source>{count} elements selected.</source>
        <extracomment>The &quot;Lane&quot; row of a step (not a field: a step changes lane by moving). The units the fields show (the document&apos;s own, or those of Preferences).</extracomment>
        <translation>{count} element markerade.</translation>
    </message>
    <message>
        <source>Select a step, flow or lane.</source>
        <translation>Markera ett steg, ett flöde eller en bana.</translation>
    </message>
    <message>
        <source>From another tool: shown and kept as it is.</source>
        <translation>Från ett annat verktyg: visas och behålls som det är.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bana</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höjd</translation>
    </message>
    <message>
        <source>not set: {default}</source>
        <translation>inte angivet: {default}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>Height must be a number.</source>
        <translation>Höjden måste vara ett tal.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Cannot recover</source>
        <translation>Kan inte återställa</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to {name}. Save to keep them.</source>
        <translation>Återställde de osparade ändringarna i {name}. Spara för att behålla dem.</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Återställ osparat arbete</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} kl. {time}</translation>
    </message>
    <message>
        <source>The editor was closed before these changes were saved. Recover them now, or decide later.</source>
        <translation>Redigeraren stängdes innan dessa ändringar sparades. Återställ dem nu, eller bestäm senare.</translation>
    </message>
    <message>
        <source>{name} — changes from {when}</source>
        <translation>{name} — ändringar från {when}</translation>
    </message>
    <message>
        <source>A new document that was never saved</source>
        <translation>Ett nytt dokument som aldrig sparats</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Bestäm senare</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Values for the whole model. Leave a field empty when it does not apply.</source>
        <translation>Värden för hela modellen. Lämna ett fält tomt när det inte gäller.</translation>
    </message>
    <message>
        <source>%n more value(s) from the file stay as they are.</source>
        <translation>Fler värden från filen som behålls som de är: %n</translation>
    </message>
    <message>
        <source>What-if sensitivity ranges (optional; otherwise ±20 % around the value)</source>
        <translation>Känslighetsintervall för what-if (valfria; annars ±20 % kring värdet)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Zoom around the cursor</source>
        <translation>Zooma kring markören</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+hjul</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Panorera</translation>
    </message>
    <message>
        <source>Space+Drag, Middle-drag</source>
        <translation>Blanksteg+dra, dra med mittknappen</translation>
    </message>
    <message>
        <source>Add to the selection</source>
        <translation>Lägg till i markeringen</translation>
    </message>
    <message>
        <source>Ctrl+Click, Shift+Click</source>
        <translation>Ctrl+klick, Skift+klick</translation>
    </message>
    <message>
        <source>Select an area</source>
        <translation>Markera ett område</translation>
    </message>
    <message>
        <source>Drag on empty space</source>
        <translation>Dra på tom yta</translation>
    </message>
    <message>
        <source>Connect two steps</source>
        <translation>Koppla två steg</translation>
    </message>
    <message>
        <source>Drag from a step&apos;s arrow handle, or C then click the target</source>
        <translation>Dra från ett stegs pilhandtag, eller C och klicka sedan på målet</translation>
    </message>
    <message>
        <source>Move a flow&apos;s segment</source>
        <translation>Flytta ett flödes segment</translation>
    </message>
    <message>
        <source>Drag its round middle handle (the flow selected)</source>
        <translation>Dra dess runda mitthandtag (med flödet markerat)</translation>
    </message>
    <message>
        <source>Rename in place</source>
        <translation>Byt namn på plats</translation>
    </message>
    <message>
        <source>Double-click a step, flow or lane header</source>
        <translation>Dubbelklicka på ett steg, ett flöde eller en banrubrik</translation>
    </message>
    <message>
        <source>Reorder lanes</source>
        <translation>Ordna om banor</translation>
    </message>
    <message>
        <source>Drag a lane header</source>
        <translation>Dra en banrubrik</translation>
    </message>
    <message>
        <source>Resize a lane</source>
        <translation>Ändra storlek på en bana</translation>
    </message>
    <message>
        <source>Drag a lane&apos;s bottom edge</source>
        <translation>Dra i banans nederkant</translation>
    </message>
    <message>
        <source>Move the selection</source>
        <translation>Flytta markeringen</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Piltangenter</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>Steps</source>
        <extracomment>The mime type a palette drag carries; the payload is the kind&apos;s key in UTF-8. The titles built from channels below, listed for translation.</extracomment>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkter</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Kundhandling</translation>
    </message>
    <message>
        <source>Back-office step</source>
        <translation>Steg i back office</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Parallel gateway</source>
        <translation>Parallell gateway</translation>
    </message>
    <message>
        <source>Inclusive gateway</source>
        <translation>Inkluderande gateway</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Web touchpoint</source>
        <translation>Webbkontaktpunkt</translation>
    </message>
    <message>
        <source>App touchpoint</source>
        <translation>Appkontaktpunkt</translation>
    </message>
    <message>
        <source>Email touchpoint</source>
        <translation>E-postkontaktpunkt</translation>
    </message>
    <message>
        <source>Chat touchpoint</source>
        <translation>Chattkontaktpunkt</translation>
    </message>
    <message>
        <source>Phone touchpoint</source>
        <translation>Telefonkontaktpunkt</translation>
    </message>
    <message>
        <source>IVR touchpoint</source>
        <translation>IVR-kontaktpunkt</translation>
    </message>
    <message>
        <source>Store touchpoint</source>
        <translation>Butikskontaktpunkt</translation>
    </message>
    <message>
        <source>Mail touchpoint</source>
        <translation>Postkontaktpunkt</translation>
    </message>
    <message>
        <source>Video touchpoint</source>
        <translation>Videokontaktpunkt</translation>
    </message>
    <message>
        <source>Physical touchpoint</source>
        <translation>Fysisk kontaktpunkt</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>Click in a lane to place the step (Esc cancels).</source>
        <extracomment>A sentence for the status bar (refusals, hints). The palette kind armed for click-to-place changed (None: disarmed). The connect tool was switched on or off.</extracomment>
        <translation>Klicka i en bana för att placera steget (Esc avbryter).</translation>
    </message>
    <message>
        <source>Click the step the flow goes to (Esc cancels).</source>
        <translation>Klicka på steget som flödet går till (Esc avbryter).</translation>
    </message>
    <message>
        <source>Click the step the flow starts at, then the step it goes to.</source>
        <translation>Klicka på steget där flödet börjar och sedan på steget det går till.</translation>
    </message>
    <message>
        <source>Drop the step into a lane.</source>
        <translation>Släpp steget i en bana.</translation>
    </message>
    <message>
        <source>Click the step the flow starts at (an end event has none).</source>
        <translation>Klicka på steget där flödet börjar (en sluthändelse har inget).</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>Add lane &apos;{name}&apos;</source>
        <extracomment>A change of fields: (element kind &quot;lane&quot; | &quot;step&quot; | &quot;flow&quot; | &quot;pool&quot;, element id, {field: new value}). Does one thing and returns the function that takes it back.</extracomment>
        <translation>Lägg till bana &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Delete lane &apos;{name}&apos;</source>
        <translation>Ta bort bana &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Move lane &apos;{name}&apos;</source>
        <translation>Flytta bana &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Add step &apos;{name}&apos;</source>
        <translation>Lägg till steg &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Delete step &apos;{name}&apos;</source>
        <translation>Ta bort steg &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Connect &apos;{source}&apos; to &apos;{target}&apos;</source>
        <translation>Koppla &apos;{source}&apos; till &apos;{target}&apos;</translation>
    </message>
    <message>
        <source>Delete flow &apos;{name}&apos;</source>
        <translation>Ta bort flöde &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Add {kind}</source>
        <extracomment>Room kept between a step and the right end of its lane.</extracomment>
        <translation>Lägg till {kind}</translation>
    </message>
    <message>
        <source>Move bend point of &apos;{name}&apos;</source>
        <translation>Flytta brytpunkt på &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Rename step &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>Byt namn på steg &apos;{old}&apos; till &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>Rename flow &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>Byt namn på flöde &apos;{old}&apos; till &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>Rename lane &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>Byt namn på bana &apos;{old}&apos; till &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>Set {field} of &apos;{name}&apos; to {value}</source>
        <translation>Ange {field} för &apos;{name}&apos; till {value}</translation>
    </message>
    <message>
        <source>Widen lanes</source>
        <translation>Bredda banorna</translation>
    </message>
    <message>
        <source>Change &apos;{name}&apos; to {kind}</source>
        <translation>Ändra &apos;{name}&apos; till {kind}</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Ny bana</translation>
    </message>
    <message>
        <source>Make room</source>
        <translation>Gör plats</translation>
    </message>
    <message>
        <source>Close the gap</source>
        <translation>Stäng luckan</translation>
    </message>
    <message>
        <source>Mark &apos;{name}&apos; as customer lane</source>
        <translation>Markera &apos;{name}&apos; som kundbana</translation>
    </message>
    <message>
        <source>Set role of &apos;{name}&apos; to {role}</source>
        <translation>Ange roll för &apos;{name}&apos; till {role}</translation>
    </message>
    <message>
        <source>Resize lane &apos;{name}&apos;</source>
        <translation>Ändra storlek på bana &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Resize pool &apos;{name}&apos;</source>
        <translation>Ändra storlek på pool &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Restack lanes</source>
        <translation>Ordna om banorna</translation>
    </message>
    <message>
        <source>Move step &apos;{name}&apos;</source>
        <translation>Flytta steg &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Move %n steps</source>
        <translation>Flytta steg: %n</translation>
    </message>
    <message>
        <source>Paste step &apos;{name}&apos;</source>
        <translation>Klistra in steg &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Paste %n steps</source>
        <translation>Klistra in steg: %n</translation>
    </message>
    <message>
        <source>Duplicate step &apos;{name}&apos;</source>
        <translation>Duplicera steg &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Duplicate %n steps</source>
        <translation>Duplicera steg: %n</translation>
    </message>
    <message>
        <source>Repair text encoding of name &apos;{name}&apos;</source>
        <translation>Reparera teckenkodningen för namnet &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Repair text encoding of %n names</source>
        <translation>Reparera teckenkodningen för namn: %n</translation>
    </message>
    <message>
        <source>Cut %n elements</source>
        <translation>Klipp ut element: %n</translation>
    </message>
    <message>
        <source>Delete %n elements</source>
        <translation>Ta bort element: %n</translation>
    </message>
    <message>
        <source>Cut step &apos;{name}&apos;</source>
        <translation>Klipp ut steg &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Cut flow &apos;{name}&apos;</source>
        <translation>Klipp ut flöde &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Cut lane &apos;{name}&apos;</source>
        <translation>Klipp ut bana &apos;{name}&apos;</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>CU</source>
        <extracomment>Every unit a field can have.</extracomment>
        <translation>VE</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>journeys per min</source>
        <translation>kundresor per min</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source># User Guide

The guide is missing from this installation; it is docs/user-guide.md on the project page.</source>
        <translation># Användarhandbok

Handboken saknas i den här installationen; den finns som docs/user-guide.md på projektets sida.</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Användarhandbok</translation>
    </message>
</context>
<context>
    <name>WarningsDock</name>
    <message>
        <source>Warnings</source>
        <extracomment>The element ids of the clicked warning.</extracomment>
        <translation>Varningar</translation>
    </message>
    <message>
        <source>No element</source>
        <translation>Inget element</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Varningar ({count})</translation>
    </message>
</context>
</TS>
