<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AnalysisJobs</name>
    <message>
        <source>Untitled</source>
        <extracomment>Columns that may hold element ids of the diagram, most telling first.</extracomment>
        <translation>Namnlös</translation>
    </message>
    <message>
        <source>Cannot open {name}: {reason}</source>
        <extracomment>Highlights that belong to the other model&apos;s diagram (not drawn here). A sentence for the dock: why there is nothing, or what to know. Set when the analysis could not run (refused file, exception): shown in red. Per table, the columns whose values are ids on this diagram (else :data:`ID_COLUMNS`). Tables, or rows with ``side`` equal to this, that name the other model&apos;s elements. The sentences the results open with (see ``analysis.report.headlines``), in English, and as the core&apos;s data (code and parameters) for the dock to write in the user&apos;s words. {id: name} of the elements the tables name, the model&apos;s currency, and the words of the sides (&quot;competitor&quot;: ours/theirs, &quot;variant&quot;: current/what-if).</extracomment>
        <translation>Kan inte öppna {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} → current edits</source>
        <translation>{name} → aktuella ändringar</translation>
    </message>
    <message>
        <source>No changes: both models are the same.</source>
        <translation>Inga ändringar: båda modellerna är likadana.</translation>
    </message>
    <message>
        <source>{ours} versus {theirs}</source>
        <translation>{ours} jämfört med {theirs}</translation>
    </message>
    <message>
        <source>{variant} (what-if of {baseline})</source>
        <translation>{variant} (what-if av {baseline})</translation>
    </message>
    <message>
        <source>This model is the variant; the chosen file is its baseline.</source>
        <translation>Den här modellen är varianten; den valda filen är dess utgångsläge.</translation>
    </message>
    <message>
        <source>{name} does not say it is a variant of this model; steps are paired by id, else by key.</source>
        <translation>{name} anger inte att den är en variant av den här modellen; stegen paras ihop via id, annars via nyckel.</translation>
    </message>
    <message>
        <source>The chosen file</source>
        <translation>Den valda filen</translation>
    </message>
</context>
<context>
    <name>AnalysisLabel</name>
    <message>
        <source>Customer time</source>
        <extracomment>Every KPI and column name of the display table, and a variant&apos;s own names.</extracomment>
        <translation>Kundens tid</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Ledtid</translation>
    </message>
    <message>
        <source>Lead time of a successful journey</source>
        <translation>Ledtid för en lyckad kundresa</translation>
    </message>
    <message>
        <source>Lead time (MC)</source>
        <translation>Ledtid (MC)</translation>
    </message>
    <message>
        <source>Expected work of a successful journey (duration + wait done)</source>
        <translation>Förväntat arbete i en lyckad kundresa (varaktighet + faktisk väntetid)</translation>
    </message>
    <message>
        <source>Elapsed time of a successful journey (MC)</source>
        <translation>Förfluten tid för en lyckad kundresa (MC)</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>Inbound contacts</source>
        <translation>Inkommande kontakter</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Överlämningar</translation>
    </message>
    <message>
        <source>Internal handoffs</source>
        <translation>Interna överlämningar</translation>
    </message>
    <message>
        <source>Handoffs across the line of interaction</source>
        <translation>Överlämningar över interaktionslinjen</translation>
    </message>
    <message>
        <source>Switches across the line of visibility</source>
        <translation>Växlingar över synlighetslinjen</translation>
    </message>
    <message>
        <source>Departments facing the customer</source>
        <translation>Avdelningar som möter kunden</translation>
    </message>
    <message>
        <source>Departments met</source>
        <translation>Avdelningar som kunden möter</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Vidarekopplingar</translation>
    </message>
    <message>
        <source>Channel switches</source>
        <translation>Kanalbyten</translation>
    </message>
    <message>
        <source>Repeated data provisions</source>
        <translation>Upprepade uppgiftslämnanden</translation>
    </message>
    <message>
        <source>Effort index (modelled)</source>
        <translation>Ansträngningsindex (modellerat)</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Betjäningskostnad</translation>
    </message>
    <message>
        <source>Expected failures</source>
        <translation>Förväntade fel</translation>
    </message>
    <message>
        <source>Chance of at least one failure</source>
        <translation>Sannolikhet för minst ett fel</translation>
    </message>
    <message>
        <source>Chance of at least one failure (MC)</source>
        <translation>Sannolikhet för minst ett fel (MC)</translation>
    </message>
    <message>
        <source>Wait beyond tolerance</source>
        <translation>Väntetid utöver toleransen</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marginal</translation>
    </message>
    <message>
        <source>Control-flow complexity</source>
        <translation>Kontrollflödeskomplexitet</translation>
    </message>
    <message>
        <source>Chance of each outcome</source>
        <translation>Sannolikhet för varje utfall</translation>
    </message>
    <message>
        <source>Chance of success</source>
        <translation>Sannolikhet för lyckat utfall</translation>
    </message>
    <message>
        <source>Chance of a return</source>
        <translation>Sannolikhet för retur</translation>
    </message>
    <message>
        <source>Chance of abandoning</source>
        <translation>Sannolikhet för avhopp</translation>
    </message>
    <message>
        <source>Chance of failure as the outcome</source>
        <translation>Sannolikhet för misslyckat utfall</translation>
    </message>
    <message>
        <source>Peak–end emotion (design)</source>
        <translation>Topp–slut-känsla (enligt design)</translation>
    </message>
    <message>
        <source>Peak–end emotion (MC)</source>
        <translation>Topp–slut-känsla (MC)</translation>
    </message>
    <message>
        <source>Chance of a failure at a moment of truth</source>
        <translation>Sannolikhet för fel vid ett sanningens ögonblick</translation>
    </message>
    <message>
        <source>Chance of meeting a wait point</source>
        <translation>Sannolikhet att möta en väntpunkt</translation>
    </message>
    <message>
        <source>Average expected emotion</source>
        <translation>Genomsnittlig förväntad känsla</translation>
    </message>
    <message>
        <source>Failure-demand ratio</source>
        <translation>Kvot för felefterfrågan</translation>
    </message>
    <message>
        <source>First time right</source>
        <translation>Rätt första gången</translation>
    </message>
    <message>
        <source>Handoffs, company as one</source>
        <translation>Överlämningar, företaget som en enhet</translation>
    </message>
    <message>
        <source>Internal handoffs, company as one</source>
        <translation>Interna överlämningar, företaget som en enhet</translation>
    </message>
    <message>
        <source>Handoffs across the line of interaction, company as one</source>
        <translation>Överlämningar över interaktionslinjen, företaget som en enhet</translation>
    </message>
    <message>
        <source>Transfers, company as one</source>
        <translation>Vidarekopplingar, företaget som en enhet</translation>
    </message>
    <message>
        <source>Switches across the line of visibility, company as one</source>
        <translation>Växlingar över synlighetslinjen, företaget som en enhet</translation>
    </message>
    <message>
        <source>Departments facing the customer, company as one</source>
        <translation>Avdelningar som möter kunden, företaget som en enhet</translation>
    </message>
    <message>
        <source>Departments met, company as one</source>
        <translation>Avdelningar som kunden möter, företaget som en enhet</translation>
    </message>
    <message>
        <source>Effort index, company as one</source>
        <translation>Ansträngningsindex, företaget som en enhet</translation>
    </message>
    <message>
        <source>Consolidation candidates</source>
        <translation>Kandidater för konsolidering</translation>
    </message>
    <message>
        <source>C1 transfers per journey</source>
        <translation>C1 vidarekopplingar per kundresa</translation>
    </message>
    <message>
        <source>C2 phases with several departments</source>
        <translation>C2 faser med flera avdelningar</translation>
    </message>
    <message>
        <source>C3 repeated data provisions</source>
        <translation>C3 upprepade uppgiftslämnanden</translation>
    </message>
    <message>
        <source>C4 loops</source>
        <translation>C4 slingor</translation>
    </message>
    <message>
        <source>C4 extra visits in loops</source>
        <translation>C4 extra besök i slingor</translation>
    </message>
    <message>
        <source>C5 non-value-adding customer time</source>
        <translation>C5 kundens tid som inte skapar värde</translation>
    </message>
    <message>
        <source>C5 non-value-adding cost</source>
        <translation>C5 kostnad som inte skapar värde</translation>
    </message>
    <message>
        <source>C5 non-value-adding share of customer time</source>
        <translation>C5 andel av kundens tid som inte skapar värde</translation>
    </message>
    <message>
        <source>C6 back-office merges</source>
        <translation>C6 sammanslagningar i back office</translation>
    </message>
    <message>
        <source>C7 control-flow complexity</source>
        <translation>C7 kontrollflödeskomplexitet</translation>
    </message>
    <message>
        <source>C7 decisions the customer makes</source>
        <translation>C7 beslut som kunden fattar</translation>
    </message>
    <message>
        <source>Candidates with nothing to address</source>
        <translation>Kandidater utan något att åtgärda</translation>
    </message>
    <message>
        <source>Addressable customer time, each step once</source>
        <translation>Kundens tid som kan åtgärdas, varje steg en gång</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>Felpunkter</translation>
    </message>
    <message>
        <source>Wait points</source>
        <translation>Väntpunkter</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Smärtpunkter</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>System</translation>
    </message>
    <message>
        <source>System uses per journey</source>
        <translation>Systemanvändningar per kundresa</translation>
    </message>
    <message>
        <source>Journeys starting per minute</source>
        <translation>Kundresor som startar per minut</translation>
    </message>
    <message>
        <source>Resource pools</source>
        <translation>Resurspooler</translation>
    </message>
    <message>
        <source>Overloaded resource pools</source>
        <translation>Överbelastade resurspooler</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagda</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttagna</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrade</translation>
    </message>
    <message>
        <source>Changes the customer sees</source>
        <translation>Ändringar som kunden ser</translation>
    </message>
    <message>
        <source>Back-stage changes</source>
        <translation>Ändringar bakom kulisserna</translation>
    </message>
    <message>
        <source>Steps paired by key</source>
        <translation>Steg som parats ihop via nyckel</translation>
    </message>
    <message>
        <source>Avoidable contacts</source>
        <translation>Undvikbara kontakter</translation>
    </message>
    <message>
        <source>Failure-demand cost per journey</source>
        <translation>Kostnad för felefterfrågan per kundresa</translation>
    </message>
    <message>
        <source>Customer time lost to failure demand</source>
        <translation>Kundens tid som går förlorad på felefterfrågan</translation>
    </message>
    <message>
        <source>Contacts without a reason</source>
        <translation>Kontakter utan orsak</translation>
    </message>
    <message>
        <source>Journeys per year</source>
        <translation>Kundresor per år</translation>
    </message>
    <message>
        <source>Failure-demand contacts per year</source>
        <translation>Kontakter från felefterfrågan per år</translation>
    </message>
    <message>
        <source>Failure-demand cost per year</source>
        <translation>Kostnad för felefterfrågan per år</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konvertering</translation>
    </message>
    <message>
        <source>Branches tested</source>
        <translation>Testade grenar</translation>
    </message>
    <message>
        <source>Web loops (pogo-sticking)</source>
        <translation>Webbslingor (fram och tillbaka)</translation>
    </message>
    <message>
        <source>Step-matching similarity</source>
        <translation>Likhet enligt stegmatchning</translation>
    </message>
    <message>
        <source>Graph edit distance</source>
        <translation>Grafredigeringsavstånd</translation>
    </message>
    <message>
        <source>Similarity by graph edit distance</source>
        <translation>Likhet enligt grafredigeringsavstånd</translation>
    </message>
    <message>
        <source>Matched steps</source>
        <translation>Matchade steg</translation>
    </message>
    <message>
        <source>Steps only we have</source>
        <translation>Steg som bara vi har</translation>
    </message>
    <message>
        <source>Steps only they have</source>
        <translation>Steg som bara de har</translation>
    </message>
    <message>
        <source>Net change per year</source>
        <translation>Nettoförändring per år</translation>
    </message>
    <message>
        <source>Net change per account and year</source>
        <translation>Nettoförändring per kund och år</translation>
    </message>
    <message>
        <source>Chance of a net benefit</source>
        <translation>Sannolikhet för en nettovinst</translation>
    </message>
    <message>
        <source>Net change per year, pessimistic (5th percentile)</source>
        <translation>Nettoförändring per år, pessimistisk (5:e percentilen)</translation>
    </message>
    <message>
        <source>Net change per year, optimistic (95th percentile)</source>
        <translation>Nettoförändring per år, optimistisk (95:e percentilen)</translation>
    </message>
    <message>
        <source>Account executives</source>
        <translation>Kundansvariga</translation>
    </message>
    <message>
        <source>Change in contribution per journey</source>
        <translation>Förändring av täckningsbidrag per kundresa</translation>
    </message>
    <message>
        <source>Break-even margin per kept order</source>
        <translation>Marginal per behållen order vid nollpunkten</translation>
    </message>
    <message>
        <source>Break-even accounts per account executive</source>
        <translation>Kunder per kundansvarig vid nollpunkten</translation>
    </message>
    <message>
        <source>Churn reduction needed to break even</source>
        <translation>Minskning av kundavgång som krävs för nollpunkten</translation>
    </message>
    <message>
        <source>Account-executive time per journey</source>
        <translation>Kundansvarigas tid per kundresa</translation>
    </message>
    <message>
        <source>Hours per account executive and year</source>
        <translation>Timmar per kundansvarig och år</translation>
    </message>
    <message>
        <source>Account-executive utilisation</source>
        <translation>Kundansvarigas beläggning</translation>
    </message>
    <message>
        <source>Measures better for the customer</source>
        <translation>Mått som är bättre för kunden</translation>
    </message>
    <message>
        <source>Measures worse for the customer</source>
        <translation>Mått som är sämre för kunden</translation>
    </message>
    <message>
        <source>Contribution per journey</source>
        <translation>Täckningsbidrag per kundresa</translation>
    </message>
    <message>
        <source>Contribution per year</source>
        <translation>Täckningsbidrag per år</translation>
    </message>
    <message>
        <source>Fixed cost per year</source>
        <translation>Fast kostnad per år</translation>
    </message>
    <message>
        <source>Margin per journey</source>
        <translation>Marginal per kundresa</translation>
    </message>
    <message>
        <source>Net per year</source>
        <translation>Netto per år</translation>
    </message>
    <message>
        <source>Chance of keeping the order</source>
        <translation>Sannolikhet att behålla ordern</translation>
    </message>
    <message>
        <source>Retention value per year</source>
        <translation>Värde av kundlojalitet per år</translation>
    </message>
    <message>
        <source>Variable cost per journey</source>
        <translation>Rörlig kostnad per kundresa</translation>
    </message>
    <message>
        <source>Variable cost per year</source>
        <translation>Rörlig kostnad per år</translation>
    </message>
    <message>
        <source>Margin per kept order</source>
        <translation>Marginal per behållen order</translation>
    </message>
    <message>
        <source>Accounts per account executive</source>
        <translation>Kunder per kundansvarig</translation>
    </message>
    <message>
        <source>Churn reduction</source>
        <translation>Minskad kundavgång</translation>
    </message>
    <message>
        <source>Cost of an account executive per year</source>
        <translation>Kostnad för en kundansvarig per år</translation>
    </message>
    <message>
        <source>Journeys per account and year</source>
        <translation>Kundresor per kund och år</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>10:e percentilen</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Medianvärde</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90:e percentilen</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95:e percentilen</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Standardavvikelse</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Varians</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Modellelement</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Steps the customer sees</source>
        <translation>Steg som kunden ser</translation>
    </message>
    <message>
        <source>Used at</source>
        <translation>Används vid</translation>
    </message>
    <message>
        <source>Customer notices at</source>
        <translation>Kunden märker det vid</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>Från steg</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>Till steg</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Orsakad av</translation>
    </message>
    <message>
        <source>Contacts it causes</source>
        <translation>Kontakter som det orsakar</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Branch to</source>
        <translation>Gren till</translation>
    </message>
    <message>
        <source>Other branch</source>
        <translation>Annan gren</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cykel</translation>
    </message>
    <message>
        <source>Current element</source>
        <translation>Nuvarande element</translation>
    </message>
    <message>
        <source>Changed element</source>
        <translation>Ändrat element</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bana</translation>
    </message>
    <message>
        <source>From lane</source>
        <translation>Från bana</translation>
    </message>
    <message>
        <source>To lane</source>
        <translation>Till bana</translation>
    </message>
    <message>
        <source>Owner lane</source>
        <translation>Ägande bana</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>System</source>
        <translation>IT-system</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Råd</translation>
    </message>
    <message>
        <source>Visits per journey</source>
        <translation>Besök per kundresa</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Ansträngning</translation>
    </message>
    <message>
        <source>Share of customer time</source>
        <translation>Andel av kundens tid</translation>
    </message>
    <message>
        <source>Share of cost</source>
        <translation>Andel av kostnaden</translation>
    </message>
    <message>
        <source>Share of effort</source>
        <translation>Andel av ansträngningen</translation>
    </message>
    <message>
        <source>Departments shown</source>
        <translation>Visade avdelningar</translation>
    </message>
    <message>
        <source>Company as one</source>
        <translation>Företaget som en enhet</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Skillnad</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Transfers per journey</source>
        <translation>Vidarekopplingar per kundresa</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Provisions per journey</source>
        <translation>Uppgiftslämnanden per kundresa</translation>
    </message>
    <message>
        <source>Chance of being asked</source>
        <translation>Sannolikhet att bli tillfrågad</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flaggad</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Slinga</translation>
    </message>
    <message>
        <source>Extra visits</source>
        <translation>Extra besök</translation>
    </message>
    <message>
        <source>On the web only</source>
        <translation>Endast på webben</translation>
    </message>
    <message>
        <source>Steps in the cycle</source>
        <translation>Steg i cykeln</translation>
    </message>
    <message>
        <source>Customer sees it</source>
        <translation>Kunden ser det</translation>
    </message>
    <message>
        <source>Failure probability</source>
        <translation>Felsannolikhet</translation>
    </message>
    <message>
        <source>Failures per journey</source>
        <translation>Fel per kundresa</translation>
    </message>
    <message>
        <source>Failures per 1,000 journeys</source>
        <translation>Fel per 1&#xa0;000 kundresor</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>RPN</source>
        <translation>RPN</translation>
    </message>
    <message>
        <source>EI</source>
        <translation>EI</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Sanningens ögonblick</translation>
    </message>
    <message>
        <source>Steps until noticed</source>
        <translation>Steg tills det märks</translation>
    </message>
    <message>
        <source>Recovery modelled</source>
        <translation>Återhämtning modellerad</translation>
    </message>
    <message>
        <source>Unrated scores</source>
        <translation>Ej bedömda poäng</translation>
    </message>
    <message>
        <source>Rank by EI</source>
        <translation>Rang efter EI</translation>
    </message>
    <message>
        <source>Rank by RPN</source>
        <translation>Rang efter RPN</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Nivå</translation>
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
        <source>Wait beyond tolerance per visit</source>
        <translation>Väntetid utöver toleransen per besök</translation>
    </message>
    <message>
        <source>Wait beyond tolerance per journey</source>
        <translation>Väntetid utöver toleransen per kundresa</translation>
    </message>
    <message>
        <source>Chance of meeting it</source>
        <translation>Sannolikhet att möta den</translation>
    </message>
    <message>
        <source>Chance of waiting beyond tolerance</source>
        <translation>Sannolikhet att vänta längre än toleransen</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Känsla</translation>
    </message>
    <message>
        <source>Emotion on failure</source>
        <translation>Känsla vid fel</translation>
    </message>
    <message>
        <source>Expected emotion</source>
        <translation>Förväntad känsla</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Smärtpunkt</translation>
    </message>
    <message>
        <source>Felt emotion, 10th percentile (MC)</source>
        <translation>Upplevd känsla, 10:e percentilen (MC)</translation>
    </message>
    <message>
        <source>Felt emotion, 90th percentile (MC)</source>
        <translation>Upplevd känsla, 90:e percentilen (MC)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>Felpunkt</translation>
    </message>
    <message>
        <source>Wait point</source>
        <translation>Väntpunkt</translation>
    </message>
    <message>
        <source>Failure probability per use</source>
        <translation>Felsannolikhet per användning</translation>
    </message>
    <message>
        <source>Uses per journey</source>
        <translation>Användningar per kundresa</translation>
    </message>
    <message>
        <source>Uses the customer sees</source>
        <translation>Användningar som kunden ser</translation>
    </message>
    <message>
        <source>Chance of the journey using it</source>
        <translation>Sannolikhet att kundresan använder det</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Kumulativ andel</translation>
    </message>
    <message>
        <source>Avoidable</source>
        <translation>Undvikbar</translation>
    </message>
    <message>
        <source>Customer starts it</source>
        <translation>Kunden initierar den</translation>
    </message>
    <message>
        <source>Contacts per year</source>
        <translation>Kontakter per år</translation>
    </message>
    <message>
        <source>Cost per year</source>
        <translation>Kostnad per år</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Change per unit of probability</source>
        <translation>Förändring per sannolikhetsenhet</translation>
    </message>
    <message>
        <source>Change per percentage point</source>
        <translation>Förändring per procentenhet</translation>
    </message>
    <message>
        <source>Change per percentage point and year</source>
        <translation>Förändring per procentenhet och år</translation>
    </message>
    <message>
        <source>Check by finite difference</source>
        <translation>Kontroll med finit differens</translation>
    </message>
    <message>
        <source>Near a loop that never ends</source>
        <translation>Nära en slinga som aldrig tar slut</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Leave per journey</source>
        <translation>Avhopp per kundresa</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Vår</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Deras</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Nuvarande</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>What-if-variant</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Förändring</translation>
    </message>
    <message>
        <source>Change in %</source>
        <translation>Förändring i %</translation>
    </message>
    <message>
        <source>Visits before</source>
        <translation>Besök före</translation>
    </message>
    <message>
        <source>Visits after</source>
        <translation>Besök efter</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Bättre</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Högre är bättre</translation>
    </message>
    <message>
        <source>Steps with the attribute set</source>
        <translation>Steg med attributet angivet</translation>
    </message>
    <message>
        <source>Activity key</source>
        <translation>Aktivitetsnyckel</translation>
    </message>
    <message>
        <source>Match weight</source>
        <translation>Matchningsvikt</translation>
    </message>
    <message>
        <source>Change in customer time</source>
        <translation>Förändring av kundens tid</translation>
    </message>
    <message>
        <source>Change in effort</source>
        <translation>Förändring av ansträngning</translation>
    </message>
    <message>
        <source>Change in failure probability</source>
        <translation>Förändring av felsannolikhet</translation>
    </message>
    <message>
        <source>Change in emotion</source>
        <translation>Känsloförändring</translation>
    </message>
    <message>
        <source>For the customer</source>
        <translation>För kunden</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Break-even value</source>
        <translation>Nollpunktsvärde</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hög</translation>
    </message>
    <message>
        <source>Net change per year at low</source>
        <translation>Nettoförändring per år vid låg</translation>
    </message>
    <message>
        <source>Net change per year at high</source>
        <translation>Nettoförändring per år vid hög</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Utslag</translation>
    </message>
    <message>
        <source>Minutes per journey</source>
        <translation>Minuter per kundresa</translation>
    </message>
    <message>
        <source>Hours per year</source>
        <translation>Timmar per år</translation>
    </message>
    <message>
        <source>Hours per executive</source>
        <translation>Timmar per kundansvarig</translation>
    </message>
    <message>
        <source>Capacity per executive</source>
        <translation>Kapacitet per kundansvarig</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Beläggningsgrad</translation>
    </message>
    <message>
        <source>Verdict or change</source>
        <translation>Bedömning eller förändring</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Contacts now</source>
        <translation>Kontakter nu</translation>
    </message>
    <message>
        <source>Contacts in the what-if</source>
        <translation>Kontakter i what-if</translation>
    </message>
    <message>
        <source>Visits now</source>
        <translation>Besök nu</translation>
    </message>
    <message>
        <source>Visits after the change</source>
        <translation>Besök efter ändringen</translation>
    </message>
    <message>
        <source>The customer sees it</source>
        <translation>Kunden ser det</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Betjänare</translation>
    </message>
    <message>
        <source>Queue wait</source>
        <translation>Kötid</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Arrivals per minute</source>
        <translation>Ankomster per minut</translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation>Resurspool</translation>
    </message>
    <message>
        <source>Steps only in the current journey</source>
        <translation>Steg bara i nuvarande kundresa</translation>
    </message>
    <message>
        <source>Steps only in the what-if</source>
        <translation>Steg bara i what-if</translation>
    </message>
    <message>
        <source>Key figures</source>
        <extracomment>The tables&apos; and the analyses&apos; titles and the words of codes (those not already a name above).</extracomment>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besök</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Departments or company</source>
        <translation>Avdelningar eller företaget</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidater</translation>
    </message>
    <message>
        <source>C1 transfers</source>
        <translation>C1 överföringar</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>C3 repeated data</source>
        <translation>C3 upprepade uppgifter</translation>
    </message>
    <message>
        <source>C4 cycles</source>
        <translation>C4 cykler</translation>
    </message>
    <message>
        <source>C5 non-value-adding</source>
        <translation>C5 icke värdeskapande</translation>
    </message>
    <message>
        <source>C6 merges</source>
        <translation>C6 sammanslagningar</translation>
    </message>
    <message>
        <source>Where failures surface</source>
        <translation>Var felen visar sig</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Känslokurva</translation>
    </message>
    <message>
        <source>System footprint</source>
        <translation>Systemavtryck</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Styrkort</translation>
    </message>
    <message>
        <source>Change list</source>
        <translation>Ändringslista</translation>
    </message>
    <message>
        <source>Changes in short</source>
        <translation>Ändringar i korthet</translation>
    </message>
    <message>
        <source>Touchpoints before and after</source>
        <translation>Kontaktpunkter före och efter</translation>
    </message>
    <message>
        <source>Contacts by reason</source>
        <translation>Kontakter per orsak</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Grundorsaker</translation>
    </message>
    <message>
        <source>Sensitivities</source>
        <translation>Känsligheter</translation>
    </message>
    <message>
        <source>What-if steps</source>
        <translation>What-if-steg</translation>
    </message>
    <message>
        <source>Where journeys leave</source>
        <translation>Var kundresorna avbryts</translation>
    </message>
    <message>
        <source>Web loops</source>
        <translation>Webbslingor</translation>
    </message>
    <message>
        <source>Ours only</source>
        <translation>Bara hos oss</translation>
    </message>
    <message>
        <source>Theirs only</source>
        <translation>Bara hos dem</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Likhet</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Ekonomi</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Nollpunkt</translation>
    </message>
    <message>
        <source>Tornado</source>
        <translation>Tornadodiagram</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbetsbelastning</translation>
    </message>
    <message>
        <source>Customer verdict</source>
        <translation>Kundens bedömning</translation>
    </message>
    <message>
        <source>Lanes the customer meets</source>
        <translation>Banor som kunden möter</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>I korthet</translation>
    </message>
    <message>
        <source>Where to streamline</source>
        <translation>Var kan vi effektivisera</translation>
    </message>
    <message>
        <source>Fail points and poor experience</source>
        <translation>Felpunkter och dålig upplevelse</translation>
    </message>
    <message>
        <source>Compare with a competitor</source>
        <translation>Jämför med en konkurrent</translation>
    </message>
    <message>
        <source>Systems seen from the customer&apos;s side</source>
        <translation>System sett från kundens sida</translation>
    </message>
    <message>
        <source>What a system change does</source>
        <translation>Vad en systemändring gör</translation>
    </message>
    <message>
        <source>What-if: compare with a variant</source>
        <translation>What-if: jämför med en variant</translation>
    </message>
    <message>
        <source>What drives repeat contacts</source>
        <translation>Vad driver upprepade kontakter</translation>
    </message>
    <message>
        <source>IVR</source>
        <translation>IVR</translation>
    </message>
    <message>
        <source>None (no channel)</source>
        <translation>Ingen (ingen kanal)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>How a name is put together with a side, a unit or a count of inputs.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Attribute set, %1</source>
        <translation>Angivna attribut, %1</translation>
    </message>
    <message>
        <source>%1: how far its inputs are set</source>
        <translation>%1: i vilken grad indata är angivna</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AnalysisLegend</name>
    <message>
        <source>severity of the failure for the customer, 1 (none) to 10 (hazardous)</source>
        <extracomment>What each abbreviation of a header or cell means.</extracomment>
        <translation>felets allvarlighetsgrad för kunden, 1 (ingen) till 10 (farlig)</translation>
    </message>
    <message>
        <source>occurrence: how often it fails, 1 (below 0.1 in 1,000 journeys) to 10 (100 or more)</source>
        <translation>förekomst: hur ofta det blir fel, 1 (under 0,1 på 1 000 kundresor) till 10 (100 eller fler)</translation>
    </message>
    <message>
        <source>detection: 1 = the failure is caught before the customer notices, 10 = never</source>
        <translation>upptäckt: 1 = felet fångas innan kunden märker det, 10 = aldrig</translation>
    </message>
    <message>
        <source>risk priority number S × O × D, 1 to 1,000</source>
        <translation>riskprioritetstal S × O × D, 1 till 1 000</translation>
    </message>
    <message>
        <source>expected impact: failures per journey × severity (ranks the fail points)</source>
        <translation>förväntad påverkan: fel per kundresa × allvarlighetsgrad (rangordnar felpunkterna)</translation>
    </message>
    <message>
        <source>Transfer chain</source>
        <translation>Överföringskedja</translation>
    </message>
    <message>
        <source>Several departments in one phase</source>
        <translation>Flera avdelningar i en fas</translation>
    </message>
    <message>
        <source>Repeated data capture</source>
        <translation>Upprepad datainsamling</translation>
    </message>
    <message>
        <source>Loop or rework</source>
        <translation>Slinga eller omarbete</translation>
    </message>
    <message>
        <source>Non-value-adding steps</source>
        <translation>Icke värdeskapande steg</translation>
    </message>
    <message>
        <source>Back-office merge</source>
        <translation>Sammanslagning i back office</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Komplexitet</translation>
    </message>
    <message>
        <source>value-adding</source>
        <translation>värdeskapande</translation>
    </message>
    <message>
        <source>business-value-adding</source>
        <translation>värdeskapande för verksamheten</translation>
    </message>
    <message>
        <source>non-value-adding</source>
        <translation>icke värdeskapande</translation>
    </message>
    <message>
        <source>Monte Carlo estimate (simulated journeys)</source>
        <translation>Monte Carlo-uppskattning (simulerade kundresor)</translation>
    </message>
    <message>
        <source>failure-demand ratio: avoidable inbound contacts / all inbound contacts</source>
        <translation>kvot för felefterfrågan: undvikbara inkommande kontakter / alla inkommande kontakter</translation>
    </message>
    <message>
        <source>graph edit distance between the two journeys</source>
        <translation>grafredigeringsavstånd mellan de två kundresorna</translation>
    </message>
    <message>
        <source>account executive</source>
        <translation>kundansvarig</translation>
    </message>
    <message>
        <source>automated answering system (interactive voice response)</source>
        <translation>automatiskt svarssystem (interaktivt röstsvar)</translation>
    </message>
    <message>
        <source>expected failures per journey</source>
        <translation>förväntade fel per kundresa</translation>
    </message>
</context>
<context>
    <name>AnalysisMenu</name>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation>BPMN 2.0-filer (*.bpmn *.xml);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Scorecard</source>
        <extracomment>(key, menu text, shortcut, status tip); None is a separator. Texts are translated when shown.</extracomment>
        <translation>&amp;Styrkort</translation>
    </message>
    <message>
        <source>The journey&apos;s customer-side KPIs and its issues</source>
        <translation>Kundresans nyckeltal på kundsidan och dess problem</translation>
    </message>
    <message>
        <source>Where to S&amp;treamline</source>
        <translation>Var kan vi &amp;effektivisera</translation>
    </message>
    <message>
        <source>Handoffs, transfers, loops, repeated data and steps that add no value</source>
        <translation>Överlämningar, överföringar, slingor, upprepade uppgifter och steg som inte tillför värde</translation>
    </message>
    <message>
        <source>&amp;Fail Points and Poor Experience</source>
        <translation>&amp;Felpunkter och dålig upplevelse</translation>
    </message>
    <message>
        <source>Where failure and waiting hurt the customer, ranked by expected impact</source>
        <translation>Var fel och väntan drabbar kunden, rangordnat efter förväntad påverkan</translation>
    </message>
    <message>
        <source>&amp;Compare with a Competitor…</source>
        <translation>&amp;Jämför med en konkurrent…</translation>
    </message>
    <message>
        <source>Our journey against a competitor&apos;s model, step by step and phase by phase</source>
        <translation>Vår kundresa mot en konkurrents modell, steg för steg och fas för fas</translation>
    </message>
    <message>
        <source>What Does a S&amp;ystem Change Do?</source>
        <translation>Vad gör en s&amp;ystemändring?</translation>
    </message>
    <message>
        <source>The current edits against the model as last opened or saved</source>
        <translation>De aktuella ändringarna jämfört med modellen som den senast öppnades eller sparades</translation>
    </message>
    <message>
        <source>…with &amp;Another File…</source>
        <translation>…med en &amp;annan fil…</translation>
    </message>
    <message>
        <source>This model against a changed version of it in another file</source>
        <translation>Den här modellen mot en ändrad version av den i en annan fil</translation>
    </message>
    <message>
        <source>&amp;What-If: Compare with a Variant…</source>
        <translation>&amp;What-if: jämför med en variant…</translation>
    </message>
    <message>
        <source>Customer effect and annual economics of a variant (e.g. account executives)</source>
        <translation>Kundeffekt och årlig ekonomi för en variant (t.ex. kundansvariga)</translation>
    </message>
    <message>
        <source>What Drives &amp;Repeat Contacts</source>
        <translation>Vad driver &amp;upprepade kontakter</translation>
    </message>
    <message>
        <source>Failure demand: avoidable contacts, their reasons and root causes</source>
        <translation>Felefterfrågan: undvikbara kontakter, deras orsaker och grundorsaker</translation>
    </message>
    <message>
        <source>What &amp;If…</source>
        <translation>What-&amp;if…</translation>
    </message>
    <message>
        <source>Try other values for steps, flows and lanes and see the scorecard change; the model is not changed</source>
        <translation>Prova andra värden för steg, flöden och banor och se styrkortet ändras; modellen ändras inte</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>E&amp;xportera rapport…</translation>
    </message>
    <message>
        <source>Every analysis of this model as an HTML page or as CSV files, as the command line writes them</source>
        <translation>Alla analyser av den här modellen som en HTML-sida eller som CSV-filer, så som kommandoraden skriver dem</translation>
    </message>
    <message>
        <source>C&amp;lear Highlights</source>
        <translation>Rensa &amp;markeringar</translation>
    </message>
    <message>
        <source>Remove the analysis highlights</source>
        <translation>Ta bort analysmarkeringarna</translation>
    </message>
    <message>
        <source>Show &amp;Results</source>
        <extracomment>The model as last opened or saved (What Does a System Change Do? compares the edits with it), kept without a copy (see ``model.copies``). The document&apos;s copies: a run copies only what changed since the copy before (see ``model.copies``; a whole copy of 100,000 steps took 0.6-0.9 s). Copies made for the job about to run, their lookups still to make (see :meth:`_run`). Counts the model&apos;s change events; an outcome remembers the revision it ran on. Elements whose marks follow them once the edit under way has ended.</extracomment>
        <translation>Visa &amp;resultat</translation>
    </message>
    <message>
        <source>Compare with a Competitor</source>
        <translation>Jämför med en konkurrent</translation>
    </message>
    <message>
        <source>last saved version</source>
        <translation>senast sparade version</translation>
    </message>
    <message>
        <source>What Does a System Change Do? Changed Version</source>
        <translation>Vad gör en systemändring? Ändrad version</translation>
    </message>
    <message>
        <source>What-If: Compare with a Variant</source>
        <translation>What-if: jämför med en variant</translation>
    </message>
    <message>
        <source>Highlights cleared</source>
        <translation>Markeringarna rensades</translation>
    </message>
    <message>
        <source>Running {title}…</source>
        <translation>Kör {title}…</translation>
    </message>
    <message>
        <source>{title}: %n element(s) highlighted</source>
        <translation>{title}: %n element markerade</translation>
    </message>
</context>
<context>
    <name>AnalysisRule</name>
    <message>
        <source>transfer chain</source>
        <extracomment>The streamlining rules C1–C7 in words.</extracomment>
        <translation>överföringskedja</translation>
    </message>
    <message>
        <source>several departments in one phase</source>
        <translation>flera avdelningar i en fas</translation>
    </message>
    <message>
        <source>repeated data capture</source>
        <translation>upprepad datainsamling</translation>
    </message>
    <message>
        <source>loop or rework</source>
        <translation>slinga eller omarbete</translation>
    </message>
    <message>
        <source>non-value-adding steps</source>
        <translation>icke värdeskapande steg</translation>
    </message>
    <message>
        <source>back-office merge</source>
        <translation>sammanslagning i back office</translation>
    </message>
    <message>
        <source>complexity</source>
        <translation>komplexitet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Headline parameters that hold a whole sentence part rendered by the core (&quot;, 12 h a year&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>AnalysisRunner</name>
    <message>
        <source>The analysis failed: {error}</source>
        <translation>Analysen misslyckades: {error}</translation>
    </message>
</context>
<context>
    <name>AnalysisSide</name>
    <message>
        <source>ours</source>
        <extracomment>The words of the sides: ours/theirs for a competitor, current/what-if for a variant.</extracomment>
        <translation>hos oss</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>hos dem</translation>
    </message>
    <message>
        <source>current</source>
        <translation>nuvarande</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>what-if</translation>
    </message>
</context>
<context>
    <name>AnalysisValue</name>
    <message>
        <source>n/a</source>
        <extracomment>Kinds of value the display table gives a unit. Kinds of string value that are words of the display table (not the modeller&apos;s data). Names a cell lists before it counts the rest: a candidate or a phase of a large journey lists thousands of steps, unreadable in a cell (the row&apos;s menu selects them all), and naming them all to size a table&apos;s columns held the window 0.4 s at 100,000 steps. The fixed words of a value.</extracomment>
        <translation>e.t.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
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
        <extracomment>Steps and flows from which a copy&apos;s pages are worth asking back from the allocator (its walk of the whole heap takes longer than a small copy is worth).</extracomment>
        <translation>Ingen återställningskopia kunde sparas: {reason}</translation>
    </message>
    <message>
        <source>The recovery copy failed: {reason}</source>
        <translation>Återställningskopian misslyckades: {reason}</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>↻ +{visits_n} visits</source>
        <extracomment>Writes one headline parameter (its name says its kind) as the user reads it. Each badge the highlights draw, by the core&apos;s code. A template without words (a symbol, a number, a name) is not listed for translation; its numbers are still written the locale&apos;s way.</extracomment>
        <translation>↻ +{visits_n} besök</translation>
    </message>
    <message>
        <source>repeat data: {items}</source>
        <translation>upprepade uppgifter: {items}</translation>
    </message>
    <message>
        <source>NVA</source>
        <translation>NVA</translation>
    </message>
    <message>
        <source>{share_pct} of customer time</source>
        <translation>{share_pct} av kundens tid</translation>
    </message>
    <message>
        <source>handoff</source>
        <translation>överlämning</translation>
    </message>
    <message>
        <source>→ {contacts_n} contacts/journey</source>
        <translation>→ {contacts_n} kontakter/kundresa</translation>
    </message>
    <message>
        <source>{traversals_n}/journey</source>
        <translation>{traversals_n}/kundresa</translation>
    </message>
    <message>
        <source>only ours</source>
        <translation>bara vår</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idé</translation>
    </message>
    <message>
        <source>▼ vs {theirs}</source>
        <translation>▼ mot {theirs}</translation>
    </message>
    <message>
        <source>▲ vs {theirs}</source>
        <translation>▲ mot {theirs}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>borttagen</translation>
    </message>
    <message>
        <source>changed: {changed_attributes}</source>
        <translation>ändrad: {changed_attributes}</translation>
    </message>
    <message>
        <source>{contacts_n} contacts</source>
        <translation>{contacts_n} kontakter</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>instabil</translation>
    </message>
    <message>
        <source>removed: {name}</source>
        <extracomment>A step a change analysis removed, drawn as a ghost where it was.</extracomment>
        <translation>borttagen: {name}</translation>
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
    <name>Coverage</name>
    <message>
        <source>durations set on steps that take the customer&apos;s time: %1 of %2</source>
        <extracomment>The core&apos;s coverage words ({} the counts) -&gt; the same words with Qt&apos;s %1 and %2.</extracomment>
        <translation>varaktighet angiven för steg som tar kundens tid: %1 av %2</translation>
    </message>
    <message>
        <source>durations set on steps: %1 of %2</source>
        <translation>varaktighet angiven för steg: %1 av %2</translation>
    </message>
    <message>
        <source>costs set on steps: %1 of %2</source>
        <translation>kostnad angiven för steg: %1 av %2</translation>
    </message>
    <message>
        <source>failure probabilities set on steps: %1 of %2</source>
        <translation>felsannolikhet angiven för steg: %1 av %2</translation>
    </message>
    <message>
        <source>failure probabilities set on steps: %1 of %2 (and failure flows)</source>
        <translation>felsannolikhet angiven för steg: %1 av %2 (och felflöden)</translation>
    </message>
    <message>
        <source>tolerances set on steps: %1 of %2</source>
        <translation>tolerans angiven för steg: %1 av %2</translation>
    </message>
    <message>
        <source>margins set on ends: %1 of %2</source>
        <translation>marginal angiven för sluthändelser: %1 av %2</translation>
    </message>
    <message>
        <source>emotions set on steps the customer sees: %1 of %2</source>
        <translation>känsla angiven för steg som kunden ser: %1 av %2</translation>
    </message>
    <message>
        <source>no customer lane or pool: the customer&apos;s side is n/a</source>
        <translation>ingen kundbana eller pool: kundens sida är ej tillämplig</translation>
    </message>
</context>
<context>
    <name>CustomerChoice</name>
    <message>
        <source>unnamed lane</source>
        <translation>namnlös bana</translation>
    </message>
    <message>
        <source>unnamed pool</source>
        <translation>namnlös pool</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>This model has no lane or pool that could be the customer.</source>
        <translation>Den här modellen har ingen bana eller pool som kan vara kunden.</translation>
    </message>
    <message>
        <source>{candidate} is now the customer</source>
        <translation>{candidate} är nu kunden</translation>
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
        <extracomment>What a horizontal header&apos;s text leaves free of its width (12 px left, 6 px right). Point sizes a role caption tries, largest first, before it is elided. Draw the line of visibility along the far edge: the last lane of a run facing the customer. What the header says under the name (the role&apos;s title unless set). Whether the role is worth a caption (see model.visibility.role_stated).</extracomment>
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
    <name>Evidence</name>
    <message>
        <source>{from_step} ({from_lane}) passes the customer to {to_step} ({to_lane}); transfers per journey: {transitions_n}</source>
        <extracomment>The evidence of each streamlining candidate, by the core&apos;s code. A part without words (a lane&apos;s name and a number) is not listed for translation; its number is still the locale&apos;s.</extracomment>
        <translation>{from_step} ({from_lane}) kopplar kunden vidare till {to_step} ({to_lane}); vidarekopplingar per kundresa: {transitions_n}</translation>
    </message>
    <message>
        <source>{departments_n} departments in the {phase} phase; contacts per journey: {department_parts}</source>
        <translation>{departments_n} avdelningar i fasen {phase}; kontakter per kundresa: {department_parts}</translation>
    </message>
    <message>
        <source>repeat provisions of &apos;{item}&apos; per journey: {provisions_n}</source>
        <translation>upprepade lämnanden av &apos;{item}&apos; per kundresa: {provisions_n}</translation>
    </message>
    <message>
        <source>steps in the loop: {steps_n}; extra visits per journey: {visits_n}</source>
        <translation>steg i slingan: {steps_n}; extra besök per kundresa: {visits_n}</translation>
    </message>
    <message>
        <source>steps in the loop: {steps_n}; extra visits per journey: {visits_n}; avoidable contacts: {contacts} (see failure demand)</source>
        <translation>steg i slingan: {steps_n}; extra besök per kundresa: {visits_n}; undvikbara kontakter: {contacts} (se felefterfrågan)</translation>
    </message>
    <message>
        <source>non-value-adding steps: {steps_n}; customer minutes: {minutes_n}</source>
        <translation>icke värdeskapande steg: {steps_n}; kundminuter: {minutes_n}</translation>
    </message>
    <message>
        <source>non-value-adding steps: {steps_n}; customer minutes: {minutes_n} ({share_pct} of customer time)</source>
        <translation>icke värdeskapande steg: {steps_n}; kundminuter: {minutes_n} ({share_pct} av kundens tid)</translation>
    </message>
    <message>
        <source>no lane</source>
        <translation>ingen bana</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The scale must be greater than 0.</source>
        <extracomment>White space around the diagram in the image, in diagram units. Largest side of an exported image, in pixels (keeps memory bounded for huge models). Diagram units per inch: the window shows the diagram at 96 dots per inch at 100 %. Margin of PDF and printed pages, in millimetres. Adds what the window draws over the diagram (analysis highlights) to an export&apos;s fresh scene. the largest side of a PNG, in pixels</extracomment>
        <translation>Skalan måste vara större än 0.</translation>
    </message>
    <message>
        <source>The image would be {width}×{height} pixels, more than {most} a side; choose a scale of at most {scale}.</source>
        <translation>Bilden skulle bli {width}×{height} bildpunkter, mer än {most} per sida; välj en skala på högst {scale}.</translation>
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
        <source>Copied the diagram as a picture at {scale} × ({width} × {height} pixels), the most a picture holds; the SVG copy is full size</source>
        <translation>Diagrammet kopierades som bild i {scale} × ({width} × {height} pixlar), det mesta en bild rymmer; SVG-kopian har full storlek</translation>
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
        <extracomment>The PNG scales the size field offers when the diagram allows them (dots per inch: × 96).
----------
Shows the print preview for a printer whose pages ``paint`` draws (tests replace it).</extracomment>
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
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>A PNG is at most {most} pixels a side: this diagram fits at up to {scale} ×. For a sharper picture, export SVG, or PDF on several pages.</source>
        <translation>En PNG är högst {most} bildpunkter per sida: det här diagrammet får plats i upp till {scale} ×. Exportera SVG, eller PDF på flera sidor, för en skarpare bild.</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Bakgrund</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} bildpunkter</translation>
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
    <name>Files</name>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation>BPMN 2.0-filer (*.bpmn *.xml);;Alla filer (*)</translation>
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
    <name>Headline</name>
    <message>
        <source>{failure_pct} of journeys meet at least one failure; {success_pct} end in success.</source>
        <translation>{failure_pct} av kundresorna drabbas av minst ett fel; {success_pct} slutar lyckat.</translation>
    </message>
    <message>
        <source>No consolidation candidate addresses any customer time.</source>
        <translation>Ingen konsolideringskandidat berör kundens tid.</translation>
    </message>
    <message>
        <source>Routing right first time from {first} to {second} saves about {minutes_min} per customer{per_year}.</source>
        <translation>Att dirigera rätt från början, från {first} till {second}, sparar omkring {minutes_min} per kund{per_year}.</translation>
    </message>
    <message>
        <source>One point of contact for the {phase} phase ({departments}) addresses about {minutes_min} per customer{per_year}.</source>
        <translation>En enda ingång för fasen {phase} ({departments}) berör omkring {minutes_min} per kund{per_year}.</translation>
    </message>
    <message>
        <source>Asking for &apos;{item}&apos; once instead of at {steps_n} steps addresses about {minutes_min} per customer{per_year}.</source>
        <translation>Att fråga efter &apos;{item}&apos; en gång i stället för i {steps_n} steg berör omkring {minutes_min} per kund{per_year}.</translation>
    </message>
    <message>
        <source>Removing the cause of the rework loop through {first} addresses about {minutes_min} per customer{per_year}.</source>
        <translation>Att ta bort orsaken till omarbetsslingan genom {first} berör omkring {minutes_min} per kund{per_year}.</translation>
    </message>
    <message>
        <source>, {hours_h} a year</source>
        <translation>, {hours_h} per år</translation>
    </message>
    <message>
        <source>The riskiest point is {element}: {per_1000_n} in 1,000 journeys fail there{surfaces}.</source>
        <translation>Den mest riskfyllda punkten är {element}: {per_1000_n} av 1 000 kundresor misslyckas där{surfaces}.</translation>
    </message>
    <message>
        <source>No step or branch can fail in this model.</source>
        <translation>Inget steg och ingen gren kan misslyckas i den här modellen.</translation>
    </message>
    <message>
        <source>, and the customer notices at {where}</source>
        <translation>, och kunden märker det vid {where}</translation>
    </message>
    <message>
        <source>Together the candidates ({count_n}) address about {total_min} of the customer&apos;s {journey_min} per journey (each step counted once).</source>
        <translation>Tillsammans berör kandidaterna ({count_n}) omkring {total_min} av kundens {journey_min} per kundresa (varje steg räknat en gång).</translation>
    </message>
    <message>
        <source>A customer spends about {time_min} of their own time per journey (touchpoints: {touchpoints_n}, contacts with us: {contacts_n}).</source>
        <extracomment>Each sentence a result opens with, by the core&apos;s code; the {name} placeholders stay as they are.</extracomment>
        <translation>En kund lägger omkring {time_min} av sin egen tid per kundresa (kontaktpunkter: {touchpoints_n}, kontakter med oss: {contacts_n}).</translation>
    </message>
    <message>
        <source>A customer&apos;s time per journey is not known (no step has a duration); touchpoints: {touchpoints_n}, contacts with us: {contacts_n}.</source>
        <translation>Kundens tid per kundresa är okänd (inget steg har någon varaktighet); kontaktpunkter: {touchpoints_n}, kontakter med oss: {contacts_n}.</translation>
    </message>
    <message>
        <source>Together the candidates ({count_n}) address about {total_min} of the customer&apos;s {journey_min} per journey (each step counted once), {total_h} a year.</source>
        <translation>Tillsammans berör kandidaterna ({count_n}) omkring {total_min} av kundens {journey_min} per kundresa (varje steg räknat en gång), {total_h} per år.</translation>
    </message>
    <message>
        <source>Removing or automating the non-value-adding steps ({steps_n}) saves about {minutes_min} per customer{per_year} ({share_pct} of customer time).</source>
        <translation>Att ta bort eller automatisera de icke värdeskapande stegen ({steps_n}) sparar omkring {minutes_min} per kund{per_year} ({share_pct} av kundens tid).</translation>
    </message>
    <message>
        <source>{failure_pct} of journeys meet at least one failure; steps that are pain points: {pain_n}.</source>
        <translation>{failure_pct} av kundresorna drabbas av minst ett fel; steg som är smärtpunkter: {pain_n}.</translation>
    </message>
    <message>
        <source>&apos;{system}&apos; fails the customer most: {per_1000_n} per 1,000 journeys; steps that use it: {users_n}.</source>
        <translation>&apos;{system}&apos; sviker kunden mest: {per_1000_n} per 1 000 kundresor; steg som använder det: {users_n}.</translation>
    </message>
    <message>
        <source>No system is used by the steps of this journey.</source>
        <translation>Inget system används av stegen i den här kundresan.</translation>
    </message>
    <message>
        <source>{fdr_pct} of the contacts customers start are failure demand, there only because we did not communicate well enough.</source>
        <translation>{fdr_pct} av de kontakter som kunderna tar är felefterfrågan, som bara uppstår för att vi inte kommunicerade tillräckligt bra.</translation>
    </message>
    <message>
        <source>The largest reason is &apos;{reason}&apos;: {share_pct} of contacts, {cost_money} per journey{annual}.</source>
        <translation>Den största orsaken är &apos;{reason}&apos;: {share_pct} av kontakterna, {cost_money} per kundresa{annual}.</translation>
    </message>
    <message>
        <source>No contact in this journey has a reason, so failure demand cannot be told apart.</source>
        <translation>Ingen kontakt i den här kundresan har en orsak, så felefterfrågan kan inte särskiljas.</translation>
    </message>
    <message>
        <source>, {annual_money} a year</source>
        <translation>, {annual_money} per år</translation>
    </message>
    <message>
        <source>The competitor takes {delta_min} {direction} of the customer&apos;s time than we do ({theirs_min} against our {ours_min} per journey).</source>
        <translation>Konkurrenten tar {delta_min} {direction} av kundens tid än vi ({theirs_min} mot våra {ours_min} per kundresa).</translation>
    </message>
    <message>
        <source>They do better on {theirs_n} of {count_n} measures, we on {ours_n}.</source>
        <translation>De är bättre på {theirs_n} av {count_n} mått, vi på {ours_n}.</translation>
    </message>
    <message>
        <source>The what-if {direction} {net_money} a year ({benefit_pct} chance of a net benefit).</source>
        <translation>What-if-varianten {direction} {net_money} per år ({benefit_pct} chans till nettovinst).</translation>
    </message>
    <message>
        <source>For the customer, measures that get better: {better_n}, worse: {worse_n}; customer time {direction} by {delta_min}.</source>
        <translation>För kunden: mått som blir bättre {better_n}, sämre {worse_n}; kundens tid {direction} med {delta_min}.</translation>
    </message>
    <message>
        <source>Elements that change: {count_n} ({visible_n} the customer sees, {backstage_n} back-stage); flows re-wired: {rewired_n}.</source>
        <translation>Element som ändras: {count_n} ({visible_n} som kunden ser, {backstage_n} bakom kulisserna); flöden som kopplas om: {rewired_n}.</translation>
    </message>
    <message>
        <source>How often customers meet &apos;{name}&apos; per journey: {before_n} → {after_n}.</source>
        <translation>Hur ofta kunderna möter &apos;{name}&apos; per kundresa: {before_n} → {after_n}.</translation>
    </message>
    <message>
        <source>more</source>
        <extracomment>The words a headline puts in its {direction}.</extracomment>
        <translation>mer</translation>
    </message>
    <message>
        <source>less</source>
        <translation>mindre</translation>
    </message>
    <message>
        <source>earns</source>
        <translation>tjänar in</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>kostar</translation>
    </message>
    <message>
        <source>rises</source>
        <translation>ökar</translation>
    </message>
    <message>
        <source>falls</source>
        <translation>minskar</translation>
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
        <extracomment>More changed areas than this at once are redrawn as the one rectangle around them. A changed area wider or taller than this (scene units) is drawn after a quiet time of WIDE_REDRAW_DELAY milliseconds; smaller ones after LOCAL_REDRAW_DELAY. A task&apos;s width in diagram units: drawn smaller than a pixel, steps and flows are left out. Fitted whole, a diagram less high than this many pixels (its lanes a few pixels each) is shown as a strip that follows the canvas. A strip is at least this many times as wide as the canvas&apos;s view (the frame in it, half). Height in pixels of the bar that marks where a strip lies in the whole diagram.</extracomment>
        <translation>Klicka eller dra för att flytta diagrammets vy</translation>
    </message>
    <message>
        <source>Minimap</source>
        <extracomment>Whether the minimap shows a strip of a long diagram, following the canvas. Whether a drag in the minimap steers the canvas (a strip then stays put). The diagram as the minimap shows it; None: to be drawn whole at the next paint. Scene to picture pixels, as the picture was drawn (a strip&apos;s reaches beyond the view). Scene areas changed since the picture was drawn. Wide changed areas, drawn when the scene has been quiet for a moment. Small changed areas, drawn a moment after the gesture&apos;s frame. A zoom of the canvas rescales a strip when this fires, after the zoom&apos;s frame. A newly shown scene&apos;s picture waits for this, so the canvas is painted first.</extracomment>
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
    <message>
        <source>C&amp;hoose the Customer…</source>
        <translation>Välj &amp;kunden…</translation>
    </message>
    <message>
        <source>Which lane or pool is the customer, whose side of the journey the analyses measure</source>
        <translation>Vilken bana eller pool som är kunden, vars sida av kundresan analyserna mäter</translation>
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
        <extracomment>Element forms kept aside (a task&apos;s, an event&apos;s, a flow&apos;s, a lane&apos;s, ...). The key of the page shown when nothing is selected, kept as the forms are.</extracomment>
        <translation>Egenskaper</translation>
    </message>
    <message>
        <source>{count} elements selected.</source>
        <extracomment>The &quot;Lane&quot; row of a step (not a field: a step changes lane by moving). The heading: the element&apos;s kind and name (never its id, which is the file&apos;s). The units the fields show (the document&apos;s own, or those of Preferences). What the form shown holds besides values (see :meth:`_form_of`); None: not kept. The last pages replaced by another (element forms, the &quot;nothing selected&quot; page), kept for the next alike selection. The selection the panel shows (the window tells it only of a different one).</extracomment>
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
    <name>ReportExporter</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-rapport (*.html)</translation>
    </message>
    <message>
        <source>CSV tables, one file per table (folder)</source>
        <translation>CSV-tabeller, en fil per tabell (mapp)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <source>The report could not be written: {reason}</source>
        <translation>Rapporten kunde inte skrivas: {reason}</translation>
    </message>
    <message>
        <source>%n CSV file(s) in {folder}</source>
        <translation>%n CSV-fil(er) i {folder}</translation>
    </message>
    <message>
        <source>Report exported: {what}</source>
        <translation>Rapporten exporterades: {what}</translation>
    </message>
    <message>
        <source>{title} report</source>
        <translation>{title} – rapport</translation>
    </message>
</context>
<context>
    <name>ResultsDock</name>
    <message>
        <source>Run an analysis from the Analysis menu: its figures appear here and its findings are highlighted on the diagram.</source>
        <extracomment>Height of the dock when a first result opens it (the diagram keeps the rest). Width of the key figures beside the tables. Rows a table&apos;s columns are sized to fit (besides those in view): measuring every row of the eight tables of a 10,000-step result held the window for a seventh of a second.</extracomment>
        <translation>Kör en analys från menyn Analys: dess siffror visas här och dess fynd markeras i diagrammet.</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>The highlight colours&apos; names in the dock&apos;s legend.</extracomment>
        <translation>fel</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Analysis Results</source>
        <extracomment>{KPI: the core&apos;s coverage words} of a key-figure table. Element ids of a clicked row. The user asked to run the shown analysis again.</extracomment>
        <translation>Analysresultat</translation>
    </message>
    <message>
        <source>Run Again</source>
        <extracomment>Tables whose columns are not sized yet (until first shown), with their names.</extracomment>
        <translation>Kör igen</translation>
    </message>
    <message>
        <source>Highlight colours on the diagram; a badge names the finding</source>
        <translation>Markeringsfärger i diagrammet; en etikett anger fyndet</translation>
    </message>
    <message>
        <source>%1 — running…</source>
        <translation>%1 — körs…</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issues (%n)</source>
        <translation>Problem (%n)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&lt;b&gt;· stale:&lt;/b&gt; the model changed since this ran</source>
        <translation>&lt;b&gt;· inaktuellt:&lt;/b&gt; modellen har ändrats sedan detta kördes</translation>
    </message>
    <message>
        <source>Stopped by %1: %2</source>
        <translation>Stoppades av %1: %2</translation>
    </message>
    <message>
        <source>(and %n more in Issues)</source>
        <translation>(och %n till under Problem)</translation>
    </message>
    <message>
        <source>%n highlighted element(s) not on this diagram (the other model&apos;s); the tables list them.</source>
        <translation>%n markerade element finns inte i det här diagrammet (de hör till den andra modellen); tabellerna listar dem.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>{names} and %n more</source>
        <translation>{names} och %n till</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>&amp;Select in Diagram</source>
        <translation>&amp;Markera i diagrammet</translation>
    </message>
    <message>
        <source>&amp;Copy Row</source>
        <translation>&amp;Kopiera rad</translation>
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
        <extracomment>Room kept between a step and the right end of its lane. The document&apos;s copies (analysis runs, the last saved model, recovery copies), sharing what no edit changed.</extracomment>
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
    <message>
        <source>Mark &apos;{name}&apos; as the customer</source>
        <translation>Markera &apos;{name}&apos; som kunden</translation>
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
<context>
    <name>WhatIfDialog</name>
    <message>
        <source>Element</source>
        <extracomment>Columns of the settings table and of the result table.</extracomment>
        <translation>Element</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>What-if</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>What If</source>
        <translation>What-if</translation>
    </message>
    <message>
        <source>Try other values for steps, flows and lanes. The model is not changed; a new branch probability takes its difference from the other branches of the split, in proportion.</source>
        <translation>Prova andra värden för steg, flöden och banor. Modellen ändras inte; en ny grensannolikhet tar sin skillnad från förgreningens övriga grenar, proportionellt.</translation>
    </message>
    <message>
        <source>&amp;Add Value</source>
        <translation>&amp;Lägg till värde</translation>
    </message>
    <message>
        <source>&amp;Remove Value</source>
        <translation>&amp;Ta bort värde</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>&amp;Kör</translation>
    </message>
    <message>
        <source>The values changed: press Run to compare them.</source>
        <translation>Värdena ändrades: tryck på Kör för att jämföra dem.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Jämför…</translation>
    </message>
    <message>
        <source>No scorecard to compare: an error in the model stops it (see Analysis ▸ Scorecard).</source>
        <translation>Inget styrkort att jämföra: ett fel i modellen stoppar det (se Analys ▸ Styrkort).</translation>
    </message>
    <message>
        <source>Lane {name}</source>
        <translation>Bana {name}</translation>
    </message>
    <message>
        <source>(rest of the split)</source>
        <translation>(resten av förgreningen)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>What if {changes}.</source>
        <translation>Tänk om {changes}.</translation>
    </message>
    <message>
        <source>No value changed.</source>
        <translation>Inget värde ändrades.</translation>
    </message>
</context>
</TS>
