"""Editor layer: the analysis report's words — names, titles, legends, headlines — in the user's language.

The analysis core writes its display table (``analysis.report.display``), its headline
sentences and its coverage words in English and imports no Qt. The editor lists each of
those English texts once below so Qt's lupdate collects them for translation (a test keeps
the lists in step with the core), and looks them up here when the results dock or the
What If dialog shows them. A key the display table does not name stays as the core makes
it readable; element names are the modeller's and are never translated.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from customer_modeler.analysis.report import display
from customer_modeler.editor.core_texts import choice_text

#: Every KPI and column name of the display table, and a variant's own names.
FIELD_LABELS: Final = (
    QT_TRANSLATE_NOOP("AnalysisLabel", "Customer time"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Lead time"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Lead time of a successful journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Lead time (MC)"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Expected work of a successful journey (duration + wait done)"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Elapsed time of a successful journey (MC)"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Touchpoints"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Contacts"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Inbound contacts"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Handoffs"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Internal handoffs"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Handoffs across the line of interaction"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Switches across the line of visibility"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Departments facing the customer"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Departments met"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Transfers"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Channel switches"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Repeated data provisions"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Effort index (modelled)"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Cost to serve"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Expected failures"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Chance of at least one failure"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Chance of at least one failure (MC)"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Wait beyond tolerance"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Margin"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Control-flow complexity"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Chance of each outcome"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Chance of success"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Chance of a return"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Chance of abandoning"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Chance of failure as the outcome"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Peak–end emotion (design)"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Peak–end emotion (MC)"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Chance of a failure at a moment of truth"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Chance of meeting a wait point"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Average expected emotion"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Failure-demand ratio"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "First time right"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Handoffs, company as one"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Internal handoffs, company as one"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Handoffs across the line of interaction, company as one"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Transfers, company as one"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Switches across the line of visibility, company as one"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Departments facing the customer, company as one"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Departments met, company as one"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Effort index, company as one"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Consolidation candidates"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "C1 transfers per journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "C2 phases with several departments"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "C3 repeated data provisions"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "C4 loops"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "C4 extra visits in loops"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "C5 non-value-adding customer time"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "C5 non-value-adding cost"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "C5 non-value-adding share of customer time"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "C6 back-office merges"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "C7 control-flow complexity"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "C7 decisions the customer makes"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Candidates with nothing to address"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Addressable customer time, each step once"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Fail points"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Wait points"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Pain points"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Systems"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "System uses per journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Journeys starting per minute"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Resource pools"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Overloaded resource pools"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Added"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Removed"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Changed"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Changes the customer sees"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Back-stage changes"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Steps paired by key"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Avoidable contacts"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Failure-demand cost per journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Customer time lost to failure demand"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Contacts without a reason"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Journeys per year"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Failure-demand contacts per year"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Failure-demand cost per year"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Conversion"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Branches tested"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Web loops (pogo-sticking)"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Step-matching similarity"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Graph edit distance"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Similarity by graph edit distance"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Matched steps"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Steps only we have"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Steps only they have"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Net change per year"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Net change per account and year"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Chance of a net benefit"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Net change per year, pessimistic (5th percentile)"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Net change per year, optimistic (95th percentile)"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Account executives"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Change in contribution per journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Break-even margin per kept order"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Break-even accounts per account executive"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Churn reduction needed to break even"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Account-executive time per journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Hours per account executive and year"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Account-executive utilisation"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Measures better for the customer"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Measures worse for the customer"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Contribution per journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Contribution per year"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Fixed cost per year"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Margin per journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Net per year"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Chance of keeping the order"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Retention value per year"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Variable cost per journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Variable cost per year"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Margin per kept order"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Accounts per account executive"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Churn reduction"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Cost of an account executive per year"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Journeys per account and year"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Mean"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "10th percentile"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Median"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "90th percentile"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "95th percentile"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Standard deviation"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Variance"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Step"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Element"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Steps"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Steps the customer sees"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Used at"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Customer notices at"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "From step"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "To step"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Caused by"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Contacts it causes"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Decision"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Branch to"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Other branch"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Cycle"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Current element"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Changed element"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Lane"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "From lane"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "To lane"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Owner lane"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Department"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "System"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Name"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Kind"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Rank"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Rule"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Evidence"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Advice"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Visits per journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Effort"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Share of customer time"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Share of cost"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Share of effort"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Departments shown"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Company as one"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Difference"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Measure"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Transfers per journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Phase"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Item"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Provisions per journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Chance of being asked"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Flagged"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Loop"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Extra visits"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "On the web only"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Steps in the cycle"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Customer sees it"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Failure probability"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Failures per journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Failures per 1,000 journeys"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "S"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "O"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "D"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "RPN"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "EI"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Moment of truth"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Steps until noticed"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Recovery modelled"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Unrated scores"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Rank by EI"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Rank by RPN"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Band"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Wait"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Tolerance"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Wait beyond tolerance per visit"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Wait beyond tolerance per journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Chance of meeting it"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Chance of waiting beyond tolerance"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Emotion"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Emotion on failure"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Expected emotion"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Pain point"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Felt emotion, 10th percentile (MC)"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Felt emotion, 90th percentile (MC)"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Position"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Fail point"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Wait point"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Failure probability per use"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Uses per journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Uses the customer sees"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Chance of the journey using it"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Reason"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Share"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Cumulative share"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Avoidable"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Customer starts it"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Contacts per year"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Cost per year"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Channel"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Change per unit of probability"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Change per percentage point"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Change per percentage point and year"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Check by finite difference"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Near a loop that never ends"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Refused"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "End"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Leave per journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Ours"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Theirs"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Current"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "What-if"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Change"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Change in %"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Visits before"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Visits after"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Better"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Higher is better"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Steps with the attribute set"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Activity key"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Match weight"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Change in customer time"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Change in effort"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Change in failure probability"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Change in emotion"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "For the customer"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Value"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Status"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Note"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Side"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Unit"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Parameter"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Now"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Break-even value"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Low"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "High"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Net change per year at low"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Net change per year at high"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Swing"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Minutes per journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Hours per year"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Hours per executive"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Capacity per executive"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Utilisation"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Verdict or change"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Attribute"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Contacts now"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Contacts in the what-if"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Visits now"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Visits after the change"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "The customer sees it"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Before"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "After"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Code"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Message"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Servers"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Queue wait"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Stable"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Arrivals per minute"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Resource pool"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Steps only in the current journey"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Steps only in the what-if"),
)
#: The tables' and the analyses' titles and the words of codes (those not already a name above).
TITLES: Final = (
    QT_TRANSLATE_NOOP("AnalysisLabel", "Key figures"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Visits"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Issues"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Departments or company"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Candidates"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "C1 transfers"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Phases"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "C3 repeated data"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "C4 cycles"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "C5 non-value-adding"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "C6 merges"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Where failures surface"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Emotion curve"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "System footprint"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Scorecard"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Change list"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Changes in short"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Touchpoints before and after"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Contacts by reason"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Root causes"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Sensitivities"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "What-if steps"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Where journeys leave"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Web loops"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Ours only"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Theirs only"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Similarity"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Economics"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Break-even"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Tornado"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Workload"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Customer verdict"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Lanes the customer meets"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "In short"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Where to streamline"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Fail points and poor experience"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Compare with a competitor"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Systems seen from the customer's side"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "What a system change does"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "What-if: compare with a variant"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "What drives repeat contacts"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "IVR"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "None (no channel)"),
)
#: The words of the sides: ours/theirs for a competitor, current/what-if for a variant.
SIDE_WORDS: Final = (
    QT_TRANSLATE_NOOP("AnalysisSide", "ours"),
    QT_TRANSLATE_NOOP("AnalysisSide", "theirs"),
    QT_TRANSLATE_NOOP("AnalysisSide", "current"),
    QT_TRANSLATE_NOOP("AnalysisSide", "what-if"),
)
#: The streamlining rules C1–C7 in words.
RULE_WORDS: Final = (
    QT_TRANSLATE_NOOP("AnalysisRule", "transfer chain"),
    QT_TRANSLATE_NOOP("AnalysisRule", "several departments in one phase"),
    QT_TRANSLATE_NOOP("AnalysisRule", "repeated data capture"),
    QT_TRANSLATE_NOOP("AnalysisRule", "loop or rework"),
    QT_TRANSLATE_NOOP("AnalysisRule", "non-value-adding steps"),
    QT_TRANSLATE_NOOP("AnalysisRule", "back-office merge"),
    QT_TRANSLATE_NOOP("AnalysisRule", "complexity"),
)
#: What each abbreviation of a header or cell means.
LEGENDS: Final = (
    QT_TRANSLATE_NOOP("AnalysisLegend", "severity of the failure for the customer, 1 (none) to 10 (hazardous)"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "occurrence: how often it fails, 1 (below 0.1 in 1,000 journeys) to 10 (100 or more)"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "detection: 1 = the failure is caught before the customer notices, 10 = never"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "risk priority number S × O × D, 1 to 1,000"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "expected impact: failures per journey × severity (ranks the fail points)"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "Transfer chain"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "Several departments in one phase"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "Repeated data capture"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "Loop or rework"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "Non-value-adding steps"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "Back-office merge"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "Complexity"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "value-adding"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "business-value-adding"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "non-value-adding"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "Monte Carlo estimate (simulated journeys)"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "failure-demand ratio: avoidable inbound contacts / all inbound contacts"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "graph edit distance between the two journeys"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "account executive"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "automated answering system (interactive voice response)"),
    QT_TRANSLATE_NOOP("AnalysisLegend", "expected failures per journey"),
)
#: Each sentence a result opens with, by the core's code; the {name} placeholders stay as they are.
HEADLINES: Final[dict[str, str]] = {
    "scorecard.time": QT_TRANSLATE_NOOP("Headline", "A customer spends about {time_min} of their own time per journey (touchpoints: {touchpoints_n}, contacts with us: {contacts_n})."),
    "scorecard.time_unknown": QT_TRANSLATE_NOOP("Headline", "A customer's time per journey is not known (no step has a duration); touchpoints: {touchpoints_n}, contacts with us: {contacts_n}."),
    "scorecard.failure": QT_TRANSLATE_NOOP("Headline", "{failure_pct} of journeys meet at least one failure; {success_pct} end in success."),
    "streamline.none": QT_TRANSLATE_NOOP("Headline", "No consolidation candidate addresses any customer time."),
    "streamline.total": QT_TRANSLATE_NOOP("Headline", "Together the candidates ({count_n}) address about {total_min} of the customer's {journey_min} per journey (each step counted once)."),
    "streamline.total_year": QT_TRANSLATE_NOOP("Headline", "Together the candidates ({count_n}) address about {total_min} of the customer's {journey_min} per journey (each step counted once), {total_h} a year."),
    "streamline.C1": QT_TRANSLATE_NOOP("Headline", "Routing right first time from {first} to {second} saves about {minutes_min} per customer{per_year}."),
    "streamline.C2": QT_TRANSLATE_NOOP("Headline", "One point of contact for the {phase} phase ({departments}) addresses about {minutes_min} per customer{per_year}."),
    "streamline.C3": QT_TRANSLATE_NOOP("Headline", "Asking for '{item}' once instead of at {steps_n} steps addresses about {minutes_min} per customer{per_year}."),
    "streamline.C4": QT_TRANSLATE_NOOP("Headline", "Removing the cause of the rework loop through {first} addresses about {minutes_min} per customer{per_year}."),
    "streamline.C5": QT_TRANSLATE_NOOP("Headline", "Removing or automating the non-value-adding steps ({steps_n}) saves about {minutes_min} per customer{per_year} ({share_pct} of customer time)."),
    "per_year": QT_TRANSLATE_NOOP("Headline", ", {hours_h} a year"),
    "fail_points.top": QT_TRANSLATE_NOOP("Headline", "The riskiest point is {element}: {per_1000_n} in 1,000 journeys fail there{surfaces}."),
    "fail_points.risk": QT_TRANSLATE_NOOP("Headline", "{failure_pct} of journeys meet at least one failure; steps that are pain points: {pain_n}."),
    "fail_points.none": QT_TRANSLATE_NOOP("Headline", "No step or branch can fail in this model."),
    "surfaces": QT_TRANSLATE_NOOP("Headline", ", and the customer notices at {where}"),
    "systems.top": QT_TRANSLATE_NOOP("Headline", "'{system}' fails the customer most: {per_1000_n} per 1,000 journeys; steps that use it: {users_n}."),
    "systems.none": QT_TRANSLATE_NOOP("Headline", "No system is used by the steps of this journey."),
    "failure_demand.ratio": QT_TRANSLATE_NOOP("Headline", "{fdr_pct} of the contacts customers start are failure demand, there only because we did not communicate well enough."),
    "failure_demand.top": QT_TRANSLATE_NOOP("Headline", "The largest reason is '{reason}': {share_pct} of contacts, {cost_money} per journey{annual}."),
    "failure_demand.none": QT_TRANSLATE_NOOP("Headline", "No contact in this journey has a reason, so failure demand cannot be told apart."),
    "annual": QT_TRANSLATE_NOOP("Headline", ", {annual_money} a year"),
    "compare.time": QT_TRANSLATE_NOOP("Headline", "The competitor takes {delta_min} {direction} of the customer's time than we do ({theirs_min} against our {ours_min} per journey)."),
    "compare.measures": QT_TRANSLATE_NOOP("Headline", "They do better on {theirs_n} of {count_n} measures, we on {ours_n}."),
    "what_if.net": QT_TRANSLATE_NOOP("Headline", "The what-if {direction} {net_money} a year ({benefit_pct} chance of a net benefit)."),
    "what_if.customer": QT_TRANSLATE_NOOP("Headline", "For the customer, measures that get better: {better_n}, worse: {worse_n}; customer time {direction} by {delta_min}."),
    "changes.summary": QT_TRANSLATE_NOOP("Headline", "Elements that change: {count_n} ({visible_n} the customer sees, {backstage_n} back-stage); flows re-wired: {rewired_n}."),
    "changes.touchpoint": QT_TRANSLATE_NOOP("Headline", "How often customers meet '{name}' per journey: {before_n} → {after_n}."),
}
#: The core's coverage words ({} the counts) -> the same words with Qt's %1 and %2.
COVERAGE: Final[dict[str, str]] = {
    "durations set on steps that take the customer's time: {} of {}": QT_TRANSLATE_NOOP("Coverage", "durations set on steps that take the customer's time: %1 of %2"),
    "durations set on steps: {} of {}": QT_TRANSLATE_NOOP("Coverage", "durations set on steps: %1 of %2"),
    "costs set on steps: {} of {}": QT_TRANSLATE_NOOP("Coverage", "costs set on steps: %1 of %2"),
    "failure probabilities set on steps: {} of {}": QT_TRANSLATE_NOOP("Coverage", "failure probabilities set on steps: %1 of %2"),
    "failure probabilities set on steps: {} of {} (and failure flows)": QT_TRANSLATE_NOOP("Coverage", "failure probabilities set on steps: %1 of %2 (and failure flows)"),
    "tolerances set on steps: {} of {}": QT_TRANSLATE_NOOP("Coverage", "tolerances set on steps: %1 of %2"),
    "margins set on ends: {} of {}": QT_TRANSLATE_NOOP("Coverage", "margins set on ends: %1 of %2"),
    "emotions set on steps the customer sees: {} of {}": QT_TRANSLATE_NOOP("Coverage", "emotions set on steps the customer sees: %1 of %2"),
    "no customer lane or pool: the customer's side is n/a": QT_TRANSLATE_NOOP("Coverage", "no customer lane or pool: the customer's side is n/a"),
}
#: How a name is put together with a side, a unit or a count of inputs.
PATTERNS: Final = (
    QT_TRANSLATE_NOOP("AnalysisLabel", "%1, %2"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "Attribute set, %1"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "%1: how far its inputs are set"),
    QT_TRANSLATE_NOOP("AnalysisLabel", "%1 (%2)"),
    QT_TRANSLATE_NOOP("AnalysisRule", "%1 %2"),
)
#: The words a headline puts in its {direction}.
DIRECTIONS: Final = (
    QT_TRANSLATE_NOOP("Headline", "more"), QT_TRANSLATE_NOOP("Headline", "less"),
    QT_TRANSLATE_NOOP("Headline", "earns"), QT_TRANSLATE_NOOP("Headline", "costs"),
    QT_TRANSLATE_NOOP("Headline", "rises"), QT_TRANSLATE_NOOP("Headline", "falls"),
)
#: Headline parameters that hold a whole sentence part rendered by the core (", 12 h a year").
FRAGMENTS: Final = ("per_year", "surfaces", "annual")


def fill(pattern: str, *parts: str) -> str:
    """Qt's ``%1``, ``%2`` of a translated pattern replaced by ``parts``."""
    for number in range(len(parts), 0, -1):  # %2 before %1, so '%1' never eats '%10'
        pattern = pattern.replace(f"%{number}", parts[number - 1])
    return pattern


def label_words(text: str) -> str:
    """A name of the display table (a KPI, column, table or analysis) in the user's language."""
    return QCoreApplication.translate("AnalysisLabel", text)


def side_words(text: str) -> str:
    """'ours', 'theirs', 'current' or 'what-if' in the user's language."""
    return QCoreApplication.translate("AnalysisSide", text)


def legend_words(text: str) -> str:
    """What an abbreviation means, in the user's language."""
    return QCoreApplication.translate("AnalysisLegend", text)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def analysis_label(key: str, sides: str = "competitor") -> str:
    """The display name of a report key in the user's language, put together as
    :func:`~customer_modeler.analysis.report.display.label` does ("Contacts, ours")."""
    fields, side_table = display.FIELDS, display.SIDES[sides]
    for prefix in display.SIDE_PREFIXES:
        base = key[len(prefix):]
        if key.startswith(prefix) and base in fields and key not in fields:
            side = prefix[:-1]
            name = label_words(fields[base].label)
            if side != "coverage":
                return fill(label_words("%1, %2"), name, side_words(side_table[side]))
            if base in side_table:
                return fill(label_words("Attribute set, %1"), side_words(side_table[base]))
            return fill(label_words("%1: how far its inputs are set"), name)
    if sides == "variant" and key in display.VARIANT_LABELS:
        return label_words(display.VARIANT_LABELS[key])
    found = display.field(key)
    if found is None:
        return display.readable(key)
    if found.kind == "side":
        words = side_table.get(key)
        return capitalised(side_words(words)) if words else label_words(found.label)
    return label_words(found.label)


def with_unit(name: str, unit: str) -> str:
    """A header with its unit: 'Customer time (h)'."""
    return fill(label_words("%1 (%2)"), name, unit) if unit else name


def table_title(name: str) -> str:
    """A table's title ('repeated_data' -> 'C3 repeated data'), translated."""
    known = display.TABLE_LABELS.get(name)
    return label_words(known) if known else display.readable(name)


def menu_title(key: str, fallback: str = "") -> str:
    """An analysis' title as the Analysis menu names it, translated."""
    known = display.MENU_TITLES.get(key)
    return label_words(known) if known else fallback


def rule_text(code: str) -> str:
    """'C3' -> 'C3 repeated data capture' in the user's language."""
    words = display.RULES.get(code)
    if words is None:
        return code
    return fill(QCoreApplication.translate("AnalysisRule", "%1 %2"), code,
                QCoreApplication.translate("AnalysisRule", words))


def code_text(value: str) -> str:
    """A modeller's code (a channel, phase or contact reason) as words; the fixed channel and
    phase choices translated, a code of the modeller's own made readable."""
    if value in display.CODE_WORDS:
        return label_words(display.CODE_WORDS[value])
    shown = choice_text(value)
    if shown != value:
        return capitalised(shown)
    return display.readable(value)


def coverage_text(text: str) -> str:
    """The core's coverage words ('durations set on steps: 6 of 9') translated, counts kept."""
    found = _coverage_match(text)
    if found is None:
        return text
    pattern, counts = found
    return fill(QCoreApplication.translate("Coverage", pattern), *counts)


def coverage_complete(text: str) -> bool:
    """The core's coverage words say the input is set everywhere ('… set on steps: 7 of 7')."""
    found = _coverage_match(text)
    counts = found[1] if found is not None else ()
    return len(counts) == 2 and counts[0] == counts[1]  # words without counts say something else


def _coverage_match(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The translatable pattern of the core's coverage words and their two counts."""
    for words, pattern in COVERAGE.items():
        match = _coverage_pattern(words).fullmatch(text)
        if match is not None:
            return pattern, match.groups()
    return None


def _coverage_pattern(words: str) -> re.Pattern[str]:
    found = _COVERAGE_PATTERNS.get(words)
    if found is None:
        found = re.compile(re.escape(words).replace(r"\{\}", r"(\d+)"))
        _COVERAGE_PATTERNS[words] = found
    return found


_COVERAGE_PATTERNS: dict[str, re.Pattern[str]] = {}

#: Writes one headline parameter (its name says its kind) as the user reads it.
ParamWriter = Callable[[str, object], str]


def headline_text(code: str, params: Mapping[str, object], write: ParamWriter) -> str:
    """A headline sentence in the user's language, its figures written by ``write``.

    A sentence part the core rendered in English (", 12 h a year") is read back by its own
    template and written again; a code the table does not know gives ''.
    """
    template = HEADLINES.get(code)
    if template is None:
        return ""
    written: dict[str, str] = {}
    for name, value in params.items():
        if name in FRAGMENTS and isinstance(value, str):
            written[name] = _fragment(name, value, write)
        elif name == "direction" and isinstance(value, str):
            written[name] = QCoreApplication.translate("Headline", value)
        else:
            written[name] = write(name, value)
    try:
        return QCoreApplication.translate("Headline", template).format(**written)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return template.format(**written)


def _fragment(code: str, text: str, write: ParamWriter) -> str:
    """A part the core rendered from template ``code``, rendered again with ``write``."""
    if not text:
        return ""
    template = HEADLINES[code]
    names = re.findall(r"\{(\w+)\}", template)
    pattern = re.escape(template)
    for name in names:
        pattern = pattern.replace(re.escape("{" + name + "}"), f"(?P<{name}>.+)")
    match = re.fullmatch(pattern, text)
    if match is None:
        return text
    values = {name: _number_of(match[name]) if name.endswith(("_h", "_min", "_money")) else match[name]
              for name in names}
    return QCoreApplication.translate("Headline", template).format(
        **{name: write(name, value) for name, value in values.items()})


def _number_of(text: str) -> object:
    """The number at the start of the core's English '1,234 h' ('12.50 CU'); else the text."""
    head = text.split(" ")[0].replace(",", "")
    try:
        return float(head)
    except ValueError:
        return text


# -- the badges on the diagram and the streamline evidence ---------------------------------------

#: Each badge the highlights draw, by the core's code. A template without words (a symbol, a
#: number, a name) is not listed for translation; its numbers are still written the locale's way.
BADGES: Final[dict[str, str]] = {
    "none": "",
    "streamline.transfer": "⇄",
    "streamline.transfer_to": "⇄ {step}",
    "streamline.loop": QT_TRANSLATE_NOOP("Badge", "↻ +{visits_n} visits"),
    "streamline.repeat_data": QT_TRANSLATE_NOOP("Badge", "repeat data: {items}"),
    "streamline.nva": QT_TRANSLATE_NOOP("Badge", "NVA"),
    "streamline.time_share": QT_TRANSLATE_NOOP("Badge", "{share_pct} of customer time"),
    "streamline.traversals": "{traversals_n}",
    "streamline.handoff": QT_TRANSLATE_NOOP("Badge", "handoff"),
    "failure_demand.reason": "{reason_code}",
    "failure_demand.root_cause": QT_TRANSLATE_NOOP("Badge", "→ {contacts_n} contacts/journey"),
    "failure_demand.branch": QT_TRANSLATE_NOOP("Badge", "{traversals_n}/journey"),
    "fail_points.fail": "F",
    "fail_points.surfaces_at": "→ {steps}",
    "fail_points.wait": "W",
    "fail_points.moment_of_truth": "★",
    "compare.ours_only": QT_TRANSLATE_NOOP("Badge", "only ours"),
    "compare.theirs_only": QT_TRANSLATE_NOOP("Badge", "idea"),
    "compare.worse": QT_TRANSLATE_NOOP("Badge", "▼ vs {theirs}"),
    "compare.better": QT_TRANSLATE_NOOP("Badge", "▲ vs {theirs}"),
    "what_if.added": QT_TRANSLATE_NOOP("Badge", "new"),
    "what_if.removed": QT_TRANSLATE_NOOP("Badge", "removed"),
    "what_if.changed": QT_TRANSLATE_NOOP("Badge", "changed: {changed_attributes}"),
    "what_if.lane_contacts": QT_TRANSLATE_NOOP("Badge", "{contacts_n} contacts"),
    "systems.added": "+",
    "systems.removed": "−",
    "systems.changed": "Δ",
    "queues.load": "ρ {load_n}",
    "queues.unstable": QT_TRANSLATE_NOOP("Badge", "unstable"),
}
#: A step a change analysis removed, drawn as a ghost where it was.
GHOST_BADGE: Final = QT_TRANSLATE_NOOP("Badge", "removed: {name}")
#: The evidence of each streamlining candidate, by the core's code. A part without words (a
#: lane's name and a number) is not listed for translation; its number is still the locale's.
EVIDENCE: Final[dict[str, str]] = {
    "C1": QT_TRANSLATE_NOOP("Evidence", "{from_step} ({from_lane}) passes the customer to {to_step} ({to_lane}); transfers per journey: {transitions_n}"),
    "C2": QT_TRANSLATE_NOOP("Evidence", "{departments_n} departments in the {phase} phase; contacts per journey: {department_parts}"),
    "C2.part": "{department_lane} {contacts_n}",
    "C3": QT_TRANSLATE_NOOP("Evidence", "repeat provisions of '{item}' per journey: {provisions_n}"),
    "C4": QT_TRANSLATE_NOOP("Evidence", "steps in the loop: {steps_n}; extra visits per journey: {visits_n}"),
    "C4.avoidable": QT_TRANSLATE_NOOP("Evidence", "steps in the loop: {steps_n}; extra visits per journey: {visits_n}; avoidable contacts: {contacts} (see failure demand)"),
    "C5": QT_TRANSLATE_NOOP("Evidence", "non-value-adding steps: {steps_n}; customer minutes: {minutes_n}"),
    "C5.share": QT_TRANSLATE_NOOP("Evidence", "non-value-adding steps: {steps_n}; customer minutes: {minutes_n} ({share_pct} of customer time)"),
}
NO_LANE: Final = QT_TRANSLATE_NOOP("Evidence", "no lane")


def locale_digits(text: str) -> str:
    """A number written the English way ('1,234.5', '19%') with the locale's separators."""
    locale = QLocale()
    group, point = locale.groupSeparator(), locale.decimalPoint()
    if (group, point) == (",", "."):
        return text
    return text.translate({ord(","): group, ord("."): point})


def badge_text(highlight: Mapping[str, object]) -> str:
    """A highlight's badge in the user's language; the core's English badge for a code this
    table does not know (or a translation that lost a placeholder)."""
    english = str(highlight.get("badge") or "")
    code, params = highlight.get("badge_code"), highlight.get("badge_params")
    template = BADGES.get(str(code))
    if template is None or not isinstance(params, Mapping):
        return english
    return _filled("Badge", template, {name: _badge_param(name, value)
                                       for name, value in params.items()}) or english


def evidence_text(row: Mapping[str, object]) -> str:
    """A streamline candidate's evidence in the user's language (else the core's English)."""
    english = str(row.get("evidence") or "")
    code, params = row.get("evidence_code"), row.get("evidence_params")
    if str(code) not in EVIDENCE or not isinstance(params, Mapping):
        return english
    return _evidence(str(code), params) or english


def _filled(context: str, template: str, written: Mapping[str, str]) -> str:
    translated = QCoreApplication.translate(context, template) if template else template
    for pattern in (translated, template):
        try:
            return pattern.format(**written)
        except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
            continue
    return ""


def _badge_param(name: str, value: object) -> str:
    if name.endswith("_code"):
        return code_text(str(value))
    if name.endswith("_attributes") and isinstance(value, (list, tuple)):
        return ", ".join(_attribute_words(str(a)) for a in value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if name.endswith("_pct"):
        return locale_digits(f"{float(value):.0%}")
    if name.endswith("_n"):
        return locale_digits(f"{float(value):.2f}")
    return str(value)


def _attribute_words(attribute: str) -> str:
    """A changed attribute's translated name, lower-cased unless an abbreviation leads."""
    words = QCoreApplication.translate("Attribute", display.attribute_label(attribute))
    return words if words[1:2].isupper() else words[:1].lower() + words[1:]


def _evidence(code: str, params: Mapping[str, object]) -> str:
    return _filled("Evidence", EVIDENCE[code], {name: _evidence_param(name, value)
                                                for name, value in params.items()})


def _evidence_param(name: str, value: object) -> str:
    if name.endswith("_lane"):
        return str(value) or QCoreApplication.translate("Evidence", NO_LANE)
    if name.endswith("_parts") and isinstance(value, (list, tuple)):
        return ", ".join(_evidence("C2.part", part) for part in value if isinstance(part, Mapping))
    if name == "phase":
        return choice_text(str(value))
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if name.endswith("_pct"):
        return locale_digits(f"{float(value):.1%}")
    if name.endswith("_n"):
        return locale_digits(f"{value:.4g}")
    return str(value)
