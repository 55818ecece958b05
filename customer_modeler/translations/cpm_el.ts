<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
<context>
    <name>AnalysisJobs</name>
    <message>
        <source>Untitled</source>
        <extracomment>Columns that may hold element ids of the diagram, most telling first.</extracomment>
        <translation>Χωρίς τίτλο</translation>
    </message>
    <message>
        <source>Cannot open {name}: {reason}</source>
        <extracomment>Highlights that belong to the other model&apos;s diagram (not drawn here). A sentence for the dock: why there is nothing, or what to know. Set when the analysis could not run (refused file, exception): shown in red. Per table, the columns whose values are ids on this diagram (else :data:`ID_COLUMNS`). Tables, or rows with ``side`` equal to this, that name the other model&apos;s elements. The sentences the results open with (see ``analysis.report.headlines``), in English, and as the core&apos;s data (code and parameters) for the dock to write in the user&apos;s words. {id: name} of the elements the tables name, the model&apos;s currency, and the words of the sides (&quot;competitor&quot;: ours/theirs, &quot;variant&quot;: current/what-if).</extracomment>
        <translation>Δεν είναι δυνατό το άνοιγμα του {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} → current edits</source>
        <translation>{name} → τρέχουσες αλλαγές</translation>
    </message>
    <message>
        <source>No changes: both models are the same.</source>
        <translation>Καμία αλλαγή: τα δύο μοντέλα είναι ίδια.</translation>
    </message>
    <message>
        <source>{ours} versus {theirs}</source>
        <translation>{ours} έναντι {theirs}</translation>
    </message>
    <message>
        <source>{variant} (what-if of {baseline})</source>
        <translation>{variant} (παραλλαγή what-if του {baseline})</translation>
    </message>
    <message>
        <source>This model is the variant; the chosen file is its baseline.</source>
        <translation>Αυτό το μοντέλο είναι η παραλλαγή· το επιλεγμένο αρχείο είναι η βάση του.</translation>
    </message>
    <message>
        <source>{name} does not say it is a variant of this model; steps are paired by id, else by key.</source>
        <translation>Το {name} δεν δηλώνει ότι είναι παραλλαγή αυτού του μοντέλου· τα βήματα αντιστοιχίζονται με το id, αλλιώς με το κλειδί.</translation>
    </message>
    <message>
        <source>The chosen file</source>
        <translation>Το επιλεγμένο αρχείο</translation>
    </message>
</context>
<context>
    <name>AnalysisLabel</name>
    <message>
        <source>Customer time</source>
        <extracomment>Every KPI and column name of the display table, and a variant&apos;s own names.</extracomment>
        <translation>Χρόνος πελάτη</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Χρόνος διεκπεραίωσης</translation>
    </message>
    <message>
        <source>Lead time of a successful journey</source>
        <translation>Χρόνος διεκπεραίωσης επιτυχούς διαδρομής</translation>
    </message>
    <message>
        <source>Lead time (MC)</source>
        <translation>Χρόνος διεκπεραίωσης (MC)</translation>
    </message>
    <message>
        <source>Expected work of a successful journey (duration + wait done)</source>
        <translation>Αναμενόμενη εργασία επιτυχούς διαδρομής (διάρκεια + αναμονή που διανύθηκε)</translation>
    </message>
    <message>
        <source>Elapsed time of a successful journey (MC)</source>
        <translation>Συνολικός χρόνος επιτυχούς διαδρομής (MC)</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Σημεία επαφής</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>Inbound contacts</source>
        <translation>Εισερχόμενες επαφές</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>Μεταβιβάσεις</translation>
    </message>
    <message>
        <source>Internal handoffs</source>
        <translation>Εσωτερικές μεταβιβάσεις</translation>
    </message>
    <message>
        <source>Handoffs across the line of interaction</source>
        <translation>Μεταβιβάσεις που διασχίζουν τη γραμμή αλληλεπίδρασης</translation>
    </message>
    <message>
        <source>Switches across the line of visibility</source>
        <translation>Εναλλαγές που διασχίζουν τη γραμμή ορατότητας</translation>
    </message>
    <message>
        <source>Departments facing the customer</source>
        <translation>Τμήματα προς τον πελάτη</translation>
    </message>
    <message>
        <source>Departments met</source>
        <translation>Τμήματα που συναντά ο πελάτης</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Μεταφορές</translation>
    </message>
    <message>
        <source>Channel switches</source>
        <translation>Αλλαγές καναλιού</translation>
    </message>
    <message>
        <source>Repeated data provisions</source>
        <translation>Επαναλαμβανόμενες παροχές δεδομένων</translation>
    </message>
    <message>
        <source>Effort index (modelled)</source>
        <translation>Δείκτης προσπάθειας (μοντελοποιημένος)</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>Κόστος εξυπηρέτησης</translation>
    </message>
    <message>
        <source>Expected failures</source>
        <translation>Αναμενόμενες αποτυχίες</translation>
    </message>
    <message>
        <source>Chance of at least one failure</source>
        <translation>Πιθανότητα τουλάχιστον μίας αποτυχίας</translation>
    </message>
    <message>
        <source>Chance of at least one failure (MC)</source>
        <translation>Πιθανότητα τουλάχιστον μίας αποτυχίας (MC)</translation>
    </message>
    <message>
        <source>Wait beyond tolerance</source>
        <translation>Αναμονή πέρα από την ανοχή</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Περιθώριο</translation>
    </message>
    <message>
        <source>Control-flow complexity</source>
        <translation>Πολυπλοκότητα ροής ελέγχου</translation>
    </message>
    <message>
        <source>Chance of each outcome</source>
        <translation>Πιθανότητα κάθε έκβασης</translation>
    </message>
    <message>
        <source>Chance of success</source>
        <translation>Πιθανότητα επιτυχίας</translation>
    </message>
    <message>
        <source>Chance of a return</source>
        <translation>Πιθανότητα επιστροφής</translation>
    </message>
    <message>
        <source>Chance of abandoning</source>
        <translation>Πιθανότητα εγκατάλειψης</translation>
    </message>
    <message>
        <source>Chance of failure as the outcome</source>
        <translation>Πιθανότητα αποτυχίας ως έκβαση</translation>
    </message>
    <message>
        <source>Peak–end emotion (design)</source>
        <translation>Συναίσθημα κορυφής–τέλους (σχεδιασμός)</translation>
    </message>
    <message>
        <source>Peak–end emotion (MC)</source>
        <translation>Συναίσθημα κορυφής–τέλους (MC)</translation>
    </message>
    <message>
        <source>Chance of a failure at a moment of truth</source>
        <translation>Πιθανότητα αποτυχίας σε στιγμή της αλήθειας</translation>
    </message>
    <message>
        <source>Chance of meeting a wait point</source>
        <translation>Πιθανότητα συνάντησης σημείου αναμονής</translation>
    </message>
    <message>
        <source>Average expected emotion</source>
        <translation>Μέσο αναμενόμενο συναίσθημα</translation>
    </message>
    <message>
        <source>Failure-demand ratio</source>
        <translation>Λόγος ζήτησης από αποτυχία</translation>
    </message>
    <message>
        <source>First time right</source>
        <translation>Σωστά με την πρώτη</translation>
    </message>
    <message>
        <source>Handoffs, company as one</source>
        <translation>Μεταβιβάσεις, εταιρεία ως μία οντότητα</translation>
    </message>
    <message>
        <source>Internal handoffs, company as one</source>
        <translation>Εσωτερικές μεταβιβάσεις, εταιρεία ως μία οντότητα</translation>
    </message>
    <message>
        <source>Handoffs across the line of interaction, company as one</source>
        <translation>Μεταβιβάσεις που διασχίζουν τη γραμμή αλληλεπίδρασης, εταιρεία ως μία οντότητα</translation>
    </message>
    <message>
        <source>Transfers, company as one</source>
        <translation>Μεταφορές, εταιρεία ως μία οντότητα</translation>
    </message>
    <message>
        <source>Switches across the line of visibility, company as one</source>
        <translation>Εναλλαγές που διασχίζουν τη γραμμή ορατότητας, εταιρεία ως μία οντότητα</translation>
    </message>
    <message>
        <source>Departments facing the customer, company as one</source>
        <translation>Τμήματα προς τον πελάτη, εταιρεία ως μία οντότητα</translation>
    </message>
    <message>
        <source>Departments met, company as one</source>
        <translation>Τμήματα που συναντά ο πελάτης, εταιρεία ως μία οντότητα</translation>
    </message>
    <message>
        <source>Effort index, company as one</source>
        <translation>Δείκτης προσπάθειας, εταιρεία ως μία οντότητα</translation>
    </message>
    <message>
        <source>Consolidation candidates</source>
        <translation>Υποψήφιες ενοποιήσεις</translation>
    </message>
    <message>
        <source>C1 transfers per journey</source>
        <translation>C1 μεταφορές ανά διαδρομή</translation>
    </message>
    <message>
        <source>C2 phases with several departments</source>
        <translation>C2 φάσεις με πολλά τμήματα</translation>
    </message>
    <message>
        <source>C3 repeated data provisions</source>
        <translation>C3 επαναλαμβανόμενες παροχές δεδομένων</translation>
    </message>
    <message>
        <source>C4 loops</source>
        <translation>C4 βρόχοι</translation>
    </message>
    <message>
        <source>C4 extra visits in loops</source>
        <translation>C4 επιπλέον επισκέψεις σε βρόχους</translation>
    </message>
    <message>
        <source>C5 non-value-adding customer time</source>
        <translation>C5 χρόνος πελάτη χωρίς προστιθέμενη αξία</translation>
    </message>
    <message>
        <source>C5 non-value-adding cost</source>
        <translation>C5 κόστος χωρίς προστιθέμενη αξία</translation>
    </message>
    <message>
        <source>C5 non-value-adding share of customer time</source>
        <translation>C5 μερίδιο χρόνου πελάτη χωρίς προστιθέμενη αξία</translation>
    </message>
    <message>
        <source>C6 back-office merges</source>
        <translation>C6 συγχωνεύσεις back office</translation>
    </message>
    <message>
        <source>C7 control-flow complexity</source>
        <translation>C7 πολυπλοκότητα ροής ελέγχου</translation>
    </message>
    <message>
        <source>C7 decisions the customer makes</source>
        <translation>C7 αποφάσεις που παίρνει ο πελάτης</translation>
    </message>
    <message>
        <source>Candidates with nothing to address</source>
        <translation>Υποψήφιες χωρίς αντικείμενο βελτίωσης</translation>
    </message>
    <message>
        <source>Addressable customer time, each step once</source>
        <translation>Χρόνος πελάτη προς βελτίωση, κάθε βήμα μία φορά</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>Σημεία αποτυχίας</translation>
    </message>
    <message>
        <source>Wait points</source>
        <translation>Σημεία αναμονής</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Σημεία δυσαρέσκειας</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Συστήματα</translation>
    </message>
    <message>
        <source>System uses per journey</source>
        <translation>Χρήσεις συστημάτων ανά διαδρομή</translation>
    </message>
    <message>
        <source>Journeys starting per minute</source>
        <translation>Διαδρομές που ξεκινούν ανά λεπτό</translation>
    </message>
    <message>
        <source>Resource pools</source>
        <translation>Δεξαμενές πόρων</translation>
    </message>
    <message>
        <source>Overloaded resource pools</source>
        <translation>Υπερφορτωμένες δεξαμενές πόρων</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Προστέθηκαν</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Αφαιρέθηκαν</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Άλλαξαν</translation>
    </message>
    <message>
        <source>Changes the customer sees</source>
        <translation>Αλλαγές που βλέπει ο πελάτης</translation>
    </message>
    <message>
        <source>Back-stage changes</source>
        <translation>Αλλαγές στο παρασκήνιο</translation>
    </message>
    <message>
        <source>Steps paired by key</source>
        <translation>Βήματα αντιστοιχισμένα με κλειδί</translation>
    </message>
    <message>
        <source>Avoidable contacts</source>
        <translation>Αποφεύξιμες επαφές</translation>
    </message>
    <message>
        <source>Failure-demand cost per journey</source>
        <translation>Κόστος ζήτησης από αποτυχία ανά διαδρομή</translation>
    </message>
    <message>
        <source>Customer time lost to failure demand</source>
        <translation>Χρόνος πελάτη που χάνεται λόγω ζήτησης από αποτυχία</translation>
    </message>
    <message>
        <source>Contacts without a reason</source>
        <translation>Επαφές χωρίς αιτία</translation>
    </message>
    <message>
        <source>Journeys per year</source>
        <translation>Διαδρομές ανά έτος</translation>
    </message>
    <message>
        <source>Failure-demand contacts per year</source>
        <translation>Επαφές ζήτησης από αποτυχία ανά έτος</translation>
    </message>
    <message>
        <source>Failure-demand cost per year</source>
        <translation>Κόστος ζήτησης από αποτυχία ανά έτος</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Μετατροπή</translation>
    </message>
    <message>
        <source>Branches tested</source>
        <translation>Διακλαδώσεις που ελέγχθηκαν</translation>
    </message>
    <message>
        <source>Web loops (pogo-sticking)</source>
        <translation>Βρόχοι ιστού (πήγαινε-έλα)</translation>
    </message>
    <message>
        <source>Step-matching similarity</source>
        <translation>Ομοιότητα αντιστοίχισης βημάτων</translation>
    </message>
    <message>
        <source>Graph edit distance</source>
        <translation>Απόσταση επεξεργασίας γράφου</translation>
    </message>
    <message>
        <source>Similarity by graph edit distance</source>
        <translation>Ομοιότητα βάσει απόστασης επεξεργασίας γράφου</translation>
    </message>
    <message>
        <source>Matched steps</source>
        <translation>Αντιστοιχισμένα βήματα</translation>
    </message>
    <message>
        <source>Steps only we have</source>
        <translation>Βήματα μόνο σε εμάς</translation>
    </message>
    <message>
        <source>Steps only they have</source>
        <translation>Βήματα μόνο σε αυτούς</translation>
    </message>
    <message>
        <source>Net change per year</source>
        <translation>Καθαρή μεταβολή ανά έτος</translation>
    </message>
    <message>
        <source>Net change per account and year</source>
        <translation>Καθαρή μεταβολή ανά λογαριασμό και έτος</translation>
    </message>
    <message>
        <source>Chance of a net benefit</source>
        <translation>Πιθανότητα καθαρού οφέλους</translation>
    </message>
    <message>
        <source>Net change per year, pessimistic (5th percentile)</source>
        <translation>Καθαρή μεταβολή ανά έτος, απαισιόδοξη (5ο εκατοστημόριο)</translation>
    </message>
    <message>
        <source>Net change per year, optimistic (95th percentile)</source>
        <translation>Καθαρή μεταβολή ανά έτος, αισιόδοξη (95ο εκατοστημόριο)</translation>
    </message>
    <message>
        <source>Account executives</source>
        <translation>Υπεύθυνοι λογαριασμών</translation>
    </message>
    <message>
        <source>Change in contribution per journey</source>
        <translation>Μεταβολή συνεισφοράς ανά διαδρομή</translation>
    </message>
    <message>
        <source>Break-even margin per kept order</source>
        <translation>Περιθώριο νεκρού σημείου ανά παραγγελία που διατηρείται</translation>
    </message>
    <message>
        <source>Break-even accounts per account executive</source>
        <translation>Λογαριασμοί νεκρού σημείου ανά υπεύθυνο λογαριασμών</translation>
    </message>
    <message>
        <source>Churn reduction needed to break even</source>
        <translation>Απαιτούμενη μείωση απώλειας πελατών για το νεκρό σημείο</translation>
    </message>
    <message>
        <source>Account-executive time per journey</source>
        <translation>Χρόνος υπευθύνου λογαριασμών ανά διαδρομή</translation>
    </message>
    <message>
        <source>Hours per account executive and year</source>
        <translation>Ώρες ανά υπεύθυνο λογαριασμών και έτος</translation>
    </message>
    <message>
        <source>Account-executive utilisation</source>
        <translation>Αξιοποίηση υπευθύνων λογαριασμών</translation>
    </message>
    <message>
        <source>Measures better for the customer</source>
        <translation>Δείκτες καλύτεροι για τον πελάτη</translation>
    </message>
    <message>
        <source>Measures worse for the customer</source>
        <translation>Δείκτες χειρότεροι για τον πελάτη</translation>
    </message>
    <message>
        <source>Contribution per journey</source>
        <translation>Συνεισφορά ανά διαδρομή</translation>
    </message>
    <message>
        <source>Contribution per year</source>
        <translation>Συνεισφορά ανά έτος</translation>
    </message>
    <message>
        <source>Fixed cost per year</source>
        <translation>Σταθερό κόστος ανά έτος</translation>
    </message>
    <message>
        <source>Margin per journey</source>
        <translation>Περιθώριο ανά διαδρομή</translation>
    </message>
    <message>
        <source>Net per year</source>
        <translation>Καθαρό ανά έτος</translation>
    </message>
    <message>
        <source>Chance of keeping the order</source>
        <translation>Πιθανότητα διατήρησης της παραγγελίας</translation>
    </message>
    <message>
        <source>Retention value per year</source>
        <translation>Αξία διατήρησης πελατών ανά έτος</translation>
    </message>
    <message>
        <source>Variable cost per journey</source>
        <translation>Μεταβλητό κόστος ανά διαδρομή</translation>
    </message>
    <message>
        <source>Variable cost per year</source>
        <translation>Μεταβλητό κόστος ανά έτος</translation>
    </message>
    <message>
        <source>Margin per kept order</source>
        <translation>Περιθώριο ανά παραγγελία που διατηρείται</translation>
    </message>
    <message>
        <source>Accounts per account executive</source>
        <translation>Λογαριασμοί ανά υπεύθυνο λογαριασμών</translation>
    </message>
    <message>
        <source>Churn reduction</source>
        <translation>Μείωση απώλειας πελατών</translation>
    </message>
    <message>
        <source>Cost of an account executive per year</source>
        <translation>Κόστος υπευθύνου λογαριασμών ανά έτος</translation>
    </message>
    <message>
        <source>Journeys per account and year</source>
        <translation>Διαδρομές ανά λογαριασμό και έτος</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Μέση τιμή</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>10ο εκατοστημόριο</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Διάμεσος</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90ό εκατοστημόριο</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95ο εκατοστημόριο</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Τυπική απόκλιση</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Διακύμανση</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Βήμα</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Στοιχείο</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Βήματα</translation>
    </message>
    <message>
        <source>Steps the customer sees</source>
        <translation>Βήματα που βλέπει ο πελάτης</translation>
    </message>
    <message>
        <source>Used at</source>
        <translation>Χρησιμοποιείται σε</translation>
    </message>
    <message>
        <source>Customer notices at</source>
        <translation>Ο πελάτης το αντιλαμβάνεται σε</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>Από βήμα</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>Προς βήμα</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Προκαλείται από</translation>
    </message>
    <message>
        <source>Contacts it causes</source>
        <translation>Επαφές που προκαλεί</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Απόφαση</translation>
    </message>
    <message>
        <source>Branch to</source>
        <translation>Διακλάδωση προς</translation>
    </message>
    <message>
        <source>Other branch</source>
        <translation>Άλλη διακλάδωση</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Κύκλος</translation>
    </message>
    <message>
        <source>Current element</source>
        <translation>Τρέχον στοιχείο</translation>
    </message>
    <message>
        <source>Changed element</source>
        <translation>Αλλαγμένο στοιχείο</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Λωρίδα</translation>
    </message>
    <message>
        <source>From lane</source>
        <translation>Από λωρίδα</translation>
    </message>
    <message>
        <source>To lane</source>
        <translation>Προς λωρίδα</translation>
    </message>
    <message>
        <source>Owner lane</source>
        <translation>Λωρίδα κατόχου</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Τμήμα</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Σύστημα</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Κατάταξη</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Κανόνας</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Τεκμήρια</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Σύσταση</translation>
    </message>
    <message>
        <source>Visits per journey</source>
        <translation>Επισκέψεις ανά διαδρομή</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Προσπάθεια</translation>
    </message>
    <message>
        <source>Share of customer time</source>
        <translation>Μερίδιο χρόνου πελάτη</translation>
    </message>
    <message>
        <source>Share of cost</source>
        <translation>Μερίδιο κόστους</translation>
    </message>
    <message>
        <source>Share of effort</source>
        <translation>Μερίδιο προσπάθειας</translation>
    </message>
    <message>
        <source>Departments shown</source>
        <translation>Εμφανιζόμενα τμήματα</translation>
    </message>
    <message>
        <source>Company as one</source>
        <translation>Εταιρεία ως μία οντότητα</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Διαφορά</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Δείκτης</translation>
    </message>
    <message>
        <source>Transfers per journey</source>
        <translation>Μεταφορές ανά διαδρομή</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Φάση</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Στοιχείο δεδομένων</translation>
    </message>
    <message>
        <source>Provisions per journey</source>
        <translation>Παροχές ανά διαδρομή</translation>
    </message>
    <message>
        <source>Chance of being asked</source>
        <translation>Πιθανότητα να ζητηθεί</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Επισημασμένο</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Βρόχος</translation>
    </message>
    <message>
        <source>Extra visits</source>
        <translation>Επιπλέον επισκέψεις</translation>
    </message>
    <message>
        <source>On the web only</source>
        <translation>Μόνο στον ιστό</translation>
    </message>
    <message>
        <source>Steps in the cycle</source>
        <translation>Βήματα στον κύκλο</translation>
    </message>
    <message>
        <source>Customer sees it</source>
        <translation>Ο πελάτης το βλέπει</translation>
    </message>
    <message>
        <source>Failure probability</source>
        <translation>Πιθανότητα αποτυχίας</translation>
    </message>
    <message>
        <source>Failures per journey</source>
        <translation>Αποτυχίες ανά διαδρομή</translation>
    </message>
    <message>
        <source>Failures per 1,000 journeys</source>
        <translation>Αποτυχίες ανά 1.000 διαδρομές</translation>
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
        <translation>Στιγμή της αλήθειας</translation>
    </message>
    <message>
        <source>Steps until noticed</source>
        <translation>Βήματα μέχρι να γίνει αντιληπτό</translation>
    </message>
    <message>
        <source>Recovery modelled</source>
        <translation>Αποκατάσταση στο μοντέλο</translation>
    </message>
    <message>
        <source>Unrated scores</source>
        <translation>Βαθμολογίες που λείπουν</translation>
    </message>
    <message>
        <source>Rank by EI</source>
        <translation>Κατάταξη κατά EI</translation>
    </message>
    <message>
        <source>Rank by RPN</source>
        <translation>Κατάταξη κατά RPN</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Ζώνη</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Αναμονή</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Ανοχή</translation>
    </message>
    <message>
        <source>Wait beyond tolerance per visit</source>
        <translation>Αναμονή πέρα από την ανοχή ανά επίσκεψη</translation>
    </message>
    <message>
        <source>Wait beyond tolerance per journey</source>
        <translation>Αναμονή πέρα από την ανοχή ανά διαδρομή</translation>
    </message>
    <message>
        <source>Chance of meeting it</source>
        <translation>Πιθανότητα να το συναντήσει</translation>
    </message>
    <message>
        <source>Chance of waiting beyond tolerance</source>
        <translation>Πιθανότητα αναμονής πέρα από την ανοχή</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Συναίσθημα</translation>
    </message>
    <message>
        <source>Emotion on failure</source>
        <translation>Συναίσθημα σε αποτυχία</translation>
    </message>
    <message>
        <source>Expected emotion</source>
        <translation>Αναμενόμενο συναίσθημα</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Σημείο δυσαρέσκειας</translation>
    </message>
    <message>
        <source>Felt emotion, 10th percentile (MC)</source>
        <translation>Βιωμένο συναίσθημα, 10ο εκατοστημόριο (MC)</translation>
    </message>
    <message>
        <source>Felt emotion, 90th percentile (MC)</source>
        <translation>Βιωμένο συναίσθημα, 90ό εκατοστημόριο (MC)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Θέση</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>Σημείο αποτυχίας</translation>
    </message>
    <message>
        <source>Wait point</source>
        <translation>Σημείο αναμονής</translation>
    </message>
    <message>
        <source>Failure probability per use</source>
        <translation>Πιθανότητα αποτυχίας ανά χρήση</translation>
    </message>
    <message>
        <source>Uses per journey</source>
        <translation>Χρήσεις ανά διαδρομή</translation>
    </message>
    <message>
        <source>Uses the customer sees</source>
        <translation>Χρήσεις που βλέπει ο πελάτης</translation>
    </message>
    <message>
        <source>Chance of the journey using it</source>
        <translation>Πιθανότητα να το χρησιμοποιήσει η διαδρομή</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Μερίδιο</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Σωρευτικό μερίδιο</translation>
    </message>
    <message>
        <source>Avoidable</source>
        <translation>Αποφεύξιμη</translation>
    </message>
    <message>
        <source>Customer starts it</source>
        <translation>Την ξεκινά ο πελάτης</translation>
    </message>
    <message>
        <source>Contacts per year</source>
        <translation>Επαφές ανά έτος</translation>
    </message>
    <message>
        <source>Cost per year</source>
        <translation>Κόστος ανά έτος</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Κανάλι</translation>
    </message>
    <message>
        <source>Change per unit of probability</source>
        <translation>Μεταβολή ανά μονάδα πιθανότητας</translation>
    </message>
    <message>
        <source>Change per percentage point</source>
        <translation>Μεταβολή ανά ποσοστιαία μονάδα</translation>
    </message>
    <message>
        <source>Change per percentage point and year</source>
        <translation>Μεταβολή ανά ποσοστιαία μονάδα και έτος</translation>
    </message>
    <message>
        <source>Check by finite difference</source>
        <translation>Έλεγχος με πεπερασμένη διαφορά</translation>
    </message>
    <message>
        <source>Near a loop that never ends</source>
        <translation>Κοντά σε ατέρμονο βρόχο</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Απορρίφθηκε</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Leave per journey</source>
        <translation>Αποχωρήσεις ανά διαδρομή</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Εμείς</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Αυτοί</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Τρέχον</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Παραλλαγή what-if</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Μεταβολή</translation>
    </message>
    <message>
        <source>Change in %</source>
        <translation>Μεταβολή σε %</translation>
    </message>
    <message>
        <source>Visits before</source>
        <translation>Επισκέψεις πριν</translation>
    </message>
    <message>
        <source>Visits after</source>
        <translation>Επισκέψεις μετά</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Καλύτερο</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Το υψηλότερο είναι καλύτερο</translation>
    </message>
    <message>
        <source>Steps with the attribute set</source>
        <translation>Βήματα με ορισμένο το χαρακτηριστικό</translation>
    </message>
    <message>
        <source>Activity key</source>
        <translation>Κλειδί δραστηριότητας</translation>
    </message>
    <message>
        <source>Match weight</source>
        <translation>Βάρος αντιστοίχισης</translation>
    </message>
    <message>
        <source>Change in customer time</source>
        <translation>Μεταβολή χρόνου πελάτη</translation>
    </message>
    <message>
        <source>Change in effort</source>
        <translation>Μεταβολή προσπάθειας</translation>
    </message>
    <message>
        <source>Change in failure probability</source>
        <translation>Μεταβολή πιθανότητας αποτυχίας</translation>
    </message>
    <message>
        <source>Change in emotion</source>
        <translation>Μεταβολή συναισθήματος</translation>
    </message>
    <message>
        <source>For the customer</source>
        <translation>Για τον πελάτη</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Πλευρά</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Μονάδα</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Παράμετρος</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Τώρα</translation>
    </message>
    <message>
        <source>Break-even value</source>
        <translation>Τιμή νεκρού σημείου</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Χαμηλή</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Υψηλή</translation>
    </message>
    <message>
        <source>Net change per year at low</source>
        <translation>Καθαρή μεταβολή ανά έτος στη χαμηλή</translation>
    </message>
    <message>
        <source>Net change per year at high</source>
        <translation>Καθαρή μεταβολή ανά έτος στην υψηλή</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Εύρος μεταβολής</translation>
    </message>
    <message>
        <source>Minutes per journey</source>
        <translation>Λεπτά ανά διαδρομή</translation>
    </message>
    <message>
        <source>Hours per year</source>
        <translation>Ώρες ανά έτος</translation>
    </message>
    <message>
        <source>Hours per executive</source>
        <translation>Ώρες ανά υπεύθυνο</translation>
    </message>
    <message>
        <source>Capacity per executive</source>
        <translation>Δυναμικότητα ανά υπεύθυνο</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Βαθμός χρήσης</translation>
    </message>
    <message>
        <source>Verdict or change</source>
        <translation>Αξιολόγηση ή αλλαγή</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Χαρακτηριστικό</translation>
    </message>
    <message>
        <source>Contacts now</source>
        <translation>Επαφές τώρα</translation>
    </message>
    <message>
        <source>Contacts in the what-if</source>
        <translation>Επαφές στο what-if</translation>
    </message>
    <message>
        <source>Visits now</source>
        <translation>Επισκέψεις τώρα</translation>
    </message>
    <message>
        <source>Visits after the change</source>
        <translation>Επισκέψεις μετά την αλλαγή</translation>
    </message>
    <message>
        <source>The customer sees it</source>
        <translation>Ο πελάτης το βλέπει</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Πριν</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Μετά</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Κωδικός</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Εξυπηρετητές</translation>
    </message>
    <message>
        <source>Queue wait</source>
        <translation>Αναμονή σε ουρά</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Σταθερό</translation>
    </message>
    <message>
        <source>Arrivals per minute</source>
        <translation>Αφίξεις ανά λεπτό</translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation>Δεξαμενή πόρων</translation>
    </message>
    <message>
        <source>Steps only in the current journey</source>
        <translation>Βήματα μόνο στην τρέχουσα διαδρομή</translation>
    </message>
    <message>
        <source>Steps only in the what-if</source>
        <translation>Βήματα μόνο στο what-if</translation>
    </message>
    <message>
        <source>Key figures</source>
        <extracomment>The tables&apos; and the analyses&apos; titles and the words of codes (those not already a name above).</extracomment>
        <translation>Βασικά μεγέθη</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Επισκέψεις</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Ζητήματα</translation>
    </message>
    <message>
        <source>Departments or company</source>
        <translation>Τμήματα ή εταιρεία</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Υποψήφια σημεία</translation>
    </message>
    <message>
        <source>C1 transfers</source>
        <translation>C1 μεταφορές</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Φάσεις</translation>
    </message>
    <message>
        <source>C3 repeated data</source>
        <translation>C3 επαναλαμβανόμενα δεδομένα</translation>
    </message>
    <message>
        <source>C4 cycles</source>
        <translation>C4 κύκλοι</translation>
    </message>
    <message>
        <source>C5 non-value-adding</source>
        <translation>C5 χωρίς προστιθέμενη αξία</translation>
    </message>
    <message>
        <source>C6 merges</source>
        <translation>C6 συγχωνεύσεις</translation>
    </message>
    <message>
        <source>Where failures surface</source>
        <translation>Πού εμφανίζονται οι αποτυχίες</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Καμπύλη συναισθήματος</translation>
    </message>
    <message>
        <source>System footprint</source>
        <translation>Αποτύπωμα συστημάτων</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Κάρτα αποτελεσμάτων</translation>
    </message>
    <message>
        <source>Change list</source>
        <translation>Λίστα αλλαγών</translation>
    </message>
    <message>
        <source>Changes in short</source>
        <translation>Οι αλλαγές με συντομία</translation>
    </message>
    <message>
        <source>Touchpoints before and after</source>
        <translation>Σημεία επαφής πριν και μετά</translation>
    </message>
    <message>
        <source>Contacts by reason</source>
        <translation>Επαφές ανά αιτία</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>Βασικές αιτίες</translation>
    </message>
    <message>
        <source>Sensitivities</source>
        <translation>Ευαισθησίες</translation>
    </message>
    <message>
        <source>What-if steps</source>
        <translation>Βήματα what-if</translation>
    </message>
    <message>
        <source>Where journeys leave</source>
        <translation>Πού εγκαταλείπονται οι διαδρομές</translation>
    </message>
    <message>
        <source>Web loops</source>
        <translation>Βρόχοι στον ιστό</translation>
    </message>
    <message>
        <source>Ours only</source>
        <translation>Μόνο σε εμάς</translation>
    </message>
    <message>
        <source>Theirs only</source>
        <translation>Μόνο στον ανταγωνιστή</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ομοιότητα</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Οικονομικά</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Νεκρό σημείο</translation>
    </message>
    <message>
        <source>Tornado</source>
        <translation>Διάγραμμα tornado</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Φόρτος εργασίας</translation>
    </message>
    <message>
        <source>Customer verdict</source>
        <translation>Αξιολόγηση πελάτη</translation>
    </message>
    <message>
        <source>Lanes the customer meets</source>
        <translation>Λωρίδες που συναντά ο πελάτης</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>Με συντομία</translation>
    </message>
    <message>
        <source>Where to streamline</source>
        <translation>Πού χρειάζεται απλοποίηση</translation>
    </message>
    <message>
        <source>Fail points and poor experience</source>
        <translation>Σημεία αποτυχίας και κακή εμπειρία</translation>
    </message>
    <message>
        <source>Compare with a competitor</source>
        <translation>Σύγκριση με ανταγωνιστή</translation>
    </message>
    <message>
        <source>Systems seen from the customer&apos;s side</source>
        <translation>Τα συστήματα από την πλευρά του πελάτη</translation>
    </message>
    <message>
        <source>What a system change does</source>
        <translation>Τι κάνει μια αλλαγή συστήματος</translation>
    </message>
    <message>
        <source>What-if: compare with a variant</source>
        <translation>What-if: σύγκριση με παραλλαγή</translation>
    </message>
    <message>
        <source>What drives repeat contacts</source>
        <translation>Τι προκαλεί επαναλαμβανόμενες επαφές</translation>
    </message>
    <message>
        <source>IVR</source>
        <translation>IVR</translation>
    </message>
    <message>
        <source>None (no channel)</source>
        <translation>Κανένα (χωρίς κανάλι)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>How a name is put together with a side, a unit or a count of inputs.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Attribute set, %1</source>
        <translation>Ορισμένα χαρακτηριστικά, %1</translation>
    </message>
    <message>
        <source>%1: how far its inputs are set</source>
        <translation>%1: πόσο έχουν οριστεί οι είσοδοί του</translation>
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
        <translation>σοβαρότητα της αποτυχίας για τον πελάτη, από 1 (καμία) έως 10 (επικίνδυνη)</translation>
    </message>
    <message>
        <source>occurrence: how often it fails, 1 (below 0.1 in 1,000 journeys) to 10 (100 or more)</source>
        <translation>εμφάνιση: πόσο συχνά αποτυγχάνει, από 1 (κάτω από 0,1 στις 1.000 διαδρομές) έως 10 (100 ή περισσότερες)</translation>
    </message>
    <message>
        <source>detection: 1 = the failure is caught before the customer notices, 10 = never</source>
        <translation>ανίχνευση: 1 = η αποτυχία εντοπίζεται πριν τη σημειώσει ο πελάτης, 10 = ποτέ</translation>
    </message>
    <message>
        <source>risk priority number S × O × D, 1 to 1,000</source>
        <translation>αριθμός προτεραιότητας κινδύνου S × O × D, από 1 έως 1.000</translation>
    </message>
    <message>
        <source>expected impact: failures per journey × severity (ranks the fail points)</source>
        <translation>αναμενόμενη επίπτωση: αποτυχίες ανά διαδρομή × σοβαρότητα (κατατάσσει τα σημεία αποτυχίας)</translation>
    </message>
    <message>
        <source>Transfer chain</source>
        <translation>Αλυσίδα μεταφορών</translation>
    </message>
    <message>
        <source>Several departments in one phase</source>
        <translation>Πολλά τμήματα σε μία φάση</translation>
    </message>
    <message>
        <source>Repeated data capture</source>
        <translation>Επαναλαμβανόμενη καταχώριση δεδομένων</translation>
    </message>
    <message>
        <source>Loop or rework</source>
        <translation>Βρόχος ή επανεργασία</translation>
    </message>
    <message>
        <source>Non-value-adding steps</source>
        <translation>Βήματα χωρίς προστιθέμενη αξία</translation>
    </message>
    <message>
        <source>Back-office merge</source>
        <translation>Συγχώνευση back office</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Πολυπλοκότητα</translation>
    </message>
    <message>
        <source>value-adding</source>
        <translation>με προστιθέμενη αξία</translation>
    </message>
    <message>
        <source>business-value-adding</source>
        <translation>με επιχειρηματική αξία</translation>
    </message>
    <message>
        <source>non-value-adding</source>
        <translation>χωρίς προστιθέμενη αξία</translation>
    </message>
    <message>
        <source>Monte Carlo estimate (simulated journeys)</source>
        <translation>Εκτίμηση Monte Carlo (προσομοιωμένες διαδρομές)</translation>
    </message>
    <message>
        <source>failure-demand ratio: avoidable inbound contacts / all inbound contacts</source>
        <translation>λόγος ζήτησης από αποτυχία: αποφεύξιμες εισερχόμενες επαφές / όλες οι εισερχόμενες επαφές</translation>
    </message>
    <message>
        <source>graph edit distance between the two journeys</source>
        <translation>απόσταση επεξεργασίας γράφων μεταξύ των δύο διαδρομών</translation>
    </message>
    <message>
        <source>account executive</source>
        <translation>υπεύθυνος λογαριασμών</translation>
    </message>
    <message>
        <source>automated answering system (interactive voice response)</source>
        <translation>σύστημα αυτόματης απόκρισης (διαδραστική φωνητική απόκριση)</translation>
    </message>
    <message>
        <source>expected failures per journey</source>
        <translation>αναμενόμενες αποτυχίες ανά διαδρομή</translation>
    </message>
</context>
<context>
    <name>AnalysisMenu</name>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation>Αρχεία BPMN 2.0 (*.bpmn *.xml);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>&amp;Scorecard</source>
        <extracomment>(key, menu text, shortcut, status tip); None is a separator. Texts are translated when shown.</extracomment>
        <translation>&amp;Κάρτα αποτελεσμάτων</translation>
    </message>
    <message>
        <source>The journey&apos;s customer-side KPIs and its issues</source>
        <translation>Οι δείκτες KPI της διαδρομής από την πλευρά του πελάτη και τα ζητήματά της</translation>
    </message>
    <message>
        <source>Where to S&amp;treamline</source>
        <translation>Πού χρειάζεται &amp;απλοποίηση</translation>
    </message>
    <message>
        <source>Handoffs, transfers, loops, repeated data and steps that add no value</source>
        <translation>Μεταβιβάσεις, μεταφορές, βρόχοι, επαναλαμβανόμενα δεδομένα και βήματα χωρίς προστιθέμενη αξία</translation>
    </message>
    <message>
        <source>&amp;Fail Points and Poor Experience</source>
        <translation>&amp;Σημεία αποτυχίας και κακή εμπειρία</translation>
    </message>
    <message>
        <source>Where failure and waiting hurt the customer, ranked by expected impact</source>
        <translation>Πού η αποτυχία και η αναμονή βλάπτουν τον πελάτη, κατά σειρά αναμενόμενης επίπτωσης</translation>
    </message>
    <message>
        <source>&amp;Compare with a Competitor…</source>
        <translation>Σύγκριση με α&amp;νταγωνιστή…</translation>
    </message>
    <message>
        <source>Our journey against a competitor&apos;s model, step by step and phase by phase</source>
        <translation>Η διαδρομή μας απέναντι στο μοντέλο ενός ανταγωνιστή, βήμα προς βήμα και φάση προς φάση</translation>
    </message>
    <message>
        <source>What Does a S&amp;ystem Change Do?</source>
        <translation>Τι κάνει μια αλλαγή σ&amp;υστήματος;</translation>
    </message>
    <message>
        <source>The current edits against the model as last opened or saved</source>
        <translation>Οι τρέχουσες αλλαγές απέναντι στο μοντέλο όπως ανοίχτηκε ή αποθηκεύτηκε τελευταία φορά</translation>
    </message>
    <message>
        <source>…with &amp;Another File…</source>
        <translation>…με ά&amp;λλο αρχείο…</translation>
    </message>
    <message>
        <source>This model against a changed version of it in another file</source>
        <translation>Αυτό το μοντέλο απέναντι σε μια τροποποιημένη εκδοχή του σε άλλο αρχείο</translation>
    </message>
    <message>
        <source>&amp;What-If: Compare with a Variant…</source>
        <translation>&amp;What-if: σύγκριση με παραλλαγή…</translation>
    </message>
    <message>
        <source>Customer effect and annual economics of a variant (e.g. account executives)</source>
        <translation>Επίδραση στον πελάτη και ετήσια οικονομικά μιας παραλλαγής (π.χ. υπεύθυνοι λογαριασμών)</translation>
    </message>
    <message>
        <source>What Drives &amp;Repeat Contacts</source>
        <translation>Τι προκαλεί &amp;επαναλαμβανόμενες επαφές</translation>
    </message>
    <message>
        <source>Failure demand: avoidable contacts, their reasons and root causes</source>
        <translation>Ζήτηση από αποτυχία: αποφεύξιμες επαφές, οι αιτίες τους και οι βασικές αιτίες</translation>
    </message>
    <message>
        <source>What &amp;If…</source>
        <translation>&amp;Τι θα γινόταν αν…</translation>
    </message>
    <message>
        <source>Try other values for steps, flows and lanes and see the scorecard change; the model is not changed</source>
        <translation>Δοκιμάστε άλλες τιμές για βήματα, ροές και λωρίδες και δείτε πώς αλλάζει η κάρτα αποτελεσμάτων· το μοντέλο δεν αλλάζει</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>Ε&amp;ξαγωγή αναφοράς…</translation>
    </message>
    <message>
        <source>Every analysis of this model as an HTML page or as CSV files, as the command line writes them</source>
        <translation>Όλες οι αναλύσεις αυτού του μοντέλου ως σελίδα HTML ή ως αρχεία CSV, όπως τις γράφει η γραμμή εντολών</translation>
    </message>
    <message>
        <source>C&amp;lear Highlights</source>
        <translation>Κα&amp;θαρισμός επισημάνσεων</translation>
    </message>
    <message>
        <source>Remove the analysis highlights</source>
        <translation>Αφαίρεση των επισημάνσεων της ανάλυσης</translation>
    </message>
    <message>
        <source>Show &amp;Results</source>
        <extracomment>The model as last opened or saved (What Does a System Change Do? compares the edits with it), kept without a copy (see ``model.copies``). The document&apos;s copies: a run copies only what changed since the copy before (see ``model.copies``; a whole copy of 100,000 steps took 0.6-0.9 s). Copies made for the job about to run, their lookups still to make (see :meth:`_run`). Counts the model&apos;s change events; an outcome remembers the revision it ran on. Elements whose marks follow them once the edit under way has ended.</extracomment>
        <translation>Εμφάνιση α&amp;ποτελεσμάτων</translation>
    </message>
    <message>
        <source>Compare with a Competitor</source>
        <translation>Σύγκριση με ανταγωνιστή</translation>
    </message>
    <message>
        <source>last saved version</source>
        <translation>τελευταία αποθηκευμένη έκδοση</translation>
    </message>
    <message>
        <source>What Does a System Change Do? Changed Version</source>
        <translation>Τι κάνει μια αλλαγή συστήματος; Τροποποιημένη εκδοχή</translation>
    </message>
    <message>
        <source>What-If: Compare with a Variant</source>
        <translation>What-if: σύγκριση με παραλλαγή</translation>
    </message>
    <message>
        <source>Highlights cleared</source>
        <translation>Οι επισημάνσεις καθαρίστηκαν</translation>
    </message>
    <message>
        <source>Running {title}…</source>
        <translation>Εκτέλεση: {title}…</translation>
    </message>
    <message>
        <source>{title}: %n element(s) highlighted</source>
        <translation>{title}: στοιχεία με επισήμανση: %n</translation>
    </message>
</context>
<context>
    <name>AnalysisRule</name>
    <message>
        <source>transfer chain</source>
        <extracomment>The streamlining rules C1–C7 in words.</extracomment>
        <translation>αλυσίδα μεταφορών</translation>
    </message>
    <message>
        <source>several departments in one phase</source>
        <translation>πολλά τμήματα σε μία φάση</translation>
    </message>
    <message>
        <source>repeated data capture</source>
        <translation>επαναλαμβανόμενη καταχώριση δεδομένων</translation>
    </message>
    <message>
        <source>loop or rework</source>
        <translation>βρόχος ή επανεργασία</translation>
    </message>
    <message>
        <source>non-value-adding steps</source>
        <translation>βήματα χωρίς προστιθέμενη αξία</translation>
    </message>
    <message>
        <source>back-office merge</source>
        <translation>συγχώνευση back office</translation>
    </message>
    <message>
        <source>complexity</source>
        <translation>πολυπλοκότητα</translation>
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
        <translation>Η ανάλυση απέτυχε: {error}</translation>
    </message>
</context>
<context>
    <name>AnalysisSide</name>
    <message>
        <source>ours</source>
        <extracomment>The words of the sides: ours/theirs for a competitor, current/what-if for a variant.</extracomment>
        <translation>εμείς</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>ανταγωνιστής</translation>
    </message>
    <message>
        <source>current</source>
        <translation>τρέχουσα κατάσταση</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>σενάριο what-if</translation>
    </message>
</context>
<context>
    <name>AnalysisValue</name>
    <message>
        <source>n/a</source>
        <extracomment>Kinds of value the display table gives a unit. Kinds of string value that are words of the display table (not the modeller&apos;s data). Names a cell lists before it counts the rest: a candidate or a phase of a large journey lists thousands of steps, unreadable in a cell (the row&apos;s menu selects them all), and naming them all to size a table&apos;s columns held the window 0.4 s at 100,000 steps. The fixed words of a value.</extracomment>
        <translation>Δ/Υ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
</context>
<context>
    <name>Arrange</name>
    <message>
        <source>Align Left</source>
        <extracomment>Menu key → (menu text, undo verb, how many steps it needs).</extracomment>
        <translation>Στοίχιση αριστερά</translation>
    </message>
    <message>
        <source>Align Centre</source>
        <translation>Στοίχιση στο κέντρο</translation>
    </message>
    <message>
        <source>Align Right</source>
        <translation>Στοίχιση δεξιά</translation>
    </message>
    <message>
        <source>Align Top</source>
        <translation>Στοίχιση πάνω</translation>
    </message>
    <message>
        <source>Align Middle</source>
        <translation>Στοίχιση στη μέση</translation>
    </message>
    <message>
        <source>Align Bottom</source>
        <translation>Στοίχιση κάτω</translation>
    </message>
    <message>
        <source>Distribute Horizontally</source>
        <translation>Κατανομή οριζόντια</translation>
    </message>
    <message>
        <source>Distribute Vertically</source>
        <translation>Κατανομή κάθετα</translation>
    </message>
    <message>
        <source>Tidy Up</source>
        <translation>Τακτοποίηση</translation>
    </message>
    <message>
        <source>Align %n step(s) left</source>
        <translation>Στοίχιση βημάτων αριστερά: %n</translation>
    </message>
    <message>
        <source>Align %n step(s) centre</source>
        <translation>Στοίχιση βημάτων στο κέντρο: %n</translation>
    </message>
    <message>
        <source>Align %n step(s) right</source>
        <translation>Στοίχιση βημάτων δεξιά: %n</translation>
    </message>
    <message>
        <source>Align %n step(s) top</source>
        <translation>Στοίχιση βημάτων πάνω: %n</translation>
    </message>
    <message>
        <source>Align %n step(s) middle</source>
        <translation>Στοίχιση βημάτων στη μέση: %n</translation>
    </message>
    <message>
        <source>Align %n step(s) bottom</source>
        <translation>Στοίχιση βημάτων κάτω: %n</translation>
    </message>
    <message>
        <source>Distribute %n step(s) horizontally</source>
        <translation>Οριζόντια κατανομή βημάτων: %n</translation>
    </message>
    <message>
        <source>Distribute %n step(s) vertically</source>
        <translation>Κάθετη κατανομή βημάτων: %n</translation>
    </message>
    <message>
        <source>Tidy %n step(s)</source>
        <translation>Τακτοποίηση βημάτων: %n</translation>
    </message>
    <message>
        <source>Select at least %n steps to arrange.</source>
        <translation>Επιλέξτε τουλάχιστον %n βήματα για τακτοποίηση.</translation>
    </message>
    <message>
        <source>The steps are already arranged.</source>
        <translation>Τα βήματα είναι ήδη τακτοποιημένα.</translation>
    </message>
</context>
<context>
    <name>Attribute</name>
    <message>
        <source>Branch probability</source>
        <extracomment>Every field name of the attribute tables, as the model writes it.</extracomment>
        <translation>Πιθανότητα διακλάδωσης</translation>
    </message>
    <message>
        <source>Failure branch</source>
        <translation>Διακλάδωση αποτυχίας</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Σοβαρότητα</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Ανίχνευση</translation>
    </message>
    <message>
        <source>Fixed cost per year</source>
        <translation>Σταθερό κόστος ανά έτος</translation>
    </message>
    <message>
        <source>Customer sees it</source>
        <translation>Ο πελάτης το βλέπει</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Κανάλι</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Φάση</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Διάρκεια</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Αναμονή</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Ανοχή</translation>
    </message>
    <message>
        <source>Duration distribution</source>
        <translation>Κατανομή διάρκειας</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Κόστος</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Πόρος</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Ξεκινά από</translation>
    </message>
    <message>
        <source>Customer time</source>
        <translation>Χρόνος πελάτη</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Προσπάθεια</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Συναίσθημα</translation>
    </message>
    <message>
        <source>Failure probability</source>
        <translation>Πιθανότητα αποτυχίας</translation>
    </message>
    <message>
        <source>Emotion on failure</source>
        <translation>Συναίσθημα σε αποτυχία</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Στιγμή της αλήθειας</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Συστήματα</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>Στοιχεία δεδομένων</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Αξία</translation>
    </message>
    <message>
        <source>Contact reason</source>
        <translation>Αιτία επαφής</translation>
    </message>
    <message>
        <source>Avoidable (failure demand)</source>
        <translation>Αποφεύξιμη (ζήτηση από αποτυχία)</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>Προκαλείται από</translation>
    </message>
    <message>
        <source>Activity key</source>
        <translation>Κλειδί δραστηριότητας</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Τεκμήρια</translation>
    </message>
    <message>
        <source>Start share</source>
        <translation>Μερίδιο εκκινήσεων</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Έκβαση</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Περιθώριο</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Κωδικός</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Εξυπηρετητές</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>Κόστος ανά ώρα</translation>
    </message>
    <message>
        <source>Journeys per year</source>
        <translation>Διαδρομές ανά έτος</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>Ρυθμός αφίξεων</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Λογαριασμοί</translation>
    </message>
    <message>
        <source>Journeys per account per year</source>
        <translation>Διαδρομές ανά λογαριασμό ανά έτος</translation>
    </message>
    <message>
        <source>Accounts per account executive</source>
        <translation>Λογαριασμοί ανά υπεύθυνο λογαριασμών</translation>
    </message>
    <message>
        <source>Cost per account executive per year</source>
        <translation>Κόστος ανά υπεύθυνο λογαριασμών ανά έτος</translation>
    </message>
    <message>
        <source>Working hours per account executive per year</source>
        <translation>Ώρες εργασίας ανά υπεύθυνο λογαριασμών ανά έτος</translation>
    </message>
    <message>
        <source>Share of accounts lost per year, baseline</source>
        <translation>Μερίδιο λογαριασμών που χάνονται ανά έτος, βάση</translation>
    </message>
    <message>
        <source>Share of accounts lost per year, this variant</source>
        <translation>Μερίδιο λογαριασμών που χάνονται ανά έτος, αυτή η παραλλαγή</translation>
    </message>
    <message>
        <source>Margin per account per year</source>
        <translation>Περιθώριο ανά λογαριασμό ανά έτος</translation>
    </message>
    <message>
        <source>Owner lane</source>
        <translation>Λωρίδα κατόχου</translation>
    </message>
    <message>
        <source>Failure probability per use</source>
        <translation>Πιθανότητα αποτυχίας ανά χρήση</translation>
    </message>
    <message>
        <source>Margin per kept order</source>
        <translation>Περιθώριο ανά παραγγελία που διατηρείται</translation>
    </message>
    <message>
        <source>Volume</source>
        <extracomment>The group and column titles of Model ▸ Scenario.</extracomment>
        <translation>Όγκος</translation>
    </message>
    <message>
        <source>Accounts and account executives</source>
        <translation>Λογαριασμοί και υπεύθυνοι λογαριασμών</translation>
    </message>
    <message>
        <source>Retention (all three or none)</source>
        <translation>Διατήρηση πελατών (και τα τρία ή κανένα)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Χαμηλή</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>Πιθανότερη</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Υψηλή</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>No recovery copy could be made: {reason}</source>
        <extracomment>Steps and flows from which a copy&apos;s pages are worth asking back from the allocator (its walk of the whole heap takes longer than a small copy is worth).</extracomment>
        <translation>Δεν ήταν δυνατό να δημιουργηθεί αντίγραφο ανάκτησης: {reason}</translation>
    </message>
    <message>
        <source>The recovery copy failed: {reason}</source>
        <translation>Το αντίγραφο ανάκτησης απέτυχε: {reason}</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>↻ +{visits_n} visits</source>
        <extracomment>Writes one headline parameter (its name says its kind) as the user reads it. Each badge the highlights draw, by the core&apos;s code. A template without words (a symbol, a number, a name) is not listed for translation; its numbers are still written the locale&apos;s way.</extracomment>
        <translation>↻ +{visits_n} επισκέψεις</translation>
    </message>
    <message>
        <source>repeat data: {items}</source>
        <translation>επανάληψη δεδομένων: {items}</translation>
    </message>
    <message>
        <source>NVA</source>
        <translation>NVA</translation>
    </message>
    <message>
        <source>{share_pct} of customer time</source>
        <translation>{share_pct} του χρόνου πελάτη</translation>
    </message>
    <message>
        <source>handoff</source>
        <translation>μεταβίβαση</translation>
    </message>
    <message>
        <source>→ {contacts_n} contacts/journey</source>
        <translation>→ {contacts_n} επαφές/διαδρομή</translation>
    </message>
    <message>
        <source>{traversals_n}/journey</source>
        <translation>{traversals_n}/διαδρομή</translation>
    </message>
    <message>
        <source>only ours</source>
        <translation>μόνο δικό μας</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>ιδέα</translation>
    </message>
    <message>
        <source>▼ vs {theirs}</source>
        <translation>▼ έναντι {theirs}</translation>
    </message>
    <message>
        <source>▲ vs {theirs}</source>
        <translation>▲ έναντι {theirs}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>νέο</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>αφαιρέθηκε</translation>
    </message>
    <message>
        <source>changed: {changed_attributes}</source>
        <translation>άλλαξε: {changed_attributes}</translation>
    </message>
    <message>
        <source>{contacts_n} contacts</source>
        <translation>{contacts_n} επαφές</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>ασταθές</translation>
    </message>
    <message>
        <source>removed: {name}</source>
        <extracomment>A step a change analysis removed, drawn as a ghost where it was.</extracomment>
        <translation>αφαιρέθηκε: {name}</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>web</source>
        <extracomment>Every value of a choice field and every lane role, as shown in lists.</extracomment>
        <translation>ιστός</translation>
    </message>
    <message>
        <source>app</source>
        <translation>εφαρμογή</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>συνομιλία</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>τηλέφωνο</translation>
    </message>
    <message>
        <source>ivr</source>
        <translation>IVR</translation>
    </message>
    <message>
        <source>store</source>
        <translation>κατάστημα</translation>
    </message>
    <message>
        <source>mail</source>
        <translation>ταχυδρομείο</translation>
    </message>
    <message>
        <source>video</source>
        <translation>βίντεο</translation>
    </message>
    <message>
        <source>physical</source>
        <translation>φυσική παρουσία</translation>
    </message>
    <message>
        <source>none</source>
        <translation>κανένα</translation>
    </message>
    <message>
        <source>research</source>
        <translation>έρευνα</translation>
    </message>
    <message>
        <source>evaluate</source>
        <translation>αξιολόγηση</translation>
    </message>
    <message>
        <source>order</source>
        <translation>παραγγελία</translation>
    </message>
    <message>
        <source>revise</source>
        <translation>αναθεώρηση</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>παραλαβή</translation>
    </message>
    <message>
        <source>return</source>
        <translation>επιστροφή</translation>
    </message>
    <message>
        <source>other</source>
        <translation>άλλο</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>πελάτης</translation>
    </message>
    <message>
        <source>company</source>
        <translation>εταιρεία</translation>
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
        <translation>επιτυχία</translation>
    </message>
    <message>
        <source>abandon</source>
        <translation>εγκατάλειψη</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>αποτυχία</translation>
    </message>
    <message>
        <source>department</source>
        <translation>τμήμα</translation>
    </message>
    <message>
        <source>system</source>
        <translation>σύστημα</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>συνεργάτης</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>The clipboard does not hold steps of this editor.</source>
        <extracomment>The clipboard format of our own (other programs get a picture beside it). Room kept between a pasted step and the top or bottom of its lane. Fields of a step that name another step: kept when that step is pasted too (renamed), or when the target model has it; otherwise cleared.</extracomment>
        <translation>Το πρόχειρο δεν περιέχει βήματα αυτού του επεξεργαστή.</translation>
    </message>
    <message>
        <source>The copied steps are incomplete.</source>
        <translation>Τα αντιγραμμένα βήματα είναι ελλιπή.</translation>
    </message>
    <message>
        <source>A copied step cannot be read.</source>
        <translation>Ένα αντιγραμμένο βήμα δεν μπορεί να διαβαστεί.</translation>
    </message>
    <message>
        <source>A copied flow cannot be read.</source>
        <translation>Μια αντιγραμμένη ροή δεν μπορεί να διαβαστεί.</translation>
    </message>
    <message>
        <source>Copied %n step(s)</source>
        <extracomment>How far a paste or duplicate lands from the originals, per repeat, in diagram units. White space around the picture of copied steps, and its largest side (diagram units). Where the mouse is over the diagram&apos;s viewport (None: elsewhere).</extracomment>
        <translation>Αντιγράφηκαν βήματα: %n</translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste.</source>
        <translation>Το πρόχειρο δεν περιέχει βήματα για επικόλληση.</translation>
    </message>
    <message>
        <source>Select the steps to copy first.</source>
        <translation>Επιλέξτε πρώτα τα βήματα για αντιγραφή.</translation>
    </message>
</context>
<context>
    <name>ContextMenu</name>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Ιδιότητες</translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation>Αλλαγή &amp;είδους</translation>
    </message>
    <message>
        <source>&amp;Connect from Here</source>
        <translation>&amp;Σύνδεση από εδώ</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Μετονομασία</translation>
    </message>
    <message>
        <source>&amp;Rename Lane</source>
        <translation>&amp;Μετονομασία λωρίδας</translation>
    </message>
    <message>
        <source>&amp;Delete Lane</source>
        <translation>&amp;Διαγραφή λωρίδας</translation>
    </message>
    <message>
        <source>Set as &amp;Customer Lane</source>
        <translation>Ορισμός ως λωρίδα &amp;πελάτη</translation>
    </message>
    <message>
        <source>Set &amp;Role</source>
        <translation>Ορισμός &amp;ρόλου</translation>
    </message>
    <message>
        <source>&amp;Add Step Here</source>
        <translation>&amp;Προσθήκη βήματος εδώ</translation>
    </message>
</context>
<context>
    <name>CoreMessage</name>
    <message>
        <source>The customer lane was found by its name (a word for customer).</source>
        <extracomment>Code -&gt; the core&apos;s sentence for it (reader warnings, then analysis issues).</extracomment>
        <translation>Η λωρίδα του πελάτη βρέθηκε από το όνομά της (μια λέξη για τον πελάτη).</translation>
    </message>
    <message>
        <source>A pool named for the customer is shown as the customer lane; its message flows count as flows.</source>
        <translation>Μια δεξαμενή με το όνομα του πελάτη εμφανίζεται ως λωρίδα πελάτη· οι ροές μηνυμάτων της μετρούν ως ροές.</translation>
    </message>
    <message>
        <source>No lane or pool was recognised as the customer; mark one in the editor.</source>
        <translation>Καμία λωρίδα ή δεξαμενή δεν αναγνωρίστηκε ως ο πελάτης· σημειώστε μία στον επεξεργαστή.</translation>
    </message>
    <message>
        <source>The customer lane is not the top lane; the editor offers to move it.</source>
        <translation>Η λωρίδα του πελάτη δεν είναι η πρώτη λωρίδα· ο επεξεργαστής προτείνει να μετακινηθεί.</translation>
    </message>
    <message>
        <source>Several lanes are marked or named as the customer; only the first counts.</source>
        <translation>Πολλές λωρίδες είναι σημειωμένες ή ονομασμένες ως ο πελάτης· μετρά μόνο η πρώτη.</translation>
    </message>
    <message>
        <source>An element had no id; it was given one.</source>
        <translation>Ένα στοιχείο δεν είχε id· του δόθηκε ένα.</translation>
    </message>
    <message>
        <source>Two elements share an id; the later one was given a new id.</source>
        <translation>Δύο στοιχεία έχουν το ίδιο id· το δεύτερο πήρε νέο id.</translation>
    </message>
    <message>
        <source>A reference points at an element that does not exist; it was ignored.</source>
        <translation>Μια αναφορά δείχνει σε στοιχείο που δεν υπάρχει· αγνοήθηκε.</translation>
    </message>
    <message>
        <source>Diagram information points at an element that does not exist; it was ignored.</source>
        <translation>Πληροφορίες διαγράμματος δείχνουν σε στοιχείο που δεν υπάρχει· αγνοήθηκαν.</translation>
    </message>
    <message>
        <source>A shape has missing, non-numeric, infinite, negative or huge bounds; it was ignored.</source>
        <translation>Ένα σχήμα έχει όρια που λείπουν, δεν είναι αριθμοί, είναι άπειρα, αρνητικά ή τεράστια· αγνοήθηκε.</translation>
    </message>
    <message>
        <source>An edge has a waypoint that is not a finite number; the edge&apos;s route was ignored.</source>
        <translation>Μια ακμή έχει σημείο διαδρομής που δεν είναι πεπερασμένος αριθμός· η διαδρομή της αγνοήθηκε.</translation>
    </message>
    <message>
        <source>Steps have no diagram position: a file without any diagram is laid out automatically; steps missing from a drawn diagram are kept but not drawn.</source>
        <translation>Κάποια βήματα δεν έχουν θέση στο διάγραμμα: ένα αρχείο χωρίς διάγραμμα διατάσσεται αυτόματα· βήματα που λείπουν από σχεδιασμένο διάγραμμα διατηρούνται αλλά δεν σχεδιάζονται.</translation>
    </message>
    <message>
        <source>A cpm: attribute has a value this version cannot use; it is kept unchanged but ignored.</source>
        <translation>Ένα χαρακτηριστικό cpm: έχει τιμή που αυτή η έκδοση δεν μπορεί να χρησιμοποιήσει· διατηρείται αμετάβλητο αλλά αγνοείται.</translation>
    </message>
    <message>
        <source>The file has nested lanes (lanes inside lanes); they are kept as sub-lanes.</source>
        <translation>Το αρχείο έχει ένθετες λωρίδες (λωρίδες μέσα σε λωρίδες)· διατηρούνται ως υπολωρίδες.</translation>
    </message>
    <message>
        <source>A step is in no lane although its process has lanes.</source>
        <translation>Ένα βήμα δεν ανήκει σε καμία λωρίδα, αν και η διαδικασία του έχει λωρίδες.</translation>
    </message>
    <message>
        <source>A step is referenced by several sibling lanes; the first one counts.</source>
        <translation>Ένα βήμα αναφέρεται από πολλές αδελφές λωρίδες· μετρά η πρώτη.</translation>
    </message>
    <message>
        <source>A sequence flow has no source or target; it is kept in the file but not shown.</source>
        <translation>Μια ροή ακολουθίας δεν έχει αφετηρία ή προορισμό· διατηρείται στο αρχείο αλλά δεν εμφανίζεται.</translation>
    </message>
    <message>
        <source>The file has several diagrams; the one with the most shapes is shown and the others are kept.</source>
        <translation>Το αρχείο έχει πολλά διαγράμματα· εμφανίζεται αυτό με τα περισσότερα σχήματα και τα άλλα διατηρούνται.</translation>
    </message>
    <message>
        <source>Lanes or pools are drawn vertically; they are shown as drawn.</source>
        <translation>Λωρίδες ή δεξαμενές είναι σχεδιασμένες κάθετα· εμφανίζονται όπως σχεδιάστηκαν.</translation>
    </message>
    <message>
        <source>Lane shapes did not hold the steps the file lists in them (some tools write steps with an offset, or vertical lanes with a wrong left edge); the steps were moved into their lanes, or the lanes redrawn as columns or rows of their pool around their steps; the message says which.</source>
        <translation>Τα σχήματα των λωρίδων δεν περιείχαν τα βήματα που το αρχείο τους αποδίδει (κάποια εργαλεία γράφουν βήματα με μετατόπιση ή κάθετες λωρίδες με λάθος αριστερό άκρο)· τα βήματα μετακινήθηκαν στις λωρίδες τους ή οι λωρίδες ξανασχεδιάστηκαν ως στήλες ή γραμμές της δεξαμενής τους γύρω από τα βήματα· το μήνυμα λέει ποιο από τα δύο.</translation>
    </message>
    <message>
        <source>The file uses a newer Customer Process Modeler format; unknown attributes are kept.</source>
        <translation>Το αρχείο χρησιμοποιεί νεότερη μορφή του Customer Process Modeler· τα άγνωστα χαρακτηριστικά διατηρούνται.</translation>
    </message>
    <message>
        <source>A lane lists a step of another pool&apos;s process; the step stays in its own pool and the reference is kept in the file.</source>
        <translation>Μια λωρίδα περιέχει βήμα της διαδικασίας άλλης δεξαμενής· το βήμα μένει στη δική του δεξαμενή και η αναφορά διατηρείται στο αρχείο.</translation>
    </message>
    <message>
        <source>A boundary event is attached to no activity (its reference is missing or names nothing); it is shown as a free event.</source>
        <translation>Ένα συμβάν ορίου δεν είναι προσαρτημένο σε καμία δραστηριότητα (η αναφορά λείπει ή δεν δείχνει πουθενά)· εμφανίζεται ως ελεύθερο συμβάν.</translation>
    </message>
    <message>
        <source>The file contains no process and no diagram; it opens as an empty model.</source>
        <translation>Το αρχείο δεν περιέχει διαδικασία ούτε διάγραμμα· ανοίγει ως κενό μοντέλο.</translation>
    </message>
    <message>
        <source>A flow&apos;s diagram edge has fewer than two waypoints; the flow is drawn straight between its ends.</source>
        <translation>Η ακμή διαγράμματος μιας ροής έχει λιγότερα από δύο σημεία διαδρομής· η ροή σχεδιάζεται ευθεία ανάμεσα στα άκρα της.</translation>
    </message>
    <message>
        <source>Text looks garbled by a wrong encoding (such as &apos;PrÃ¼fung&apos; for &apos;Prüfung&apos;); it is shown and saved unchanged.</source>
        <translation>Το κείμενο μοιάζει αλλοιωμένο από λάθος κωδικοποίηση (όπως &apos;PrÃ¼fung&apos; αντί για &apos;Prüfung&apos;)· εμφανίζεται και αποθηκεύεται αμετάβλητο.</translation>
    </message>
    <message>
        <source>The file had a small XML slip other BPMN tools accept (an undeclared usual prefix, a misplaced or squeezed XML declaration); the message says what was repaired.</source>
        <translation>Το αρχείο είχε ένα μικρό σφάλμα XML που άλλα εργαλεία BPMN δέχονται (ένα αδήλωτο συνηθισμένο πρόθεμα, μια λάθος τοποθετημένη ή στριμωγμένη δήλωση XML)· το μήνυμα λέει τι επιδιορθώθηκε.</translation>
    </message>
    <message>
        <source>no start event and no step without incoming flows</source>
        <translation>κανένα συμβάν έναρξης και κανένα βήμα χωρίς εισερχόμενες ροές</translation>
    </message>
    <message>
        <source>no end event and no reachable step without outgoing flows</source>
        <translation>κανένα συμβάν λήξης και κανένα προσβάσιμο βήμα χωρίς εξερχόμενες ροές</translation>
    </message>
    <message>
        <source>no lane has the role customer</source>
        <translation>καμία λωρίδα δεν έχει τον ρόλο του πελάτη</translation>
    </message>
    <message>
        <source>steps the journey can reach but never leave</source>
        <translation>βήματα στα οποία η διαδρομή φτάνει αλλά δεν φεύγει ποτέ</translation>
    </message>
    <message>
        <source>the expected visits cannot be solved (I - W is singular)</source>
        <translation>οι αναμενόμενες επισκέψεις δεν μπορούν να υπολογιστούν (ο I - W είναι ιδιάζων)</translation>
    </message>
    <message>
        <source>a probability below 0 or above 1</source>
        <translation>μια πιθανότητα κάτω από 0 ή πάνω από 1</translation>
    </message>
    <message>
        <source>a resource pool is offered more work than it can serve</source>
        <translation>μια δεξαμενή πόρων δέχεται περισσότερη δουλειά από όση μπορεί να εξυπηρετήσει</translation>
    </message>
    <message>
        <source>an analysis input outside its accepted range, or unreadable</source>
        <translation>μια είσοδος ανάλυσης εκτός του αποδεκτού εύρους ή μη αναγνώσιμη</translation>
    </message>
    <message>
        <source>no start event: steps without incoming flows start the journey</source>
        <translation>κανένα συμβάν έναρξης: βήματα χωρίς εισερχόμενες ροές ξεκινούν τη διαδρομή</translation>
    </message>
    <message>
        <source>a reachable step without outgoing flows ends the journey</source>
        <translation>ένα προσβάσιμο βήμα χωρίς εξερχόμενες ροές τερματίζει τη διαδρομή</translation>
    </message>
    <message>
        <source>steps no start reaches; left out of the analysis</source>
        <translation>βήματα στα οποία καμία έναρξη δεν φτάνει· εξαιρούνται από την ανάλυση</translation>
    </message>
    <message>
        <source>branch probabilities filled in from the remainder</source>
        <translation>πιθανότητες διακλάδωσης συμπληρώθηκαν από το υπόλοιπο</translation>
    </message>
    <message>
        <source>a branch filled with probability 0</source>
        <translation>μια διακλάδωση συμπληρώθηκε με πιθανότητα 0</translation>
    </message>
    <message>
        <source>branch probabilities do not sum to 1 and were normalised</source>
        <translation>οι πιθανότητες διακλάδωσης δεν αθροίζουν σε 1 και κανονικοποιήθηκαν</translation>
    </message>
    <message>
        <source>a parallel branch carries a probability other than 1 (ignored)</source>
        <translation>μια παράλληλη διακλάδωση έχει πιθανότητα διαφορετική από 1 (αγνοείται)</translation>
    </message>
    <message>
        <source>a step with several unlabelled outgoing flows runs them in parallel</source>
        <translation>ένα βήμα με πολλές εξερχόμενες ροές χωρίς ετικέτα τις εκτελεί παράλληλα</translation>
    </message>
    <message>
        <source>an inclusive join without a matching inclusive split</source>
        <translation>μια συνένωση συμπερίληψης χωρίς αντίστοιχη διακλάδωση συμπερίληψης</translation>
    </message>
    <message>
        <source>parallel branches: time and failure figures are approximations</source>
        <translation>παράλληλες διακλαδώσεις: τα μεγέθη χρόνου και αποτυχίας είναι προσεγγίσεις</translation>
    </message>
    <message>
        <source>a step names a system the model does not define</source>
        <translation>ένα βήμα αναφέρει σύστημα που το μοντέλο δεν ορίζει</translation>
    </message>
    <message>
        <source>a step fails on every execution</source>
        <translation>ένα βήμα αποτυγχάνει σε κάθε εκτέλεση</translation>
    </message>
    <message>
        <source>failure data on a gateway or event is ignored</source>
        <translation>τα δεδομένα αποτυχίας σε πύλη ή συμβάν αγνοούνται</translation>
    </message>
    <message>
        <source>a failing step followed by a failure flow counts twice</source>
        <translation>ένα βήμα που αποτυγχάνει και ακολουθείται από ροή αποτυχίας μετρά δύο φορές</translation>
    </message>
    <message>
        <source>Monte Carlo runs exceeded the step limit and were left out</source>
        <translation>εκτελέσεις Monte Carlo ξεπέρασαν το όριο βημάτων και εξαιρέθηκαν</translation>
    </message>
    <message>
        <source>Monte Carlo was not run: a typical journey is too long to simulate</source>
        <translation>το Monte Carlo δεν εκτελέστηκε: μια τυπική διαδρομή είναι πολύ μεγάλη για προσομοίωση</translation>
    </message>
    <message>
        <source>Monte Carlo ran fewer journeys than asked, to stay responsive</source>
        <translation>το Monte Carlo εκτέλεσε λιγότερες διαδρομές από όσες ζητήθηκαν, για να μένει αποκρίσιμο</translation>
    </message>
    <message>
        <source>more than 100 contacts per journey: check the loop probabilities</source>
        <translation>περισσότερες από 100 επαφές ανά διαδρομή: ελέγξτε τις πιθανότητες των βρόχων</translation>
    </message>
    <message>
        <source>a loop repeats with probability 0.99 or more (100 rounds or more)</source>
        <translation>ένας βρόχος επαναλαμβάνεται με πιθανότητα 0,99 ή περισσότερο (100 γύροι ή περισσότεροι)</translation>
    </message>
    <message>
        <source>the two models use different time units or currencies</source>
        <translation>τα δύο μοντέλα χρησιμοποιούν διαφορετικές μονάδες χρόνου ή νομίσματα</translation>
    </message>
    <message>
        <source>a cost is counted both per step and in the scenario</source>
        <translation>ένα κόστος μετριέται και ανά βήμα και στο σενάριο</translation>
    </message>
    <message>
        <source>a task without a known lane; it is counted in a lane of its own</source>
        <translation>μια εργασία χωρίς γνωστή λωρίδα· μετριέται σε δική της λωρίδα</translation>
    </message>
    <message>
        <source>a contact the company starts is marked avoidable; it is left out of the failure-demand ratio</source>
        <translation>μια επαφή που ξεκινά η εταιρεία είναι σημειωμένη ως αποφεύξιμη· εξαιρείται από τον λόγο ζήτησης από αποτυχία</translation>
    </message>
    <message>
        <source>contacts change by more than 10 per unit of a branch probability: the loop is near-unstable</source>
        <translation>οι επαφές αλλάζουν περισσότερο από 10 ανά μονάδα πιθανότητας διακλάδωσης: ο βρόχος είναι σχεδόν ασταθής</translation>
    </message>
    <message>
        <source>no sensitivity for a branch whose alternative leads into a trap or is never taken</source>
        <translation>καμία ευαισθησία για διακλάδωση της οποίας η εναλλακτική οδηγεί σε παγίδα ή δεν ακολουθείται ποτέ</translation>
    </message>
    <message>
        <source>a step served by a resource pool takes no time</source>
        <translation>ένα βήμα που εξυπηρετείται από δεξαμενή πόρων δεν διαρκεί καθόλου</translation>
    </message>
    <message>
        <source>no arrival rate: queueing skipped, the modelled waits are used</source>
        <translation>κανένας ρυθμός αφίξεων: η ανάλυση ουρών παραλείφθηκε, χρησιμοποιούνται οι μοντελοποιημένες αναμονές</translation>
    </message>
    <message>
        <source>the wait-dependent abandonment iteration did not settle</source>
        <translation>η επανάληψη για εγκατάλειψη που εξαρτάται από την αναμονή δεν συνέκλινε</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>durations set on steps that take the customer&apos;s time: %1 of %2</source>
        <extracomment>The core&apos;s coverage words ({} the counts) -&gt; the same words with Qt&apos;s %1 and %2.</extracomment>
        <translation>διάρκειες ορισμένες σε βήματα που απαιτούν χρόνο του πελάτη: %1 από %2</translation>
    </message>
    <message>
        <source>durations set on steps: %1 of %2</source>
        <translation>διάρκειες ορισμένες σε βήματα: %1 από %2</translation>
    </message>
    <message>
        <source>costs set on steps: %1 of %2</source>
        <translation>κόστη ορισμένα σε βήματα: %1 από %2</translation>
    </message>
    <message>
        <source>failure probabilities set on steps: %1 of %2</source>
        <translation>πιθανότητες αποτυχίας ορισμένες σε βήματα: %1 από %2</translation>
    </message>
    <message>
        <source>failure probabilities set on steps: %1 of %2 (and failure flows)</source>
        <translation>πιθανότητες αποτυχίας ορισμένες σε βήματα: %1 από %2 (και ροές αποτυχίας)</translation>
    </message>
    <message>
        <source>tolerances set on steps: %1 of %2</source>
        <translation>ανοχές ορισμένες σε βήματα: %1 από %2</translation>
    </message>
    <message>
        <source>margins set on ends: %1 of %2</source>
        <translation>περιθώρια ορισμένα σε λήξεις: %1 από %2</translation>
    </message>
    <message>
        <source>emotions set on steps the customer sees: %1 of %2</source>
        <translation>συναισθήματα ορισμένα σε βήματα που βλέπει ο πελάτης: %1 από %2</translation>
    </message>
    <message>
        <source>no customer lane or pool: the customer&apos;s side is n/a</source>
        <translation>καμία λωρίδα ή δεξαμενή πελάτη: η πλευρά του πελάτη δεν υπολογίζεται</translation>
    </message>
</context>
<context>
    <name>CustomerChoice</name>
    <message>
        <source>unnamed lane</source>
        <translation>λωρίδα χωρίς όνομα</translation>
    </message>
    <message>
        <source>unnamed pool</source>
        <translation>δεξαμενή χωρίς όνομα</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>This model has no lane or pool that could be the customer.</source>
        <translation>Αυτό το μοντέλο δεν έχει λωρίδα ή δεξαμενή που θα μπορούσε να είναι ο πελάτης.</translation>
    </message>
    <message>
        <source>{candidate} is now the customer</source>
        <translation>Πελάτης είναι πλέον: {candidate}</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>line of visibility</source>
        <translation>γραμμή ορατότητας</translation>
    </message>
    <message>
        <source>faces the customer</source>
        <extracomment>What a horizontal header&apos;s text leaves free of its width (12 px left, 6 px right). Point sizes a role caption tries, largest first, before it is elided. Draw the line of visibility along the far edge: the last lane of a run facing the customer. What the header says under the name (the role&apos;s title unless set). Whether the role is worth a caption (see model.visibility.role_stated).</extracomment>
        <translation>προς πελάτη</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a pool of its own in the file: shown as the customer lane, written back as a pool.</source>
        <translation>Η &apos;{name}&apos; είναι ξεχωριστή δεξαμενή στο αρχείο: εμφανίζεται ως λωρίδα πελάτη και αποθηκεύεται ξανά ως δεξαμενή.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Εταιρεία</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Όλα τα τμήματα</translation>
    </message>
    <message>
        <source>Company as one entity: every lane that is not the customer&apos;s, merged in the view only (View ▸ Company as One Entity).</source>
        <translation>Η εταιρεία ως μία οντότητα: κάθε λωρίδα που δεν είναι του πελάτη, συγχωνευμένες μόνο στην προβολή (Προβολή ▸ Η εταιρεία ως μία οντότητα).</translation>
    </message>
    <message>
        <source>Customer</source>
        <extracomment>Width of the header band at the left of every lane. Width of a pool&apos;s name band. Distance within which a press on a lane&apos;s bottom edge resizes it. Radius of a step&apos;s connection handle. Size of a bend-point handle. (body fill, header fill, header accent) per lane role. The canvas behind the lanes and a pool&apos;s body. Dark surfaces with light ink; the customer lane keeps its warm tint, accents are lightened so they keep their contrast against the dark fills.</extracomment>
        <translation>Πελάτης</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Τμήμα</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Σύστημα</translation>
    </message>
    <message>
        <source>Partner · external</source>
        <translation>Συνεργάτης · εξωτερικός</translation>
    </message>
</context>
<context>
    <name>DiskWatch</name>
    <message>
        <source>File Changed on Disk</source>
        <translation>Το αρχείο άλλαξε στον δίσκο</translation>
    </message>
    <message>
        <source>{name} was changed by another program since you opened or saved it.</source>
        <translation>Το {name} άλλαξε από άλλο πρόγραμμα αφότου το ανοίξατε ή το αποθηκεύσατε.</translation>
    </message>
    <message>
        <source>Reload shows the file as it is now and discards your unsaved changes. Overwrite replaces the other program&apos;s changes with yours. Save As keeps both.</source>
        <translation>Η Επαναφόρτωση δείχνει το αρχείο όπως είναι τώρα και απορρίπτει τις μη αποθηκευμένες αλλαγές σας. Η Αντικατάσταση βάζει τις δικές σας αλλαγές στη θέση του άλλου προγράμματος. Η Αποθήκευση ως κρατά και τα δύο.</translation>
    </message>
    <message>
        <source>Cancel keeps editing; you will be asked again when you save.</source>
        <translation>Η Ακύρωση συνεχίζει την επεξεργασία· θα ερωτηθείτε ξανά όταν αποθηκεύσετε.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Επαναφόρτωση</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Αντικατάσταση</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Αποθήκευση ως…</translation>
    </message>
</context>
<context>
    <name>EditRefused</name>
    <message>
        <source>&apos;{name}&apos; comes from another tool and is read-only.</source>
        <translation>Το &apos;{name}&apos; προέρχεται από άλλο εργαλείο και είναι μόνο για ανάγνωση.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must stay inside a lane.</source>
        <translation>Το &apos;{name}&apos; πρέπει να μείνει μέσα σε λωρίδα.</translation>
    </message>
    <message>
        <source>There are no steps to paste.</source>
        <translation>Δεν υπάρχουν βήματα για επικόλληση.</translation>
    </message>
    <message>
        <source>Select steps, flows or lanes to delete.</source>
        <translation>Επιλέξτε βήματα, ροές ή λωρίδες για διαγραφή.</translation>
    </message>
    <message>
        <source>No editable element {id}.</source>
        <translation>Κανένα επεξεργάσιμο στοιχείο {id}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already a {kind}.</source>
        <translation>Το &apos;{name}&apos; είναι ήδη {kind}.</translation>
    </message>
    <message>
        <source>Lanes drawn vertically by another tool are shown as drawn; they cannot be reordered here.</source>
        <translation>Λωρίδες που άλλο εργαλείο σχεδίασε κάθετα εμφανίζονται όπως σχεδιάστηκαν· δεν μπορούν να αναδιαταχθούν εδώ.</translation>
    </message>
    <message>
        <source>The customer lane stays on top.</source>
        <translation>Η λωρίδα του πελάτη μένει πάνω.</translation>
    </message>
</context>
<context>
    <name>ElementKind</name>
    <message>
        <source>Task</source>
        <extracomment>The BPMN element kinds as a person names them.</extracomment>
        <translation>Εργασία</translation>
    </message>
    <message>
        <source>User task</source>
        <translation>Εργασία χρήστη</translation>
    </message>
    <message>
        <source>Service task</source>
        <translation>Εργασία υπηρεσίας</translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation>Χειροκίνητη εργασία</translation>
    </message>
    <message>
        <source>Send task</source>
        <translation>Εργασία αποστολής</translation>
    </message>
    <message>
        <source>Receive task</source>
        <translation>Εργασία λήψης</translation>
    </message>
    <message>
        <source>Script task</source>
        <translation>Εργασία σεναρίου</translation>
    </message>
    <message>
        <source>Business rule task</source>
        <translation>Εργασία επιχειρηματικού κανόνα</translation>
    </message>
    <message>
        <source>Sub-process</source>
        <translation>Υποδιαδικασία</translation>
    </message>
    <message>
        <source>Ad-hoc sub-process</source>
        <translation>Ad hoc υποδιαδικασία</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Συναλλαγή</translation>
    </message>
    <message>
        <source>Call activity</source>
        <translation>Δραστηριότητα κλήσης</translation>
    </message>
    <message>
        <source>Exclusive gateway</source>
        <translation>Αποκλειστική πύλη</translation>
    </message>
    <message>
        <source>Parallel gateway</source>
        <translation>Παράλληλη πύλη</translation>
    </message>
    <message>
        <source>Inclusive gateway</source>
        <translation>Πύλη συμπερίληψης</translation>
    </message>
    <message>
        <source>Event-based gateway</source>
        <translation>Πύλη βάσει συμβάντων</translation>
    </message>
    <message>
        <source>Complex gateway</source>
        <translation>Σύνθετη πύλη</translation>
    </message>
    <message>
        <source>Start event</source>
        <translation>Συμβάν έναρξης</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>Συμβάν λήξης</translation>
    </message>
    <message>
        <source>Intermediate catch event</source>
        <translation>Ενδιάμεσο συμβάν λήψης</translation>
    </message>
    <message>
        <source>Intermediate throw event</source>
        <translation>Ενδιάμεσο συμβάν πρόκλησης</translation>
    </message>
    <message>
        <source>Boundary event</source>
        <translation>Συμβάν ορίου</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Βήμα</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ροή</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Λωρίδα</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Άλλο</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>{from_step} ({from_lane}) passes the customer to {to_step} ({to_lane}); transfers per journey: {transitions_n}</source>
        <extracomment>The evidence of each streamlining candidate, by the core&apos;s code. A part without words (a lane&apos;s name and a number) is not listed for translation; its number is still the locale&apos;s.</extracomment>
        <translation>{from_step} ({from_lane}) μεταφέρει τον πελάτη στο {to_step} ({to_lane})· μεταφορές ανά διαδρομή: {transitions_n}</translation>
    </message>
    <message>
        <source>{departments_n} departments in the {phase} phase; contacts per journey: {department_parts}</source>
        <translation>{departments_n} τμήματα στη φάση {phase}· επαφές ανά διαδρομή: {department_parts}</translation>
    </message>
    <message>
        <source>repeat provisions of &apos;{item}&apos; per journey: {provisions_n}</source>
        <translation>επαναλαμβανόμενες παροχές του &apos;{item}&apos; ανά διαδρομή: {provisions_n}</translation>
    </message>
    <message>
        <source>steps in the loop: {steps_n}; extra visits per journey: {visits_n}</source>
        <translation>βήματα στον βρόχο: {steps_n}· επιπλέον επισκέψεις ανά διαδρομή: {visits_n}</translation>
    </message>
    <message>
        <source>steps in the loop: {steps_n}; extra visits per journey: {visits_n}; avoidable contacts: {contacts} (see failure demand)</source>
        <translation>βήματα στον βρόχο: {steps_n}· επιπλέον επισκέψεις ανά διαδρομή: {visits_n}· αποφεύξιμες επαφές: {contacts} (δείτε τη ζήτηση από αστοχίες)</translation>
    </message>
    <message>
        <source>non-value-adding steps: {steps_n}; customer minutes: {minutes_n}</source>
        <translation>βήματα χωρίς προστιθέμενη αξία: {steps_n}· λεπτά του πελάτη: {minutes_n}</translation>
    </message>
    <message>
        <source>non-value-adding steps: {steps_n}; customer minutes: {minutes_n} ({share_pct} of customer time)</source>
        <translation>βήματα χωρίς προστιθέμενη αξία: {steps_n}· λεπτά του πελάτη: {minutes_n} ({share_pct} του χρόνου πελάτη)</translation>
    </message>
    <message>
        <source>no lane</source>
        <translation>χωρίς λωρίδα</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The scale must be greater than 0.</source>
        <extracomment>White space around the diagram in the image, in diagram units. Largest side of an exported image, in pixels (keeps memory bounded for huge models). Diagram units per inch: the window shows the diagram at 96 dots per inch at 100 %. Margin of PDF and printed pages, in millimetres. Adds what the window draws over the diagram (analysis highlights) to an export&apos;s fresh scene. the largest side of a PNG, in pixels</extracomment>
        <translation>Η κλίμακα πρέπει να είναι μεγαλύτερη από 0.</translation>
    </message>
    <message>
        <source>The image would be {width}×{height} pixels, more than {most} a side; choose a scale of at most {scale}.</source>
        <translation>Η εικόνα θα ήταν {width}×{height} εικονοστοιχεία, πάνω από {most} ανά πλευρά· επιλέξτε κλίμακα το πολύ {scale}.</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>Δεν είναι δυνατή η εγγραφή του {path}.</translation>
    </message>
    <message>
        <source>Cannot paint on the page.</source>
        <translation>Δεν είναι δυνατή η σχεδίαση στη σελίδα.</translation>
    </message>
    <message>
        <source>Customer process</source>
        <translation>Διαδικασία πελάτη</translation>
    </message>
    <message>
        <source>Printing needs Qt&apos;s print support (the QtPrintSupport module of PySide6 and the system&apos;s CUPS library, libcups2 on Debian and Ubuntu).</source>
        <extracomment>Why File ▸ Print is greyed out when Qt&apos;s print support cannot load.</extracomment>
        <translation>Η εκτύπωση χρειάζεται την υποστήριξη εκτύπωσης του Qt (την ενότητα QtPrintSupport του PySide6 και τη βιβλιοθήκη CUPS του συστήματος, libcups2 σε Debian και Ubuntu).</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Δεν είναι δυνατή η εξαγωγή</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>Εξήχθη το {name}</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Δεν είναι δυνατή η εκτύπωση</translation>
    </message>
    <message>
        <source>Copied the diagram as a picture at {scale} × ({width} × {height} pixels), the most a picture holds; the SVG copy is full size</source>
        <translation>Το διάγραμμα αντιγράφηκε ως εικόνα σε {scale} × ({width} × {height} εικονοστοιχεία), το μέγιστο που χωρά μια εικόνα· το αντίγραφο SVG είναι σε πλήρες μέγεθος</translation>
    </message>
    <message>
        <source>Copied the diagram as a picture</source>
        <translation>Το διάγραμμα αντιγράφηκε ως εικόνα</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Προεπισκόπηση εκτύπωσης</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export as {format}</source>
        <extracomment>The PNG scales the size field offers when the diagram allows them (dots per inch: × 96).
----------
Shows the print preview for a printer whose pages ``paint`` draws (tests replace it).</extracomment>
        <translation>Εξαγωγή ως {format}</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Κλίμακα</translation>
    </message>
    <message>
        <source>Dots per inch</source>
        <translation>Κουκκίδες ανά ίντσα</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Λευκό</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Διαφανές</translation>
    </message>
    <message>
        <source>One page, fitted</source>
        <translation>Μία σελίδα, προσαρμοσμένη</translation>
    </message>
    <message>
        <source>Several pages, at full size</source>
        <translation>Πολλές σελίδες, σε πλήρες μέγεθος</translation>
    </message>
    <message>
        <source>Include the analysis highlights</source>
        <translation>Να περιληφθούν οι επισημάνσεις της ανάλυσης</translation>
    </message>
    <message>
        <source>No analysis highlights are shown on the diagram.</source>
        <translation>Δεν εμφανίζονται επισημάνσεις ανάλυσης στο διάγραμμα.</translation>
    </message>
    <message>
        <source>Size in</source>
        <translation>Μέγεθος σε</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Μέγεθος</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Εικόνα</translation>
    </message>
    <message>
        <source>A PNG is at most {most} pixels a side: this diagram fits at up to {scale} ×. For a sharper picture, export SVG, or PDF on several pages.</source>
        <translation>Ένα PNG έχει το πολύ {most} εικονοστοιχεία ανά πλευρά: αυτό το διάγραμμα χωράει έως {scale} ×. Για πιο καθαρή εικόνα, εξαγάγετε SVG ή PDF σε πολλές σελίδες.</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Φόντο</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Σελίδες</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} εικονοστοιχεία</translation>
    </message>
</context>
<context>
    <name>FieldDefault</name>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>δεν έχει οριστεί</translation>
    </message>
    <message>
        <source>derived</source>
        <extracomment>What applies when the field is empty (&quot;not set&quot;).</extracomment>
        <translation>παράγεται</translation>
    </message>
    <message>
        <source>none</source>
        <translation>κανένα</translation>
    </message>
    <message>
        <source>other</source>
        <translation>άλλο</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>σταθερή</translation>
    </message>
    <message>
        <source>not plotted</source>
        <translation>δεν απεικονίζεται</translation>
    </message>
    <message>
        <source>5, unrated</source>
        <translation>5, χωρίς βαθμολογία</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>συνάγεται</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>αντιστοιχίζεται με το όνομα</translation>
    </message>
    <message>
        <source>even</source>
        <translation>ισομερώς</translation>
    </message>
    <message>
        <source>success</source>
        <translation>επιτυχία</translation>
    </message>
    <message>
        <source>even split</source>
        <translation>ισόποση κατανομή</translation>
    </message>
</context>
<context>
    <name>FieldRange</name>
    <message>
        <source>a whole number, {low} to {high}</source>
        <translation>ακέραιος αριθμός, από {low} έως {high}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>από {low} έως {high}</translation>
    </message>
    <message>
        <source>a whole number, at least {low}</source>
        <translation>ακέραιος αριθμός, τουλάχιστον {low}</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <translation>τουλάχιστον {low}</translation>
    </message>
    <message>
        <source>a whole number, at most {high}</source>
        <translation>ακέραιος αριθμός, το πολύ {high}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>το πολύ {high}</translation>
    </message>
    <message>
        <source>a whole number in {unit}</source>
        <translation>ακέραιος αριθμός σε {unit}</translation>
    </message>
    <message>
        <source>any number in {unit}</source>
        <translation>οποιοσδήποτε αριθμός σε {unit}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ακέραιος αριθμός</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>οποιοσδήποτε αριθμός</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>{user} on {host} (since {since})</source>
        <translation>{user} στο {host} (από {since})</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>άγνωστος υπολογιστής</translation>
    </message>
    <message>
        <source>{name} was still locked by {holder}, who is no longer editing it; you hold the lock now.</source>
        <translation>Το {name} ήταν ακόμη κλειδωμένο από {holder}, που δεν το επεξεργάζεται πια· τώρα το κλείδωμα είναι δικό σας.</translation>
    </message>
    <message>
        <source>You took over the lock of {name} from {user} on {host}.</source>
        <translation>Αναλάβατε το κλείδωμα του {name} από {user} στο {host}.</translation>
    </message>
    <message>
        <source>The lock of {name} could not be taken over.</source>
        <translation>Το κλείδωμα του {name} δεν ήταν δυνατό να αναληφθεί.</translation>
    </message>
    <message>
        <source>File in Use</source>
        <translation>Το αρχείο χρησιμοποιείται</translation>
    </message>
    <message>
        <source>{name} is being edited by {holder}.</source>
        <translation>Το {name} το επεξεργάζεται {holder}.</translation>
    </message>
    <message>
        <source>Open it read-only to look at it (you can save a copy under another name), or take over editing if that person is done.</source>
        <translation>Ανοίξτε το μόνο για ανάγνωση για να το δείτε (μπορείτε να αποθηκεύσετε αντίγραφο με άλλο όνομα) ή αναλάβετε την επεξεργασία αν αυτό το άτομο έχει τελειώσει.</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Άνοιγμα μόνο για ανάγνωση</translation>
    </message>
    <message>
        <source>Take Over Editing…</source>
        <translation>Ανάληψη επεξεργασίας…</translation>
    </message>
    <message>
        <source>Take Over Editing</source>
        <translation>Ανάληψη επεξεργασίας</translation>
    </message>
    <message>
        <source>If {user} saves {name} later, one of you loses changes. Take over anyway?</source>
        <translation>Αν ο/η {user} αποθηκεύσει το {name} αργότερα, κάποιος από εσάς θα χάσει αλλαγές. Ανάληψη παρ&apos; όλα αυτά;</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>άλλος χρήστης</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation>Αρχεία BPMN 2.0 (*.bpmn *.xml);;Όλα τα αρχεία (*)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find a step by name, key or value</source>
        <translation>Εύρεση βήματος με όνομα, κλειδί ή τιμή</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Προηγούμενο αποτέλεσμα (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Επόμενο αποτέλεσμα (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Κλείσιμο (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Κανένα αποτέλεσμα</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>Βρέθηκαν {count}</translation>
    </message>
    <message>
        <source>{current} of {count}</source>
        <translation>{current} από {count}</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>{failure_pct} of journeys meet at least one failure; {success_pct} end in success.</source>
        <translation>Το {failure_pct} των διαδρομών συναντά τουλάχιστον μία αποτυχία· το {success_pct} καταλήγει σε επιτυχία.</translation>
    </message>
    <message>
        <source>No consolidation candidate addresses any customer time.</source>
        <translation>Κανένα υποψήφιο σημείο ενοποίησης δεν αφορά χρόνο του πελάτη.</translation>
    </message>
    <message>
        <source>Routing right first time from {first} to {second} saves about {minutes_min} per customer{per_year}.</source>
        <translation>Η σωστή δρομολόγηση με την πρώτη φορά από {first} σε {second} εξοικονομεί περίπου {minutes_min} ανά πελάτη{per_year}.</translation>
    </message>
    <message>
        <source>One point of contact for the {phase} phase ({departments}) addresses about {minutes_min} per customer{per_year}.</source>
        <translation>Ένα ενιαίο σημείο επαφής για τη φάση {phase} ({departments}) αφορά περίπου {minutes_min} ανά πελάτη{per_year}.</translation>
    </message>
    <message>
        <source>Asking for &apos;{item}&apos; once instead of at {steps_n} steps addresses about {minutes_min} per customer{per_year}.</source>
        <translation>Αν το &apos;{item}&apos; ζητείται μία φορά αντί σε {steps_n} βήματα, αυτό αφορά περίπου {minutes_min} ανά πελάτη{per_year}.</translation>
    </message>
    <message>
        <source>Removing the cause of the rework loop through {first} addresses about {minutes_min} per customer{per_year}.</source>
        <translation>Η εξάλειψη της αιτίας του βρόχου επανεργασίας μέσω {first} αφορά περίπου {minutes_min} ανά πελάτη{per_year}.</translation>
    </message>
    <message>
        <source>, {hours_h} a year</source>
        <translation>, {hours_h} τον χρόνο</translation>
    </message>
    <message>
        <source>The riskiest point is {element}: {per_1000_n} in 1,000 journeys fail there{surfaces}.</source>
        <translation>Το πιο επικίνδυνο σημείο είναι {element}: εκεί αποτυγχάνουν {per_1000_n} στις 1.000 διαδρομές{surfaces}.</translation>
    </message>
    <message>
        <source>No step or branch can fail in this model.</source>
        <translation>Κανένα βήμα ή διακλάδωση δεν μπορεί να αποτύχει σε αυτό το μοντέλο.</translation>
    </message>
    <message>
        <source>, and the customer notices at {where}</source>
        <translation>, και ο πελάτης το αντιλαμβάνεται σε: {where}</translation>
    </message>
    <message>
        <source>Together the candidates ({count_n}) address about {total_min} of the customer&apos;s {journey_min} per journey (each step counted once).</source>
        <translation>Συνολικά τα υποψήφια σημεία ({count_n}) αφορούν περίπου {total_min} από τα {journey_min} του πελάτη ανά διαδρομή (κάθε βήμα μετράει μία φορά).</translation>
    </message>
    <message>
        <source>A customer spends about {time_min} of their own time per journey (touchpoints: {touchpoints_n}, contacts with us: {contacts_n}).</source>
        <extracomment>Each sentence a result opens with, by the core&apos;s code; the {name} placeholders stay as they are.</extracomment>
        <translation>Ένας πελάτης αφιερώνει περίπου {time_min} από τον δικό του χρόνο ανά διαδρομή (σημεία επαφής: {touchpoints_n}, επαφές μαζί μας: {contacts_n}).</translation>
    </message>
    <message>
        <source>A customer&apos;s time per journey is not known (no step has a duration); touchpoints: {touchpoints_n}, contacts with us: {contacts_n}.</source>
        <translation>Ο χρόνος του πελάτη ανά διαδρομή δεν είναι γνωστός (κανένα βήμα δεν έχει διάρκεια)· σημεία επαφής: {touchpoints_n}, επαφές μαζί μας: {contacts_n}.</translation>
    </message>
    <message>
        <source>Together the candidates ({count_n}) address about {total_min} of the customer&apos;s {journey_min} per journey (each step counted once), {total_h} a year.</source>
        <translation>Συνολικά τα υποψήφια σημεία ({count_n}) αφορούν περίπου {total_min} από τα {journey_min} του πελάτη ανά διαδρομή (κάθε βήμα μετράει μία φορά), {total_h} τον χρόνο.</translation>
    </message>
    <message>
        <source>Removing or automating the non-value-adding steps ({steps_n}) saves about {minutes_min} per customer{per_year} ({share_pct} of customer time).</source>
        <translation>Η αφαίρεση ή αυτοματοποίηση των βημάτων χωρίς προστιθέμενη αξία ({steps_n}) εξοικονομεί περίπου {minutes_min} ανά πελάτη{per_year} ({share_pct} του χρόνου του πελάτη).</translation>
    </message>
    <message>
        <source>{failure_pct} of journeys meet at least one failure; steps that are pain points: {pain_n}.</source>
        <translation>Το {failure_pct} των διαδρομών συναντά τουλάχιστον μία αποτυχία· βήματα που είναι σημεία δυσφορίας: {pain_n}.</translation>
    </message>
    <message>
        <source>&apos;{system}&apos; fails the customer most: {per_1000_n} per 1,000 journeys; steps that use it: {users_n}.</source>
        <translation>Το σύστημα &apos;{system}&apos; απογοητεύει τον πελάτη περισσότερο από όλα: {per_1000_n} ανά 1.000 διαδρομές· βήματα που το χρησιμοποιούν: {users_n}.</translation>
    </message>
    <message>
        <source>No system is used by the steps of this journey.</source>
        <translation>Κανένα σύστημα δεν χρησιμοποιείται από τα βήματα αυτής της διαδρομής.</translation>
    </message>
    <message>
        <source>{fdr_pct} of the contacts customers start are failure demand, there only because we did not communicate well enough.</source>
        <translation>Το {fdr_pct} των επαφών που ξεκινούν οι πελάτες είναι ζήτηση από αποτυχία: υπάρχουν μόνο επειδή δεν επικοινωνήσαμε αρκετά καλά.</translation>
    </message>
    <message>
        <source>The largest reason is &apos;{reason}&apos;: {share_pct} of contacts, {cost_money} per journey{annual}.</source>
        <translation>Η μεγαλύτερη αιτία είναι &apos;{reason}&apos;: {share_pct} των επαφών, {cost_money} ανά διαδρομή{annual}.</translation>
    </message>
    <message>
        <source>No contact in this journey has a reason, so failure demand cannot be told apart.</source>
        <translation>Καμία επαφή σε αυτή τη διαδρομή δεν έχει αιτία, οπότε η ζήτηση από αποτυχία δεν μπορεί να διακριθεί.</translation>
    </message>
    <message>
        <source>, {annual_money} a year</source>
        <translation>, {annual_money} τον χρόνο</translation>
    </message>
    <message>
        <source>The competitor takes {delta_min} {direction} of the customer&apos;s time than we do ({theirs_min} against our {ours_min} per journey).</source>
        <translation>Ο ανταγωνιστής απαιτεί από τον πελάτη {delta_min} {direction} χρόνο από εμάς ({theirs_min} έναντι {ours_min} σε εμάς ανά διαδρομή).</translation>
    </message>
    <message>
        <source>They do better on {theirs_n} of {count_n} measures, we on {ours_n}.</source>
        <translation>Ο ανταγωνιστής είναι καλύτερος σε {theirs_n} από {count_n} δείκτες, εμείς σε {ours_n}.</translation>
    </message>
    <message>
        <source>The what-if {direction} {net_money} a year ({benefit_pct} chance of a net benefit).</source>
        <translation>Το what-if {direction} {net_money} τον χρόνο ({benefit_pct} πιθανότητα καθαρού οφέλους).</translation>
    </message>
    <message>
        <source>For the customer, measures that get better: {better_n}, worse: {worse_n}; customer time {direction} by {delta_min}.</source>
        <translation>Για τον πελάτη, δείκτες που βελτιώνονται: {better_n}, που χειροτερεύουν: {worse_n}· ο χρόνος πελάτη {direction} κατά {delta_min}.</translation>
    </message>
    <message>
        <source>Elements that change: {count_n} ({visible_n} the customer sees, {backstage_n} back-stage); flows re-wired: {rewired_n}.</source>
        <translation>Στοιχεία που αλλάζουν: {count_n} ({visible_n} που βλέπει ο πελάτης, {backstage_n} στο παρασκήνιο)· ροές που συνδέονται αλλιώς: {rewired_n}.</translation>
    </message>
    <message>
        <source>How often customers meet &apos;{name}&apos; per journey: {before_n} → {after_n}.</source>
        <translation>Πόσες φορές συναντούν οι πελάτες το &apos;{name}&apos; ανά διαδρομή: {before_n} → {after_n}.</translation>
    </message>
    <message>
        <source>more</source>
        <extracomment>The words a headline puts in its {direction}.</extracomment>
        <translation>περισσότερο</translation>
    </message>
    <message>
        <source>less</source>
        <translation>λιγότερο</translation>
    </message>
    <message>
        <source>earns</source>
        <translation>αποφέρει</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>κοστίζει</translation>
    </message>
    <message>
        <source>rises</source>
        <translation>αυξάνεται</translation>
    </message>
    <message>
        <source>falls</source>
        <translation>μειώνεται</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Νέο</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ά&amp;νοιγμα…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Πρόσφατα &amp;αρχεία</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Α&amp;ποθήκευση</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Αποθήκευση &amp;ως…</translation>
    </message>
    <message>
        <source>Save as What-if &amp;Variant…</source>
        <translation>Αποθήκευση ως &amp;παραλλαγή what-if…</translation>
    </message>
    <message>
        <source>Save a copy that keeps every id and records which model it varies</source>
        <translation>Αποθήκευση αντιγράφου που κρατά κάθε id και καταγράφει ποιο μοντέλο παραλλάσσει</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Εξαγωγή</translation>
    </message>
    <message>
        <source>&amp;PNG Image…</source>
        <translation>Εικόνα &amp;PNG…</translation>
    </message>
    <message>
        <source>&amp;SVG Drawing…</source>
        <translation>Σχέδιο &amp;SVG…</translation>
    </message>
    <message>
        <source>A vector drawing for web pages and documents; each element is tagged with its id and kind</source>
        <translation>Διανυσματικό σχέδιο για ιστοσελίδες και έγγραφα· κάθε στοιχείο φέρει το id και το είδος του</translation>
    </message>
    <message>
        <source>P&amp;DF Document…</source>
        <translation>Έγγραφο P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;BPMN for Other Tools…</source>
        <translation>&amp;BPMN για άλλα εργαλεία…</translation>
    </message>
    <message>
        <source>BPMN 2.0 without this editor&apos;s attributes, for strict tools</source>
        <translation>BPMN 2.0 χωρίς τα χαρακτηριστικά αυτού του επεξεργαστή, για αυστηρά εργαλεία</translation>
    </message>
    <message>
        <source>BPMN for Other Tools with BPSim &amp;Probabilities…</source>
        <translation>BPMN για άλλα εργαλεία με &amp;πιθανότητες BPSim…</translation>
    </message>
    <message>
        <source>The same, with the branch probabilities as BPSim 2.0 parameters for simulators</source>
        <translation>Το ίδιο, με τις πιθανότητες διακλάδωσης ως παραμέτρους BPSim 2.0 για προσομοιωτές</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ε&amp;κτύπωση…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Κλείσιμο</translation>
    </message>
    <message>
        <source>Close the document; the last window stays open</source>
        <translation>Κλείσιμο του εγγράφου· το τελευταίο παράθυρο μένει ανοιχτό</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Επεξεργασία</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Αναίρεση</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Επανάληψη</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Απο&amp;κοπή</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Α&amp;ντιγραφή</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Επι&amp;κόλληση</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Αντί&amp;γραφο</translation>
    </message>
    <message>
        <source>Copy as &amp;Image</source>
        <translation>Αντιγραφή ως &amp;εικόνα</translation>
    </message>
    <message>
        <source>The whole diagram on the clipboard, as a picture and as an SVG drawing</source>
        <translation>Όλο το διάγραμμα στο πρόχειρο, ως εικόνα και ως σχέδιο SVG</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Επιλογή ό&amp;λων</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Μετονομασία</translation>
    </message>
    <message>
        <source>Repair Text &amp;Encoding</source>
        <translation>Επιδιόρθωση &amp;κωδικοποίησης κειμένου</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Προτιμήσεις…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Εύρεση…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Εύρεση &amp;επόμενου</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Εύρεση &amp;προηγούμενου</translation>
    </message>
    <message>
        <source>Arra&amp;nge</source>
        <translation>&amp;Τακτοποίηση</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>&amp;Λωρίδες</translation>
    </message>
    <message>
        <source>&amp;Mark as Customer Lane</source>
        <translation>&amp;Σήμανση ως λωρίδα πελάτη</translation>
    </message>
    <message>
        <source>Move Customer Lane to &amp;Top</source>
        <translation>Μετακίνηση λωρίδας πελάτη στην &amp;κορυφή</translation>
    </message>
    <message>
        <source>Set &amp;Role</source>
        <translation>Ορισμός &amp;ρόλου</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>Μετακίνηση αριστερά</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>Μετακίνηση δεξιά</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Μετακίνηση πάνω</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Μετακίνηση κάτω</translation>
    </message>
    <message>
        <source>Cancel Gesture</source>
        <translation>Ακύρωση χειρονομίας</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Μεγέθυνση</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Σμί&amp;κρυνση</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Πραγματικό μέγεθος (100 %)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Προσαρμογή στο παράθυρο</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>Εμφάνιση &amp;πλέγματος</translation>
    </message>
    <message>
        <source>&amp;Company as One Entity</source>
        <translation>Η &amp;εταιρεία ως μία οντότητα</translation>
    </message>
    <message>
        <source>Show every lane but the customer&apos;s as one Company band (view only)</source>
        <translation>Όλες οι λωρίδες εκτός του πελάτη ως μία ζώνη Εταιρεία (μόνο στην προβολή)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>Ε&amp;ισαγωγή</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>&amp;Λωρίδα</translation>
    </message>
    <message>
        <source>&amp;System Lane</source>
        <translation>Λωρίδα &amp;συστήματος</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Σύνδεση</translation>
    </message>
    <message>
        <source>Click the step a flow starts at, then the step it goes to</source>
        <translation>Κάντε κλικ στο βήμα όπου ξεκινά μια ροή και μετά στο βήμα όπου καταλήγει</translation>
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
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Οδηγός χρήσης</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Συντομεύσεις &amp;πληκτρολογίου</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Σχετικά</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Κύρια</translation>
    </message>
    <message>
        <source>Add Lane</source>
        <extracomment>Toolbar buttons that keep their words beside the icon (modes and less familiar commands).</extracomment>
        <translation>Προσθήκη λωρίδας</translation>
    </message>
    <message>
        <source>Company View</source>
        <translation>Προβολή εταιρείας</translation>
    </message>
    <message>
        <source>Turn names garbled by a wrong encoding (&apos;PrÃ¼fung&apos;) back into what they meant (&apos;Prüfung&apos;)</source>
        <translation>Επαναφορά ονομάτων αλλοιωμένων από λάθος κωδικοποίηση (&apos;PrÃ¼fung&apos;) σε αυτό που εννοούσαν (&apos;Prüfung&apos;)</translation>
    </message>
    <message>
        <source>No garbled names to repair</source>
        <translation>Κανένα αλλοιωμένο όνομα για επιδιόρθωση</translation>
    </message>
    <message>
        <source>Repaired the encoding of %n name(s)</source>
        <translation>Επιδιορθώθηκε η κωδικοποίηση ονομάτων: %n</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Order journey (example)</source>
        <translation>Διαδρομή παραγγελίας (παράδειγμα)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <extracomment>The smallest zoom of a first view at which names can still be read.</extracomment>
        <translation>Χωρίς τίτλο</translation>
    </message>
    <message>
        <source>Document closed. Draw a new journey here, or open a file.</source>
        <translation>Το έγγραφο έκλεισε. Σχεδιάστε εδώ μια νέα διαδρομή ή ανοίξτε ένα αρχείο.</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Παλέτα</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Δεν έχει επιλεγεί τίποτα</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Κανένα πρόσφατο αρχείο</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>Επιλεγμένα: {count}</translation>
    </message>
    <message>
        <source>Select the lane that is the customer.</source>
        <translation>Επιλέξτε τη λωρίδα που είναι ο πελάτης.</translation>
    </message>
    <message>
        <source>IT/Systems</source>
        <translation>IT/Συστήματα</translation>
    </message>
    <message>
        <source>The company&apos;s lanes are merged in the view only; steps keep their lanes.</source>
        <translation>Οι λωρίδες της εταιρείας συγχωνεύονται μόνο στην προβολή· τα βήματα κρατούν τις λωρίδες τους.</translation>
    </message>
    <message>
        <source>Customer journeys as BPMN 2.0 swimlanes, the customer lane on top.</source>
        <translation>Διαδρομές πελάτη ως λωρίδες BPMN 2.0, με τη λωρίδα του πελάτη πάνω.</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Click or drag to move the diagram&apos;s view</source>
        <extracomment>More changed areas than this at once are redrawn as the one rectangle around them. A changed area wider or taller than this (scene units) is drawn after a quiet time of WIDE_REDRAW_DELAY milliseconds; smaller ones after LOCAL_REDRAW_DELAY. A task&apos;s width in diagram units: drawn smaller than a pixel, steps and flows are left out. Fitted whole, a diagram less high than this many pixels (its lanes a few pixels each) is shown as a strip that follows the canvas. A strip is at least this many times as wide as the canvas&apos;s view (the frame in it, half). Height in pixels of the bar that marks where a strip lies in the whole diagram.</extracomment>
        <translation>Κάντε κλικ ή σύρετε για να μετακινήσετε την προβολή του διαγράμματος</translation>
    </message>
    <message>
        <source>Minimap</source>
        <extracomment>Whether the minimap shows a strip of a long diagram, following the canvas. Whether a drag in the minimap steers the canvas (a strip then stays put). The diagram as the minimap shows it; None: to be drawn whole at the next paint. Scene to picture pixels, as the picture was drawn (a strip&apos;s reaches beyond the view). Scene areas changed since the picture was drawn. Wide changed areas, drawn when the scene has been quiet for a moment. Small changed areas, drawn a moment after the gesture&apos;s frame. A zoom of the canvas rescales a strip when this fires, after the zoom&apos;s frame. A newly shown scene&apos;s picture waits for this, so the canvas is painted first.</extracomment>
        <translation>Μικροχάρτης</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>&amp;Μικροχάρτης</translation>
    </message>
    <message>
        <source>The whole diagram, with the part on screen framed</source>
        <translation>Όλο το διάγραμμα, με πλαίσιο γύρω από το τμήμα που φαίνεται στην οθόνη</translation>
    </message>
</context>
<context>
    <name>ModelDialogs</name>
    <message>
        <source>&amp;Add Record</source>
        <extracomment>Answers a yes/no question: (title, text) → True for yes. Tests replace it.</extracomment>
        <translation>&amp;Προσθήκη εγγραφής</translation>
    </message>
    <message>
        <source>&amp;Remove Record</source>
        <translation>&amp;Αφαίρεση εγγραφής</translation>
    </message>
    <message>
        <source>Steps use this record</source>
        <translation>Βήματα χρησιμοποιούν αυτή την εγγραφή</translation>
    </message>
    <message>
        <source>Used by</source>
        <extracomment>The code each row had when the dialog opened (None for an added row).</extracomment>
        <translation>Χρησιμοποιείται από</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>δεν έχει οριστεί</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {problem}.</source>
        <translation>Γραμμή {row}, {field}: {problem}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is taken out of {steps}.</source>
        <translation>Το &apos;{code}&apos; αφαιρείται από {steps}.</translation>
    </message>
    <message>
        <source>Steps refer to these codes:</source>
        <translation>Βήματα αναφέρονται σε αυτούς τους κωδικούς:</translation>
    </message>
    <message>
        <source>Change the steps too? (No keeps this dialog open.)</source>
        <translation>Να αλλάξουν και τα βήματα; (Το Όχι κρατά αυτό το παράθυρο ανοιχτό.)</translation>
    </message>
    <message>
        <source>Nothing changed yet: put the codes back, or press OK and answer Yes to change the steps too.</source>
        <translation>Δεν άλλαξε τίποτα ακόμη: επαναφέρετε τους κωδικούς ή πατήστε OK και απαντήστε Ναι για να αλλάξουν και τα βήματα.</translation>
    </message>
    <message>
        <source>&amp;Add system</source>
        <translation>&amp;Προσθήκη συστήματος</translation>
    </message>
    <message>
        <source>&amp;Remove system</source>
        <translation>&amp;Αφαίρεση συστήματος</translation>
    </message>
    <message>
        <source>Steps use this system</source>
        <translation>Βήματα χρησιμοποιούν αυτό το σύστημα</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Συστήματα</translation>
    </message>
    <message>
        <source>&amp;Add resource</source>
        <translation>&amp;Προσθήκη πόρου</translation>
    </message>
    <message>
        <source>&amp;Remove resource</source>
        <translation>&amp;Αφαίρεση πόρου</translation>
    </message>
    <message>
        <source>Steps use this resource</source>
        <translation>Βήματα χρησιμοποιούν αυτόν τον πόρο</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Πόροι</translation>
    </message>
    <message>
        <source>no step</source>
        <translation>κανένα βήμα</translation>
    </message>
    <message>
        <source>%n step(s)</source>
        <translation>Βήματα: %n</translation>
    </message>
</context>
<context>
    <name>ModelMenu</name>
    <message>
        <source>&amp;Systems…</source>
        <extracomment>(key, menu text, status tip, what the undo step is called).</extracomment>
        <translation>&amp;Συστήματα…</translation>
    </message>
    <message>
        <source>The IT systems steps rely on and how often one use fails</source>
        <translation>Τα συστήματα IT στα οποία βασίζονται τα βήματα και πόσο συχνά αποτυγχάνει μια χρήση</translation>
    </message>
    <message>
        <source>Edit systems</source>
        <translation>Επεξεργασία συστημάτων</translation>
    </message>
    <message>
        <source>&amp;Resources…</source>
        <translation>&amp;Πόροι…</translation>
    </message>
    <message>
        <source>Pools of agents that steps share, for the waiting times</source>
        <translation>Ομάδες εκπροσώπων που μοιράζονται τα βήματα, για τους χρόνους αναμονής</translation>
    </message>
    <message>
        <source>Edit resources</source>
        <translation>Επεξεργασία πόρων</translation>
    </message>
    <message>
        <source>S&amp;cenario…</source>
        <translation>&amp;Σενάριο…</translation>
    </message>
    <message>
        <source>Journeys per year, arrival rate, accounts and other yearly values</source>
        <translation>Διαδρομές ανά έτος, ρυθμός αφίξεων, λογαριασμοί και άλλες ετήσιες τιμές</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>Επεξεργασία σεναρίου</translation>
    </message>
    <message>
        <source>{title} changed</source>
        <translation>Άλλαξε: {title}</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Δεν άλλαξε τίποτα</translation>
    </message>
    <message>
        <source>C&amp;hoose the Customer…</source>
        <translation>Επι&amp;λογή του πελάτη…</translation>
    </message>
    <message>
        <source>Which lane or pool is the customer, whose side of the journey the analyses measure</source>
        <translation>Ποια λωρίδα ή δεξαμενή είναι ο πελάτης, του οποίου την πλευρά της διαδρομής μετρούν οι αναλύσεις</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Drag into a lane, or click here and then in a lane: {kind}</source>
        <extracomment>An entry was clicked: arm it for click-to-place (the kind key).</extracomment>
        <translation>Σύρετε σε μια λωρίδα ή κάντε κλικ εδώ και μετά σε μια λωρίδα: {kind}</translation>
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
<context>
    <name>Properties</name>
    <message>
        <source>Properties</source>
        <extracomment>Element forms kept aside (a task&apos;s, an event&apos;s, a flow&apos;s, a lane&apos;s, ...). The key of the page shown when nothing is selected, kept as the forms are.</extracomment>
        <translation>Ιδιότητες</translation>
    </message>
    <message>
        <source>{count} elements selected.</source>
        <extracomment>The &quot;Lane&quot; row of a step (not a field: a step changes lane by moving). The heading: the element&apos;s kind and name (never its id, which is the file&apos;s). The units the fields show (the document&apos;s own, or those of Preferences). What the form shown holds besides values (see :meth:`_form_of`); None: not kept. The last pages replaced by another (element forms, the &quot;nothing selected&quot; page), kept for the next alike selection. The selection the panel shows (the window tells it only of a different one).</extracomment>
        <translation>Επιλεγμένα στοιχεία: {count}.</translation>
    </message>
    <message>
        <source>Select a step, flow or lane.</source>
        <translation>Επιλέξτε ένα βήμα, μια ροή ή μια λωρίδα.</translation>
    </message>
    <message>
        <source>From another tool: shown and kept as it is.</source>
        <translation>Από άλλο εργαλείο: εμφανίζεται και διατηρείται ως έχει.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Τύπος</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Λωρίδα</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ρόλος</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Ύψος</translation>
    </message>
    <message>
        <source>not set: {default}</source>
        <translation>δεν έχει οριστεί: {default}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>δεν έχει οριστεί</translation>
    </message>
    <message>
        <source>Height must be a number.</source>
        <translation>Το ύψος πρέπει να είναι αριθμός.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Cannot recover</source>
        <translation>Δεν είναι δυνατή η ανάκτηση</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to {name}. Save to keep them.</source>
        <translation>Ανακτήθηκαν οι μη αποθηκευμένες αλλαγές του {name}. Αποθηκεύστε για να τις κρατήσετε.</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Ανάκτηση μη αποθηκευμένης εργασίας</translation>
    </message>
    <message>
        <source>today</source>
        <translation>σήμερα</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>χθες</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} στις {time}</translation>
    </message>
    <message>
        <source>The editor was closed before these changes were saved. Recover them now, or decide later.</source>
        <translation>Ο επεξεργαστής έκλεισε πριν αποθηκευτούν αυτές οι αλλαγές. Ανακτήστε τις τώρα ή αποφασίστε αργότερα.</translation>
    </message>
    <message>
        <source>{name} — changes from {when}</source>
        <translation>{name} — αλλαγές από {when}</translation>
    </message>
    <message>
        <source>A new document that was never saved</source>
        <translation>Νέο έγγραφο που δεν αποθηκεύτηκε ποτέ</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Ανάκτηση</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>Απόφαση αργότερα</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Αναφορά HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV tables, one file per table (folder)</source>
        <translation>Πίνακες CSV, ένα αρχείο ανά πίνακα (φάκελος)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Χωρίς τίτλο</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Εξαγωγή αναφοράς</translation>
    </message>
    <message>
        <source>The report could not be written: {reason}</source>
        <translation>Δεν ήταν δυνατή η εγγραφή της αναφοράς: {reason}</translation>
    </message>
    <message>
        <source>%n CSV file(s) in {folder}</source>
        <translation>Αρχεία CSV στο {folder}: %n</translation>
    </message>
    <message>
        <source>Report exported: {what}</source>
        <translation>Η αναφορά εξήχθη: {what}</translation>
    </message>
    <message>
        <source>{title} report</source>
        <translation>Αναφορά {title}</translation>
    </message>
</context>
<context>
    <name>ResultsDock</name>
    <message>
        <source>Run an analysis from the Analysis menu: its figures appear here and its findings are highlighted on the diagram.</source>
        <extracomment>Height of the dock when a first result opens it (the diagram keeps the rest). Width of the key figures beside the tables. Rows a table&apos;s columns are sized to fit (besides those in view): measuring every row of the eight tables of a 10,000-step result held the window for a seventh of a second.</extracomment>
        <translation>Εκτελέστε μια ανάλυση από το μενού Ανάλυση: τα μεγέθη της εμφανίζονται εδώ και τα ευρήματά της επισημαίνονται στο διάγραμμα.</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>The highlight colours&apos; names in the dock&apos;s legend.</extracomment>
        <translation>σφάλμα</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>προειδοποίηση</translation>
    </message>
    <message>
        <source>info</source>
        <translation>πληροφορία</translation>
    </message>
    <message>
        <source>Analysis Results</source>
        <extracomment>{KPI: the core&apos;s coverage words} of a key-figure table. Element ids of a clicked row. The user asked to run the shown analysis again.</extracomment>
        <translation>Αποτελέσματα ανάλυσης</translation>
    </message>
    <message>
        <source>Run Again</source>
        <extracomment>Tables whose columns are not sized yet (until first shown), with their names.</extracomment>
        <translation>Νέα εκτέλεση</translation>
    </message>
    <message>
        <source>Highlight colours on the diagram; a badge names the finding</source>
        <translation>Χρώματα επισήμανσης στο διάγραμμα· μια ετικέτα ονομάζει το εύρημα</translation>
    </message>
    <message>
        <source>%1 — running…</source>
        <translation>%1 — εκτελείται…</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Βασικά μεγέθη</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issues (%n)</source>
        <translation>Ζητήματα (%n)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 δευτ.</translation>
    </message>
    <message>
        <source>&lt;b&gt;· stale:&lt;/b&gt; the model changed since this ran</source>
        <translation>&lt;b&gt;· παρωχημένο:&lt;/b&gt; το μοντέλο άλλαξε μετά την εκτέλεση</translation>
    </message>
    <message>
        <source>Stopped by %1: %2</source>
        <translation>Διακόπηκε λόγω %1: %2</translation>
    </message>
    <message>
        <source>(and %n more in Issues)</source>
        <translation>(και ακόμη %n στα Ζητήματα)</translation>
    </message>
    <message>
        <source>%n highlighted element(s) not on this diagram (the other model&apos;s); the tables list them.</source>
        <translation>Επισημασμένα στοιχεία εκτός αυτού του διαγράμματος (του άλλου μοντέλου): %n· οι πίνακες τα παραθέτουν.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>{names} and %n more</source>
        <translation>{names} και ακόμη %n</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>&amp;Select in Diagram</source>
        <translation>&amp;Επιλογή στο διάγραμμα</translation>
    </message>
    <message>
        <source>&amp;Copy Row</source>
        <translation>Α&amp;ντιγραφή γραμμής</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Scenario</source>
        <translation>Σενάριο</translation>
    </message>
    <message>
        <source>Values for the whole model. Leave a field empty when it does not apply.</source>
        <translation>Τιμές για όλο το μοντέλο. Αφήστε ένα πεδίο κενό όταν δεν ισχύει.</translation>
    </message>
    <message>
        <source>%n more value(s) from the file stay as they are.</source>
        <translation>Ακόμη τιμές από το αρχείο που μένουν ως έχουν: %n</translation>
    </message>
    <message>
        <source>What-if sensitivity ranges (optional; otherwise ±20 % around the value)</source>
        <translation>Εύρη ευαισθησίας what-if (προαιρετικά· αλλιώς ±20 % γύρω από την τιμή)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>δεν έχει οριστεί</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Zoom around the cursor</source>
        <translation>Ζουμ γύρω από τον δείκτη</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+ροδέλα</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Μετατόπιση</translation>
    </message>
    <message>
        <source>Space+Drag, Middle-drag</source>
        <translation>Space+σύρσιμο, σύρσιμο με το μεσαίο κουμπί</translation>
    </message>
    <message>
        <source>Add to the selection</source>
        <translation>Προσθήκη στην επιλογή</translation>
    </message>
    <message>
        <source>Ctrl+Click, Shift+Click</source>
        <translation>Ctrl+κλικ, Shift+κλικ</translation>
    </message>
    <message>
        <source>Select an area</source>
        <translation>Επιλογή περιοχής</translation>
    </message>
    <message>
        <source>Drag on empty space</source>
        <translation>Σύρσιμο σε κενό χώρο</translation>
    </message>
    <message>
        <source>Connect two steps</source>
        <translation>Σύνδεση δύο βημάτων</translation>
    </message>
    <message>
        <source>Drag from a step&apos;s arrow handle, or C then click the target</source>
        <translation>Σύρετε από τη λαβή-βέλος ενός βήματος ή πατήστε C και κάντε κλικ στον προορισμό</translation>
    </message>
    <message>
        <source>Move a flow&apos;s segment</source>
        <translation>Μετακίνηση τμήματος ροής</translation>
    </message>
    <message>
        <source>Drag its round middle handle (the flow selected)</source>
        <translation>Σύρετε τη στρογγυλή μεσαία λαβή της (με τη ροή επιλεγμένη)</translation>
    </message>
    <message>
        <source>Rename in place</source>
        <translation>Μετονομασία επί τόπου</translation>
    </message>
    <message>
        <source>Double-click a step, flow or lane header</source>
        <translation>Διπλό κλικ σε βήμα, ροή ή κεφαλίδα λωρίδας</translation>
    </message>
    <message>
        <source>Reorder lanes</source>
        <translation>Αναδιάταξη λωρίδων</translation>
    </message>
    <message>
        <source>Drag a lane header</source>
        <translation>Σύρετε μια κεφαλίδα λωρίδας</translation>
    </message>
    <message>
        <source>Resize a lane</source>
        <translation>Αλλαγή μεγέθους λωρίδας</translation>
    </message>
    <message>
        <source>Drag a lane&apos;s bottom edge</source>
        <translation>Σύρετε το κάτω άκρο της λωρίδας</translation>
    </message>
    <message>
        <source>Move the selection</source>
        <translation>Μετακίνηση της επιλογής</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Πλήκτρα βέλους</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ενέργεια</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Πλήκτρα</translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>Steps</source>
        <extracomment>The mime type a palette drag carries; the payload is the kind&apos;s key in UTF-8. The titles built from channels below, listed for translation.</extracomment>
        <translation>Βήματα</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Σημεία επαφής</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Ενέργεια πελάτη</translation>
    </message>
    <message>
        <source>Back-office step</source>
        <translation>Βήμα back office</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Απόφαση</translation>
    </message>
    <message>
        <source>Parallel gateway</source>
        <translation>Παράλληλη πύλη</translation>
    </message>
    <message>
        <source>Inclusive gateway</source>
        <translation>Πύλη συμπερίληψης</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Έναρξη</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Λήξη</translation>
    </message>
    <message>
        <source>Web touchpoint</source>
        <translation>Σημείο επαφής ιστού</translation>
    </message>
    <message>
        <source>App touchpoint</source>
        <translation>Σημείο επαφής εφαρμογής</translation>
    </message>
    <message>
        <source>Email touchpoint</source>
        <translation>Σημείο επαφής email</translation>
    </message>
    <message>
        <source>Chat touchpoint</source>
        <translation>Σημείο επαφής συνομιλίας</translation>
    </message>
    <message>
        <source>Phone touchpoint</source>
        <translation>Σημείο επαφής τηλεφώνου</translation>
    </message>
    <message>
        <source>IVR touchpoint</source>
        <translation>Σημείο επαφής IVR</translation>
    </message>
    <message>
        <source>Store touchpoint</source>
        <translation>Σημείο επαφής καταστήματος</translation>
    </message>
    <message>
        <source>Mail touchpoint</source>
        <translation>Σημείο επαφής ταχυδρομείου</translation>
    </message>
    <message>
        <source>Video touchpoint</source>
        <translation>Σημείο επαφής βίντεο</translation>
    </message>
    <message>
        <source>Physical touchpoint</source>
        <translation>Φυσικό σημείο επαφής</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>Click in a lane to place the step (Esc cancels).</source>
        <extracomment>A sentence for the status bar (refusals, hints). The palette kind armed for click-to-place changed (None: disarmed). The connect tool was switched on or off.</extracomment>
        <translation>Κάντε κλικ σε μια λωρίδα για να τοποθετήσετε το βήμα (Esc για ακύρωση).</translation>
    </message>
    <message>
        <source>Click the step the flow goes to (Esc cancels).</source>
        <translation>Κάντε κλικ στο βήμα όπου καταλήγει η ροή (Esc για ακύρωση).</translation>
    </message>
    <message>
        <source>Click the step the flow starts at, then the step it goes to.</source>
        <translation>Κάντε κλικ στο βήμα όπου ξεκινά η ροή και μετά στο βήμα όπου καταλήγει.</translation>
    </message>
    <message>
        <source>Drop the step into a lane.</source>
        <translation>Αφήστε το βήμα μέσα σε μια λωρίδα.</translation>
    </message>
    <message>
        <source>Click the step the flow starts at (an end event has none).</source>
        <translation>Κάντε κλικ στο βήμα όπου ξεκινά η ροή (ένα συμβάν λήξης δεν έχει).</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>Add lane &apos;{name}&apos;</source>
        <extracomment>A change of fields: (element kind &quot;lane&quot; | &quot;step&quot; | &quot;flow&quot; | &quot;pool&quot;, element id, {field: new value}). Does one thing and returns the function that takes it back.</extracomment>
        <translation>Προσθήκη λωρίδας &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Delete lane &apos;{name}&apos;</source>
        <translation>Διαγραφή λωρίδας &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Move lane &apos;{name}&apos;</source>
        <translation>Μετακίνηση λωρίδας &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Add step &apos;{name}&apos;</source>
        <translation>Προσθήκη βήματος &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Delete step &apos;{name}&apos;</source>
        <translation>Διαγραφή βήματος &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Connect &apos;{source}&apos; to &apos;{target}&apos;</source>
        <translation>Σύνδεση &apos;{source}&apos; με &apos;{target}&apos;</translation>
    </message>
    <message>
        <source>Delete flow &apos;{name}&apos;</source>
        <translation>Διαγραφή ροής &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Add {kind}</source>
        <extracomment>Room kept between a step and the right end of its lane. The document&apos;s copies (analysis runs, the last saved model, recovery copies), sharing what no edit changed.</extracomment>
        <translation>Προσθήκη: {kind}</translation>
    </message>
    <message>
        <source>Move bend point of &apos;{name}&apos;</source>
        <translation>Μετακίνηση σημείου κάμψης της &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Rename step &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>Μετονομασία βήματος &apos;{old}&apos; σε &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>Rename flow &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>Μετονομασία ροής &apos;{old}&apos; σε &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>Rename lane &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>Μετονομασία λωρίδας &apos;{old}&apos; σε &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>δεν έχει οριστεί</translation>
    </message>
    <message>
        <source>Set {field} of &apos;{name}&apos; to {value}</source>
        <translation>Ορισμός {field} του &apos;{name}&apos; σε {value}</translation>
    </message>
    <message>
        <source>Widen lanes</source>
        <translation>Διεύρυνση λωρίδων</translation>
    </message>
    <message>
        <source>Change &apos;{name}&apos; to {kind}</source>
        <translation>Αλλαγή του &apos;{name}&apos; σε {kind}</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Νέα λωρίδα</translation>
    </message>
    <message>
        <source>Make room</source>
        <translation>Δημιουργία χώρου</translation>
    </message>
    <message>
        <source>Close the gap</source>
        <translation>Κλείσιμο του κενού</translation>
    </message>
    <message>
        <source>Mark &apos;{name}&apos; as customer lane</source>
        <translation>Σήμανση του &apos;{name}&apos; ως λωρίδα πελάτη</translation>
    </message>
    <message>
        <source>Set role of &apos;{name}&apos; to {role}</source>
        <translation>Ορισμός ρόλου του &apos;{name}&apos; σε {role}</translation>
    </message>
    <message>
        <source>Resize lane &apos;{name}&apos;</source>
        <translation>Αλλαγή μεγέθους λωρίδας &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Resize pool &apos;{name}&apos;</source>
        <translation>Αλλαγή μεγέθους δεξαμενής &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Restack lanes</source>
        <translation>Αναδιάταξη λωρίδων</translation>
    </message>
    <message>
        <source>Move step &apos;{name}&apos;</source>
        <translation>Μετακίνηση βήματος &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Move %n steps</source>
        <translation>Μετακίνηση βημάτων: %n</translation>
    </message>
    <message>
        <source>Paste step &apos;{name}&apos;</source>
        <translation>Επικόλληση βήματος &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Paste %n steps</source>
        <translation>Επικόλληση βημάτων: %n</translation>
    </message>
    <message>
        <source>Duplicate step &apos;{name}&apos;</source>
        <translation>Αντίγραφο βήματος &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Duplicate %n steps</source>
        <translation>Αντίγραφο βημάτων: %n</translation>
    </message>
    <message>
        <source>Repair text encoding of name &apos;{name}&apos;</source>
        <translation>Επιδιόρθωση κωδικοποίησης του ονόματος &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Repair text encoding of %n names</source>
        <translation>Επιδιόρθωση κωδικοποίησης ονομάτων: %n</translation>
    </message>
    <message>
        <source>Cut %n elements</source>
        <translation>Αποκοπή στοιχείων: %n</translation>
    </message>
    <message>
        <source>Delete %n elements</source>
        <translation>Διαγραφή στοιχείων: %n</translation>
    </message>
    <message>
        <source>Cut step &apos;{name}&apos;</source>
        <translation>Αποκοπή βήματος &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Cut flow &apos;{name}&apos;</source>
        <translation>Αποκοπή ροής &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Cut lane &apos;{name}&apos;</source>
        <translation>Αποκοπή λωρίδας &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Mark &apos;{name}&apos; as the customer</source>
        <translation>Σήμανση του &apos;{name}&apos; ως πελάτη</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>CU</source>
        <extracomment>Every unit a field can have.</extracomment>
        <translation>ΝΜ</translation>
    </message>
    <message>
        <source>min</source>
        <translation>λεπ.</translation>
    </message>
    <message>
        <source>journeys per min</source>
        <translation>διαδρομές ανά λεπ.</translation>
    </message>
    <message>
        <source>h</source>
        <translation>ώ.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source># User Guide

The guide is missing from this installation; it is docs/user-guide.md on the project page.</source>
        <translation># Οδηγός χρήσης

Ο οδηγός λείπει από αυτή την εγκατάσταση· είναι το docs/user-guide.md στη σελίδα του έργου.</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Οδηγός χρήσης</translation>
    </message>
</context>
<context>
    <name>WarningsDock</name>
    <message>
        <source>Warnings</source>
        <extracomment>The element ids of the clicked warning.</extracomment>
        <translation>Προειδοποιήσεις</translation>
    </message>
    <message>
        <source>No element</source>
        <translation>Κανένα στοιχείο</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Προειδοποιήσεις ({count})</translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <source>Element</source>
        <extracomment>Columns of the settings table and of the result table.</extracomment>
        <translation>Στοιχείο</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Δείκτης</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Τώρα</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>Με τις αλλαγές</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>What If</source>
        <translation>Τι θα γινόταν αν</translation>
    </message>
    <message>
        <source>Try other values for steps, flows and lanes. The model is not changed; a new branch probability takes its difference from the other branches of the split, in proportion.</source>
        <translation>Δοκιμάστε άλλες τιμές για βήματα, ροές και λωρίδες. Το μοντέλο δεν αλλάζει· μια νέα πιθανότητα διακλάδωσης παίρνει τη διαφορά της από τις άλλες διακλαδώσεις του διαχωρισμού, αναλογικά.</translation>
    </message>
    <message>
        <source>&amp;Add Value</source>
        <translation>&amp;Προσθήκη τιμής</translation>
    </message>
    <message>
        <source>&amp;Remove Value</source>
        <translation>&amp;Αφαίρεση τιμής</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>&amp;Εκτέλεση</translation>
    </message>
    <message>
        <source>The values changed: press Run to compare them.</source>
        <translation>Οι τιμές άλλαξαν: πατήστε Εκτέλεση για να τις συγκρίνετε.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Σύγκριση…</translation>
    </message>
    <message>
        <source>No scorecard to compare: an error in the model stops it (see Analysis ▸ Scorecard).</source>
        <translation>Δεν υπάρχει κάρτα αποτελεσμάτων για σύγκριση: ένα σφάλμα στο μοντέλο τη σταματά (βλ. Ανάλυση ▸ Κάρτα αποτελεσμάτων).</translation>
    </message>
    <message>
        <source>Lane {name}</source>
        <translation>Λωρίδα {name}</translation>
    </message>
    <message>
        <source>(rest of the split)</source>
        <translation>(υπόλοιπο του διαχωρισμού)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>δεν έχει οριστεί</translation>
    </message>
    <message>
        <source>What if {changes}.</source>
        <translation>Τι θα γινόταν αν {changes}.</translation>
    </message>
    <message>
        <source>No value changed.</source>
        <translation>Δεν άλλαξε καμία τιμή.</translation>
    </message>
</context>
</TS>
