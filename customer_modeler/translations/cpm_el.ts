<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="el" sourcelanguage="en">
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
        <translation>Δεν ήταν δυνατό να δημιουργηθεί αντίγραφο ανάκτησης: {reason}</translation>
    </message>
    <message>
        <source>The recovery copy failed: {reason}</source>
        <translation>Το αντίγραφο ανάκτησης απέτυχε: {reason}</translation>
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
        <extracomment>How far a paste or duplicate lands from the originals, per repeat, in diagram units. White space around the picture of copied steps, and its largest side (diagram units). Where the mouse is over the diagram's viewport (None: elsewhere).</extracomment>
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
        <extracomment>Code -&gt; the core's sentence for it (reader warnings, then analysis issues).</extracomment>
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
        <source>An edge has a waypoint that is not a finite number; the edge's route was ignored.</source>
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
        <source>A lane lists a step of another pool's process; the step stays in its own pool and the reference is kept in the file.</source>
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
        <source>A flow's diagram edge has fewer than two waypoints; the flow is drawn straight between its ends.</source>
        <translation>Η ακμή διαγράμματος μιας ροής έχει λιγότερα από δύο σημεία διαδρομής· η ροή σχεδιάζεται ευθεία ανάμεσα στα άκρα της.</translation>
    </message>
    <message>
        <source>Text looks garbled by a wrong encoding (such as 'PrÃ¼fung' for 'Prüfung'); it is shown and saved unchanged.</source>
        <translation>Το κείμενο μοιάζει αλλοιωμένο από λάθος κωδικοποίηση (όπως 'PrÃ¼fung' αντί για 'Prüfung')· εμφανίζεται και αποθηκεύεται αμετάβλητο.</translation>
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
    <name>Diagram</name>
    <message>
        <source>line of visibility</source>
        <translation>γραμμή ορατότητας</translation>
    </message>
    <message>
        <source>faces the customer</source>
        <extracomment>Draw the line of visibility along the far edge: the last lane of a run facing the customer. What the header says under the name (the role's title unless set). Whether the role is worth a caption (see model.visibility.role_stated).</extracomment>
        <translation>προς πελάτη</translation>
    </message>
    <message>
        <source>'{name}' is a pool of its own in the file: shown as the customer lane, written back as a pool.</source>
        <translation>Η '{name}' είναι ξεχωριστή δεξαμενή στο αρχείο: εμφανίζεται ως λωρίδα πελάτη και αποθηκεύεται ξανά ως δεξαμενή.</translation>
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
        <source>Company as one entity: every lane that is not the customer's, merged in the view only (View ▸ Company as One Entity).</source>
        <translation>Η εταιρεία ως μία οντότητα: κάθε λωρίδα που δεν είναι του πελάτη, συγχωνευμένες μόνο στην προβολή (Προβολή ▸ Η εταιρεία ως μία οντότητα).</translation>
    </message>
    <message>
        <source>Customer</source>
        <extracomment>Width of the header band at the left of every lane. Width of a pool's name band. Distance within which a press on a lane's bottom edge resizes it. Radius of a step's connection handle. Size of a bend-point handle. (body fill, header fill, header accent) per lane role. The canvas behind the lanes and a pool's body. Dark surfaces with light ink; the customer lane keeps its warm tint, accents are lightened so they keep their contrast against the dark fills.</extracomment>
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
        <source>Reload shows the file as it is now and discards your unsaved changes. Overwrite replaces the other program's changes with yours. Save As keeps both.</source>
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
        <source>'{name}' comes from another tool and is read-only.</source>
        <translation>Το '{name}' προέρχεται από άλλο εργαλείο και είναι μόνο για ανάγνωση.</translation>
    </message>
    <message>
        <source>'{name}' must stay inside a lane.</source>
        <translation>Το '{name}' πρέπει να μείνει μέσα σε λωρίδα.</translation>
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
        <source>'{name}' is already a {kind}.</source>
        <translation>Το '{name}' είναι ήδη {kind}.</translation>
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
    <name>Export</name>
    <message>
        <source>The scale must be greater than 0.</source>
        <extracomment>White space around the diagram in the image, in diagram units. Largest side of an exported image, in pixels (keeps memory bounded for huge models). Diagram units per inch: the window shows the diagram at 96 dots per inch at 100 %. Margin of PDF and printed pages, in millimetres. Adds what the window draws over the diagram (analysis highlights) to an export's fresh scene.</extracomment>
        <translation>Η κλίμακα πρέπει να είναι μεγαλύτερη από 0.</translation>
    </message>
    <message>
        <source>The image would be {width}×{height} pixels; choose a smaller scale.</source>
        <translation>Η εικόνα θα ήταν {width}×{height} εικονοστοιχεία· επιλέξτε μικρότερη κλίμακα.</translation>
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
        <source>Printing needs Qt's print support (the QtPrintSupport module of PySide6 and the system's CUPS library, libcups2 on Debian and Ubuntu).</source>
        <extracomment>Why File ▸ Print is greyed out when Qt's print support cannot load.</extracomment>
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
        <extracomment>Shows the print preview for a printer whose pages ``paint`` draws (tests replace it).</extracomment>
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
        <source>Background</source>
        <translation>Φόντο</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Σελίδες</translation>
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
        <extracomment>What applies when the field is empty ("not set").</extracomment>
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
        <translation>Αν ο/η {user} αποθηκεύσει το {name} αργότερα, κάποιος από εσάς θα χάσει αλλαγές. Ανάληψη παρ' όλα αυτά;</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>άλλος χρήστης</translation>
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
        <source>BPMN 2.0 without this editor's attributes, for strict tools</source>
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
        <source>Show every lane but the customer's as one Company band (view only)</source>
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
        <source>Turn names garbled by a wrong encoding ('PrÃ¼fung') back into what they meant ('Prüfung')</source>
        <translation>Επαναφορά ονομάτων αλλοιωμένων από λάθος κωδικοποίηση ('PrÃ¼fung') σε αυτό που εννοούσαν ('Prüfung')</translation>
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
        <source>The company's lanes are merged in the view only; steps keep their lanes.</source>
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
        <source>Click or drag to move the diagram's view</source>
        <translation>Κάντε κλικ ή σύρετε για να μετακινήσετε την προβολή του διαγράμματος</translation>
    </message>
    <message>
        <source>Minimap</source>
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
        <source>'{code}' is taken out of {steps}.</source>
        <translation>Το '{code}' αφαιρείται από {steps}.</translation>
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
        <translation>Ιδιότητες</translation>
    </message>
    <message>
        <source>{count} elements selected.</source>
        <extracomment>The "Lane" row of a step (not a field: a step changes lane by moving). The units the fields show (the document's own, or those of Preferences).</extracomment>
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
        <source>Drag from a step's arrow handle, or C then click the target</source>
        <translation>Σύρετε από τη λαβή-βέλος ενός βήματος ή πατήστε C και κάντε κλικ στον προορισμό</translation>
    </message>
    <message>
        <source>Move a flow's segment</source>
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
        <source>Drag a lane's bottom edge</source>
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
        <extracomment>The mime type a palette drag carries; the payload is the kind's key in UTF-8. The titles built from channels below, listed for translation.</extracomment>
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
        <source>Add lane '{name}'</source>
        <extracomment>A change of fields: (element kind "lane" | "step" | "flow" | "pool", element id, {field: new value}). Does one thing and returns the function that takes it back.</extracomment>
        <translation>Προσθήκη λωρίδας '{name}'</translation>
    </message>
    <message>
        <source>Delete lane '{name}'</source>
        <translation>Διαγραφή λωρίδας '{name}'</translation>
    </message>
    <message>
        <source>Move lane '{name}'</source>
        <translation>Μετακίνηση λωρίδας '{name}'</translation>
    </message>
    <message>
        <source>Add step '{name}'</source>
        <translation>Προσθήκη βήματος '{name}'</translation>
    </message>
    <message>
        <source>Delete step '{name}'</source>
        <translation>Διαγραφή βήματος '{name}'</translation>
    </message>
    <message>
        <source>Connect '{source}' to '{target}'</source>
        <translation>Σύνδεση '{source}' με '{target}'</translation>
    </message>
    <message>
        <source>Delete flow '{name}'</source>
        <translation>Διαγραφή ροής '{name}'</translation>
    </message>
    <message>
        <source>Add {kind}</source>
        <extracomment>Room kept between a step and the right end of its lane.</extracomment>
        <translation>Προσθήκη: {kind}</translation>
    </message>
    <message>
        <source>Move bend point of '{name}'</source>
        <translation>Μετακίνηση σημείου κάμψης της '{name}'</translation>
    </message>
    <message>
        <source>Rename step '{old}' to '{new}'</source>
        <translation>Μετονομασία βήματος '{old}' σε '{new}'</translation>
    </message>
    <message>
        <source>Rename flow '{old}' to '{new}'</source>
        <translation>Μετονομασία ροής '{old}' σε '{new}'</translation>
    </message>
    <message>
        <source>Rename lane '{old}' to '{new}'</source>
        <translation>Μετονομασία λωρίδας '{old}' σε '{new}'</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>δεν έχει οριστεί</translation>
    </message>
    <message>
        <source>Set {field} of '{name}' to {value}</source>
        <translation>Ορισμός {field} του '{name}' σε {value}</translation>
    </message>
    <message>
        <source>Widen lanes</source>
        <translation>Διεύρυνση λωρίδων</translation>
    </message>
    <message>
        <source>Change '{name}' to {kind}</source>
        <translation>Αλλαγή του '{name}' σε {kind}</translation>
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
        <source>Mark '{name}' as customer lane</source>
        <translation>Σήμανση του '{name}' ως λωρίδα πελάτη</translation>
    </message>
    <message>
        <source>Set role of '{name}' to {role}</source>
        <translation>Ορισμός ρόλου του '{name}' σε {role}</translation>
    </message>
    <message>
        <source>Resize lane '{name}'</source>
        <translation>Αλλαγή μεγέθους λωρίδας '{name}'</translation>
    </message>
    <message>
        <source>Resize pool '{name}'</source>
        <translation>Αλλαγή μεγέθους δεξαμενής '{name}'</translation>
    </message>
    <message>
        <source>Restack lanes</source>
        <translation>Αναδιάταξη λωρίδων</translation>
    </message>
    <message>
        <source>Move step '{name}'</source>
        <translation>Μετακίνηση βήματος '{name}'</translation>
    </message>
    <message>
        <source>Move %n steps</source>
        <translation>Μετακίνηση βημάτων: %n</translation>
    </message>
    <message>
        <source>Paste step '{name}'</source>
        <translation>Επικόλληση βήματος '{name}'</translation>
    </message>
    <message>
        <source>Paste %n steps</source>
        <translation>Επικόλληση βημάτων: %n</translation>
    </message>
    <message>
        <source>Duplicate step '{name}'</source>
        <translation>Αντίγραφο βήματος '{name}'</translation>
    </message>
    <message>
        <source>Duplicate %n steps</source>
        <translation>Αντίγραφο βημάτων: %n</translation>
    </message>
    <message>
        <source>Repair text encoding of name '{name}'</source>
        <translation>Επιδιόρθωση κωδικοποίησης του ονόματος '{name}'</translation>
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
        <source>Cut step '{name}'</source>
        <translation>Αποκοπή βήματος '{name}'</translation>
    </message>
    <message>
        <source>Cut flow '{name}'</source>
        <translation>Αποκοπή ροής '{name}'</translation>
    </message>
    <message>
        <source>Cut lane '{name}'</source>
        <translation>Αποκοπή λωρίδας '{name}'</translation>
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
</TS>