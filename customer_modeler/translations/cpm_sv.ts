<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Infoga</translation>
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
</TS>
