<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Προτιμήσεις…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>Ε&amp;ισαγωγή</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Μοντέλο</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>Ανά&amp;λυση</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Προτιμήσεις</translation>
    </message>
    <message>
        <source>Changes other than the language apply at once.</source>
        <translation>Οι αλλαγές, εκτός από τη γλώσσα, ισχύουν αμέσως.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Εμφάνιση</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Προεπιλογή συστήματος</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>Ισχύει μετά από επανεκκίνηση.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Γλώσσα:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Φωτεινό</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Σκοτεινό</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Όπως το σύστημα</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Θέμα:</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>Διάγραμμα</translation>
    </message>
    <message>
        <source>Show the grid</source>
        <translation>Εμφάνιση πλέγματος</translation>
    </message>
    <message>
        <source>Snap steps to the grid</source>
        <translation>Προσκόλληση βημάτων στο πλέγμα</translation>
    </message>
    <message>
        <source>Line steps up with other steps while moving</source>
        <translation>Ευθυγράμμιση βημάτων με άλλα βήματα κατά τη μετακίνηση</translation>
    </message>
    <message>
        <source>Grid spacing (pixels at 100 %):</source>
        <translation>Απόσταση πλέγματος (pixel στο 100 %):</translation>
    </message>
    <message>
        <source>Saving and units</source>
        <translation>Αποθήκευση και μονάδες</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> δευτερόλεπτα</translation>
    </message>
    <message>
        <source>Save a recovery copy every:</source>
        <translation>Αποθήκευση αντιγράφου ανάκτησης κάθε:</translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation>Όπως στο αρχείο</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Λεπτά</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ώρες</translation>
    </message>
    <message>
        <source>Show durations in:</source>
        <translation>Εμφάνιση διαρκειών σε:</translation>
    </message>
    <message>
        <source>Display only: files keep their own units.</source>
        <translation>Μόνο για προβολή: τα αρχεία κρατούν τις δικές τους μονάδες.</translation>
    </message>
    <message>
        <source>Show amounts in CU as:</source>
        <translation>Εμφάνιση ποσών σε CU ως:</translation>
    </message>
    <message>
        <source>Restart the editor to see it in the new language.</source>
        <translation>Επανεκκινήστε τον επεξεργαστή για να τον δείτε στη νέα γλώσσα.</translation>
    </message>
</context>
</TS>
