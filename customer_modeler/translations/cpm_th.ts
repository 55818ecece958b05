<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>AnalysisJobs</name>
    <message>
        <source>Untitled</source>
        <extracomment>Columns that may hold element ids of the diagram, most telling first.</extracomment>
        <translation>ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>Cannot open {name}: {reason}</source>
        <extracomment>Highlights that belong to the other model&apos;s diagram (not drawn here). A sentence for the dock: why there is nothing, or what to know. Set when the analysis could not run (refused file, exception): shown in red. Per table, the columns whose values are ids on this diagram (else :data:`ID_COLUMNS`). Tables, or rows with ``side`` equal to this, that name the other model&apos;s elements. The sentences the results open with (see ``analysis.report.headlines``), in English, and as the core&apos;s data (code and parameters) for the dock to write in the user&apos;s words. {id: name} of the elements the tables name, the model&apos;s currency, and the words of the sides (&quot;competitor&quot;: ours/theirs, &quot;variant&quot;: current/what-if).</extracomment>
        <translation>เปิด {name} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>{name} → current edits</source>
        <translation>{name} → การแก้ไขปัจจุบัน</translation>
    </message>
    <message>
        <source>No changes: both models are the same.</source>
        <translation>ไม่มีการเปลี่ยนแปลง: ทั้งสองโมเดลเหมือนกัน</translation>
    </message>
    <message>
        <source>{ours} versus {theirs}</source>
        <translation>{ours} เทียบกับ {theirs}</translation>
    </message>
    <message>
        <source>{variant} (what-if of {baseline})</source>
        <translation>{variant} (What-if ของ {baseline})</translation>
    </message>
    <message>
        <source>This model is the variant; the chosen file is its baseline.</source>
        <translation>โมเดลนี้เป็นทางเลือก ส่วนไฟล์ที่เลือกเป็นกรณีฐาน</translation>
    </message>
    <message>
        <source>{name} does not say it is a variant of this model; steps are paired by id, else by key.</source>
        <translation>{name} ไม่ได้ระบุว่าเป็นทางเลือกของโมเดลนี้ จึงจับคู่ขั้นตอนตาม id หรือตามคีย์หากไม่มี id</translation>
    </message>
    <message>
        <source>The chosen file</source>
        <translation>ไฟล์ที่เลือก</translation>
    </message>
</context>
<context>
    <name>AnalysisLabel</name>
    <message>
        <source>Customer time</source>
        <extracomment>Every KPI and column name of the display table, and a variant&apos;s own names.</extracomment>
        <translation>เวลาของลูกค้า</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>ลีดไทม์</translation>
    </message>
    <message>
        <source>Lead time of a successful journey</source>
        <translation>ลีดไทม์ของเส้นทางที่สำเร็จ</translation>
    </message>
    <message>
        <source>Lead time (MC)</source>
        <translation>ลีดไทม์ (MC)</translation>
    </message>
    <message>
        <source>Expected work of a successful journey (duration + wait done)</source>
        <translation>งานที่คาดหมายของเส้นทางที่สำเร็จ (ระยะเวลา + เวลารอที่เกิดขึ้น)</translation>
    </message>
    <message>
        <source>Elapsed time of a successful journey (MC)</source>
        <translation>เวลาที่ใช้จริงของเส้นทางที่สำเร็จ (MC)</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>ทัชพอยต์</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>การติดต่อ</translation>
    </message>
    <message>
        <source>Inbound contacts</source>
        <translation>การติดต่อขาเข้า</translation>
    </message>
    <message>
        <source>Handoffs</source>
        <translation>การส่งต่องาน</translation>
    </message>
    <message>
        <source>Internal handoffs</source>
        <translation>การส่งต่องานภายใน</translation>
    </message>
    <message>
        <source>Handoffs across the line of interaction</source>
        <translation>การส่งต่องานข้ามเส้นปฏิสัมพันธ์</translation>
    </message>
    <message>
        <source>Switches across the line of visibility</source>
        <translation>การข้ามเส้นการมองเห็น</translation>
    </message>
    <message>
        <source>Departments facing the customer</source>
        <translation>แผนกที่ติดต่อกับลูกค้า</translation>
    </message>
    <message>
        <source>Departments met</source>
        <translation>แผนกที่ลูกค้าพบ</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>การส่งต่อลูกค้า</translation>
    </message>
    <message>
        <source>Channel switches</source>
        <translation>การเปลี่ยนช่องทาง</translation>
    </message>
    <message>
        <source>Repeated data provisions</source>
        <translation>การให้ข้อมูลซ้ำ</translation>
    </message>
    <message>
        <source>Effort index (modelled)</source>
        <translation>ดัชนีความพยายาม (จากแบบจำลอง)</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>ต้นทุนการให้บริการ</translation>
    </message>
    <message>
        <source>Expected failures</source>
        <translation>ความล้มเหลวที่คาดหมาย</translation>
    </message>
    <message>
        <source>Chance of at least one failure</source>
        <translation>โอกาสล้มเหลวอย่างน้อยหนึ่งครั้ง</translation>
    </message>
    <message>
        <source>Chance of at least one failure (MC)</source>
        <translation>โอกาสล้มเหลวอย่างน้อยหนึ่งครั้ง (MC)</translation>
    </message>
    <message>
        <source>Wait beyond tolerance</source>
        <translation>เวลารอที่เกินความอดทนรอ</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>กำไรส่วนเกิน</translation>
    </message>
    <message>
        <source>Control-flow complexity</source>
        <translation>ความซับซ้อนของโฟลว์ควบคุม</translation>
    </message>
    <message>
        <source>Chance of each outcome</source>
        <translation>โอกาสของแต่ละผลลัพธ์</translation>
    </message>
    <message>
        <source>Chance of success</source>
        <translation>โอกาสสำเร็จ</translation>
    </message>
    <message>
        <source>Chance of a return</source>
        <translation>โอกาสคืนสินค้า</translation>
    </message>
    <message>
        <source>Chance of abandoning</source>
        <translation>โอกาสละทิ้ง</translation>
    </message>
    <message>
        <source>Chance of failure as the outcome</source>
        <translation>โอกาสที่ผลลัพธ์เป็นความล้มเหลว</translation>
    </message>
    <message>
        <source>Peak–end emotion (design)</source>
        <translation>อารมณ์จุดสูงสุด–ตอนจบ (ตามการออกแบบ)</translation>
    </message>
    <message>
        <source>Peak–end emotion (MC)</source>
        <translation>อารมณ์จุดสูงสุด–ตอนจบ (MC)</translation>
    </message>
    <message>
        <source>Chance of a failure at a moment of truth</source>
        <translation>โอกาสล้มเหลว ณ ช่วงเวลาแห่งความจริง</translation>
    </message>
    <message>
        <source>Chance of meeting a wait point</source>
        <translation>โอกาสที่จะเจอจุดรอ</translation>
    </message>
    <message>
        <source>Average expected emotion</source>
        <translation>อารมณ์ที่คาดหมายโดยเฉลี่ย</translation>
    </message>
    <message>
        <source>Failure-demand ratio</source>
        <translation>อัตราส่วนความต้องการจากความล้มเหลว</translation>
    </message>
    <message>
        <source>First time right</source>
        <translation>ถูกต้องตั้งแต่ครั้งแรก</translation>
    </message>
    <message>
        <source>Handoffs, company as one</source>
        <translation>การส่งต่องาน (บริษัทเป็นหน่วยเดียว)</translation>
    </message>
    <message>
        <source>Internal handoffs, company as one</source>
        <translation>การส่งต่องานภายใน (บริษัทเป็นหน่วยเดียว)</translation>
    </message>
    <message>
        <source>Handoffs across the line of interaction, company as one</source>
        <translation>การส่งต่องานข้ามเส้นปฏิสัมพันธ์ (บริษัทเป็นหน่วยเดียว)</translation>
    </message>
    <message>
        <source>Transfers, company as one</source>
        <translation>การส่งต่อลูกค้า (บริษัทเป็นหน่วยเดียว)</translation>
    </message>
    <message>
        <source>Switches across the line of visibility, company as one</source>
        <translation>การข้ามเส้นการมองเห็น (บริษัทเป็นหน่วยเดียว)</translation>
    </message>
    <message>
        <source>Departments facing the customer, company as one</source>
        <translation>แผนกที่ติดต่อกับลูกค้า (บริษัทเป็นหน่วยเดียว)</translation>
    </message>
    <message>
        <source>Departments met, company as one</source>
        <translation>แผนกที่ลูกค้าพบ (บริษัทเป็นหน่วยเดียว)</translation>
    </message>
    <message>
        <source>Effort index, company as one</source>
        <translation>ดัชนีความพยายาม (บริษัทเป็นหน่วยเดียว)</translation>
    </message>
    <message>
        <source>Consolidation candidates</source>
        <translation>จุดที่อาจรวมได้</translation>
    </message>
    <message>
        <source>C1 transfers per journey</source>
        <translation>C1 การส่งต่อลูกค้าต่อเส้นทาง</translation>
    </message>
    <message>
        <source>C2 phases with several departments</source>
        <translation>C2 ระยะที่มีหลายแผนก</translation>
    </message>
    <message>
        <source>C3 repeated data provisions</source>
        <translation>C3 การให้ข้อมูลซ้ำ</translation>
    </message>
    <message>
        <source>C4 loops</source>
        <translation>C4 ลูป</translation>
    </message>
    <message>
        <source>C4 extra visits in loops</source>
        <translation>C4 การผ่านเพิ่มเติมในลูป</translation>
    </message>
    <message>
        <source>C5 non-value-adding customer time</source>
        <translation>C5 เวลาของลูกค้าที่ไม่เพิ่มคุณค่า</translation>
    </message>
    <message>
        <source>C5 non-value-adding cost</source>
        <translation>C5 ต้นทุนที่ไม่เพิ่มคุณค่า</translation>
    </message>
    <message>
        <source>C5 non-value-adding share of customer time</source>
        <translation>C5 สัดส่วนเวลาของลูกค้าที่ไม่เพิ่มคุณค่า</translation>
    </message>
    <message>
        <source>C6 back-office merges</source>
        <translation>C6 การรวมงานหลังบ้าน</translation>
    </message>
    <message>
        <source>C7 control-flow complexity</source>
        <translation>C7 ความซับซ้อนของโฟลว์ควบคุม</translation>
    </message>
    <message>
        <source>C7 decisions the customer makes</source>
        <translation>C7 การตัดสินใจของลูกค้า</translation>
    </message>
    <message>
        <source>Candidates with nothing to address</source>
        <translation>จุดที่ไม่มีสิ่งต้องปรับปรุง</translation>
    </message>
    <message>
        <source>Addressable customer time, each step once</source>
        <translation>เวลาของลูกค้าที่ปรับปรุงได้ (นับแต่ละขั้นตอนครั้งเดียว)</translation>
    </message>
    <message>
        <source>Fail points</source>
        <translation>จุดล้มเหลว</translation>
    </message>
    <message>
        <source>Wait points</source>
        <translation>จุดรอ</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>จุดเจ็บปวด</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>ระบบ</translation>
    </message>
    <message>
        <source>System uses per journey</source>
        <translation>การใช้ระบบต่อเส้นทาง</translation>
    </message>
    <message>
        <source>Journeys starting per minute</source>
        <translation>เส้นทางที่เริ่มต่อนาที</translation>
    </message>
    <message>
        <source>Resource pools</source>
        <translation>พูลทรัพยากร</translation>
    </message>
    <message>
        <source>Overloaded resource pools</source>
        <translation>พูลทรัพยากรที่รับงานเกิน</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>ที่เพิ่ม</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>ที่ลบออก</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>ที่เปลี่ยน</translation>
    </message>
    <message>
        <source>Changes the customer sees</source>
        <translation>การเปลี่ยนแปลงที่ลูกค้ามองเห็น</translation>
    </message>
    <message>
        <source>Back-stage changes</source>
        <translation>การเปลี่ยนแปลงหลังบ้าน</translation>
    </message>
    <message>
        <source>Steps paired by key</source>
        <translation>ขั้นตอนที่จับคู่ตามคีย์</translation>
    </message>
    <message>
        <source>Avoidable contacts</source>
        <translation>การติดต่อที่หลีกเลี่ยงได้</translation>
    </message>
    <message>
        <source>Failure-demand cost per journey</source>
        <translation>ต้นทุนความต้องการจากความล้มเหลวต่อเส้นทาง</translation>
    </message>
    <message>
        <source>Customer time lost to failure demand</source>
        <translation>เวลาของลูกค้าที่เสียไปกับความต้องการจากความล้มเหลว</translation>
    </message>
    <message>
        <source>Contacts without a reason</source>
        <translation>การติดต่อที่ไม่ได้ระบุเหตุผล</translation>
    </message>
    <message>
        <source>Journeys per year</source>
        <translation>จำนวนเส้นทางต่อปี</translation>
    </message>
    <message>
        <source>Failure-demand contacts per year</source>
        <translation>การติดต่อจากความล้มเหลวต่อปี</translation>
    </message>
    <message>
        <source>Failure-demand cost per year</source>
        <translation>ต้นทุนความต้องการจากความล้มเหลวต่อปี</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>อัตราการแปลง</translation>
    </message>
    <message>
        <source>Branches tested</source>
        <translation>ทางแยกที่ทดสอบ</translation>
    </message>
    <message>
        <source>Web loops (pogo-sticking)</source>
        <translation>การวนกลับไปมาบนเว็บ (โพโกสติก)</translation>
    </message>
    <message>
        <source>Step-matching similarity</source>
        <translation>ความคล้ายจากการจับคู่ขั้นตอน</translation>
    </message>
    <message>
        <source>Graph edit distance</source>
        <translation>ระยะแก้ไขกราฟ</translation>
    </message>
    <message>
        <source>Similarity by graph edit distance</source>
        <translation>ความคล้ายตามระยะแก้ไขกราฟ</translation>
    </message>
    <message>
        <source>Matched steps</source>
        <translation>ขั้นตอนที่จับคู่ได้</translation>
    </message>
    <message>
        <source>Steps only we have</source>
        <translation>ขั้นตอนที่มีเฉพาะของเรา</translation>
    </message>
    <message>
        <source>Steps only they have</source>
        <translation>ขั้นตอนที่มีเฉพาะของคู่แข่ง</translation>
    </message>
    <message>
        <source>Net change per year</source>
        <translation>การเปลี่ยนแปลงสุทธิต่อปี</translation>
    </message>
    <message>
        <source>Net change per account and year</source>
        <translation>การเปลี่ยนแปลงสุทธิต่อบัญชีต่อปี</translation>
    </message>
    <message>
        <source>Chance of a net benefit</source>
        <translation>โอกาสได้ประโยชน์สุทธิ</translation>
    </message>
    <message>
        <source>Net change per year, pessimistic (5th percentile)</source>
        <translation>การเปลี่ยนแปลงสุทธิต่อปี กรณีแย่ (เปอร์เซ็นไทล์ที่ 5)</translation>
    </message>
    <message>
        <source>Net change per year, optimistic (95th percentile)</source>
        <translation>การเปลี่ยนแปลงสุทธิต่อปี กรณีดี (เปอร์เซ็นไทล์ที่ 95)</translation>
    </message>
    <message>
        <source>Account executives</source>
        <translation>ผู้ดูแลบัญชี</translation>
    </message>
    <message>
        <source>Change in contribution per journey</source>
        <translation>การเปลี่ยนแปลงส่วนสนับสนุนกำไรต่อเส้นทาง</translation>
    </message>
    <message>
        <source>Break-even margin per kept order</source>
        <translation>กำไรส่วนเกิน ณ จุดคุ้มทุนต่อคำสั่งซื้อที่รักษาไว้</translation>
    </message>
    <message>
        <source>Break-even accounts per account executive</source>
        <translation>จำนวนบัญชี ณ จุดคุ้มทุนต่อผู้ดูแลบัญชี</translation>
    </message>
    <message>
        <source>Churn reduction needed to break even</source>
        <translation>การลดการสูญเสียลูกค้าที่ต้องการเพื่อให้คุ้มทุน</translation>
    </message>
    <message>
        <source>Account-executive time per journey</source>
        <translation>เวลาของผู้ดูแลบัญชีต่อเส้นทาง</translation>
    </message>
    <message>
        <source>Hours per account executive and year</source>
        <translation>ชั่วโมงต่อผู้ดูแลบัญชีต่อปี</translation>
    </message>
    <message>
        <source>Account-executive utilisation</source>
        <translation>อัตราการใช้เวลาของผู้ดูแลบัญชี</translation>
    </message>
    <message>
        <source>Measures better for the customer</source>
        <translation>ตัวชี้วัดที่ดีขึ้นสำหรับลูกค้า</translation>
    </message>
    <message>
        <source>Measures worse for the customer</source>
        <translation>ตัวชี้วัดที่แย่ลงสำหรับลูกค้า</translation>
    </message>
    <message>
        <source>Contribution per journey</source>
        <translation>ส่วนสนับสนุนกำไรต่อเส้นทาง</translation>
    </message>
    <message>
        <source>Contribution per year</source>
        <translation>ส่วนสนับสนุนกำไรต่อปี</translation>
    </message>
    <message>
        <source>Fixed cost per year</source>
        <translation>ต้นทุนคงที่ต่อปี</translation>
    </message>
    <message>
        <source>Margin per journey</source>
        <translation>กำไรส่วนเกินต่อเส้นทาง</translation>
    </message>
    <message>
        <source>Net per year</source>
        <translation>สุทธิต่อปี</translation>
    </message>
    <message>
        <source>Chance of keeping the order</source>
        <translation>โอกาสรักษาคำสั่งซื้อไว้</translation>
    </message>
    <message>
        <source>Retention value per year</source>
        <translation>มูลค่าการรักษาลูกค้าต่อปี</translation>
    </message>
    <message>
        <source>Variable cost per journey</source>
        <translation>ต้นทุนผันแปรต่อเส้นทาง</translation>
    </message>
    <message>
        <source>Variable cost per year</source>
        <translation>ต้นทุนผันแปรต่อปี</translation>
    </message>
    <message>
        <source>Margin per kept order</source>
        <translation>กำไรส่วนเกินต่อคำสั่งซื้อที่รักษาไว้</translation>
    </message>
    <message>
        <source>Accounts per account executive</source>
        <translation>บัญชีต่อผู้ดูแลบัญชี</translation>
    </message>
    <message>
        <source>Churn reduction</source>
        <translation>การลดการสูญเสียลูกค้า</translation>
    </message>
    <message>
        <source>Cost of an account executive per year</source>
        <translation>ต้นทุนของผู้ดูแลบัญชีหนึ่งคนต่อปี</translation>
    </message>
    <message>
        <source>Journeys per account and year</source>
        <translation>เส้นทางต่อบัญชีต่อปี</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>ค่าเฉลี่ย</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>เปอร์เซ็นไทล์ที่ 10</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>มัธยฐาน</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>เปอร์เซ็นไทล์ที่ 90</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>เปอร์เซ็นไทล์ที่ 95</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>ส่วนเบี่ยงเบนมาตรฐาน</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>ความแปรปรวน</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>องค์ประกอบ</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Steps the customer sees</source>
        <translation>ขั้นตอนที่ลูกค้ามองเห็น</translation>
    </message>
    <message>
        <source>Used at</source>
        <translation>ใช้ที่</translation>
    </message>
    <message>
        <source>Customer notices at</source>
        <translation>ลูกค้าสังเกตเห็นที่</translation>
    </message>
    <message>
        <source>From step</source>
        <translation>จากขั้นตอน</translation>
    </message>
    <message>
        <source>To step</source>
        <translation>ไปยังขั้นตอน</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>เกิดจาก</translation>
    </message>
    <message>
        <source>Contacts it causes</source>
        <translation>การติดต่อที่ก่อให้เกิด</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>การตัดสินใจ</translation>
    </message>
    <message>
        <source>Branch to</source>
        <translation>แยกไปยัง</translation>
    </message>
    <message>
        <source>Other branch</source>
        <translation>ทางแยกอื่น</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>วงรอบ</translation>
    </message>
    <message>
        <source>Current element</source>
        <translation>องค์ประกอบปัจจุบัน</translation>
    </message>
    <message>
        <source>Changed element</source>
        <translation>องค์ประกอบที่เปลี่ยน</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>เลน</translation>
    </message>
    <message>
        <source>From lane</source>
        <translation>จากเลน</translation>
    </message>
    <message>
        <source>To lane</source>
        <translation>ไปยังเลน</translation>
    </message>
    <message>
        <source>Owner lane</source>
        <translation>เลนเจ้าของ</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>แผนก</translation>
    </message>
    <message>
        <source>System</source>
        <translation>ระบบ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>อันดับ</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>กฎ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>คำแนะนำ</translation>
    </message>
    <message>
        <source>Visits per journey</source>
        <translation>จำนวนครั้งที่ผ่านต่อเส้นทาง</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>ความพยายาม</translation>
    </message>
    <message>
        <source>Share of customer time</source>
        <translation>สัดส่วนเวลาของลูกค้า</translation>
    </message>
    <message>
        <source>Share of cost</source>
        <translation>สัดส่วนต้นทุน</translation>
    </message>
    <message>
        <source>Share of effort</source>
        <translation>สัดส่วนความพยายาม</translation>
    </message>
    <message>
        <source>Departments shown</source>
        <translation>แผนกที่แสดง</translation>
    </message>
    <message>
        <source>Company as one</source>
        <translation>บริษัทเป็นหน่วยเดียว</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>ผลต่าง</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Transfers per journey</source>
        <translation>การส่งต่อลูกค้าต่อเส้นทาง</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>ระยะ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>รายการข้อมูล</translation>
    </message>
    <message>
        <source>Provisions per journey</source>
        <translation>การให้ข้อมูลต่อเส้นทาง</translation>
    </message>
    <message>
        <source>Chance of being asked</source>
        <translation>โอกาสที่ถูกขอข้อมูล</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>ถูกทำเครื่องหมาย</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>ลูป</translation>
    </message>
    <message>
        <source>Extra visits</source>
        <translation>การผ่านเพิ่มเติม</translation>
    </message>
    <message>
        <source>On the web only</source>
        <translation>บนเว็บเท่านั้น</translation>
    </message>
    <message>
        <source>Steps in the cycle</source>
        <translation>ขั้นตอนในวงรอบ</translation>
    </message>
    <message>
        <source>Customer sees it</source>
        <translation>ลูกค้ามองเห็น</translation>
    </message>
    <message>
        <source>Failure probability</source>
        <translation>ความน่าจะเป็นที่จะล้มเหลว</translation>
    </message>
    <message>
        <source>Failures per journey</source>
        <translation>ความล้มเหลวต่อเส้นทาง</translation>
    </message>
    <message>
        <source>Failures per 1,000 journeys</source>
        <translation>ความล้มเหลวต่อ 1,000 เส้นทาง</translation>
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
        <translation>ช่วงเวลาแห่งความจริง</translation>
    </message>
    <message>
        <source>Steps until noticed</source>
        <translation>จำนวนขั้นตอนจนกว่าจะสังเกตเห็น</translation>
    </message>
    <message>
        <source>Recovery modelled</source>
        <translation>มีการจำลองการกู้คืน</translation>
    </message>
    <message>
        <source>Unrated scores</source>
        <translation>คะแนนที่ยังไม่ได้ประเมิน</translation>
    </message>
    <message>
        <source>Rank by EI</source>
        <translation>อันดับตาม EI</translation>
    </message>
    <message>
        <source>Rank by RPN</source>
        <translation>อันดับตาม RPN</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>เวลารอ</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>ความอดทนรอ</translation>
    </message>
    <message>
        <source>Wait beyond tolerance per visit</source>
        <translation>เวลารอที่เกินความอดทนรอต่อครั้งที่ผ่าน</translation>
    </message>
    <message>
        <source>Wait beyond tolerance per journey</source>
        <translation>เวลารอที่เกินความอดทนรอต่อเส้นทาง</translation>
    </message>
    <message>
        <source>Chance of meeting it</source>
        <translation>โอกาสที่จะเจอ</translation>
    </message>
    <message>
        <source>Chance of waiting beyond tolerance</source>
        <translation>โอกาสที่ต้องรอเกินความอดทนรอ</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>อารมณ์</translation>
    </message>
    <message>
        <source>Emotion on failure</source>
        <translation>อารมณ์เมื่อล้มเหลว</translation>
    </message>
    <message>
        <source>Expected emotion</source>
        <translation>อารมณ์ที่คาดหมาย</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>จุดเจ็บปวด</translation>
    </message>
    <message>
        <source>Felt emotion, 10th percentile (MC)</source>
        <translation>อารมณ์ที่รู้สึก เปอร์เซ็นไทล์ที่ 10 (MC)</translation>
    </message>
    <message>
        <source>Felt emotion, 90th percentile (MC)</source>
        <translation>อารมณ์ที่รู้สึก เปอร์เซ็นไทล์ที่ 90 (MC)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Fail point</source>
        <translation>จุดล้มเหลว</translation>
    </message>
    <message>
        <source>Wait point</source>
        <translation>จุดรอ</translation>
    </message>
    <message>
        <source>Failure probability per use</source>
        <translation>ความน่าจะเป็นที่จะล้มเหลวต่อการใช้งาน</translation>
    </message>
    <message>
        <source>Uses per journey</source>
        <translation>การใช้งานต่อเส้นทาง</translation>
    </message>
    <message>
        <source>Uses the customer sees</source>
        <translation>การใช้งานที่ลูกค้ามองเห็น</translation>
    </message>
    <message>
        <source>Chance of the journey using it</source>
        <translation>โอกาสที่เส้นทางจะใช้ระบบนี้</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>สัดส่วน</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>สัดส่วนสะสม</translation>
    </message>
    <message>
        <source>Avoidable</source>
        <translation>หลีกเลี่ยงได้</translation>
    </message>
    <message>
        <source>Customer starts it</source>
        <translation>ลูกค้าเป็นผู้เริ่ม</translation>
    </message>
    <message>
        <source>Contacts per year</source>
        <translation>การติดต่อต่อปี</translation>
    </message>
    <message>
        <source>Cost per year</source>
        <translation>ต้นทุนต่อปี</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Change per unit of probability</source>
        <translation>การเปลี่ยนแปลงต่อหน่วยความน่าจะเป็น</translation>
    </message>
    <message>
        <source>Change per percentage point</source>
        <translation>การเปลี่ยนแปลงต่อจุดเปอร์เซ็นต์</translation>
    </message>
    <message>
        <source>Change per percentage point and year</source>
        <translation>การเปลี่ยนแปลงต่อจุดเปอร์เซ็นต์ต่อปี</translation>
    </message>
    <message>
        <source>Check by finite difference</source>
        <translation>ตรวจสอบด้วยผลต่างจำกัด</translation>
    </message>
    <message>
        <source>Near a loop that never ends</source>
        <translation>ใกล้เป็นลูปไม่รู้จบ</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>เหตุที่ไม่คำนวณ</translation>
    </message>
    <message>
        <source>End</source>
        <translation>จุดสิ้นสุด</translation>
    </message>
    <message>
        <source>Leave per journey</source>
        <translation>การออกกลางทางต่อเส้นทาง</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>ของเรา</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>ของคู่แข่ง</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>ทางเลือก What-if</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Change in %</source>
        <translation>การเปลี่ยนแปลง (%)</translation>
    </message>
    <message>
        <source>Visits before</source>
        <translation>การผ่านก่อนเปลี่ยน</translation>
    </message>
    <message>
        <source>Visits after</source>
        <translation>การผ่านหลังเปลี่ยน</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>ฝั่งที่ดีกว่า</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>ยิ่งสูงยิ่งดี</translation>
    </message>
    <message>
        <source>Steps with the attribute set</source>
        <translation>ขั้นตอนที่กำหนดแอตทริบิวต์แล้ว</translation>
    </message>
    <message>
        <source>Activity key</source>
        <translation>คีย์กิจกรรม</translation>
    </message>
    <message>
        <source>Match weight</source>
        <translation>น้ำหนักการจับคู่</translation>
    </message>
    <message>
        <source>Change in customer time</source>
        <translation>การเปลี่ยนแปลงเวลาของลูกค้า</translation>
    </message>
    <message>
        <source>Change in effort</source>
        <translation>การเปลี่ยนแปลงความพยายาม</translation>
    </message>
    <message>
        <source>Change in failure probability</source>
        <translation>การเปลี่ยนแปลงความน่าจะเป็นที่จะล้มเหลว</translation>
    </message>
    <message>
        <source>Change in emotion</source>
        <translation>อารมณ์ที่เปลี่ยนไป</translation>
    </message>
    <message>
        <source>For the customer</source>
        <translation>สำหรับลูกค้า</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>ฝั่ง</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>หน่วย</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>พารามิเตอร์</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <source>Break-even value</source>
        <translation>ค่าที่จุดคุ้มทุน</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ต่ำ</translation>
    </message>
    <message>
        <source>High</source>
        <translation>สูง</translation>
    </message>
    <message>
        <source>Net change per year at low</source>
        <translation>การเปลี่ยนแปลงสุทธิต่อปีที่ค่าต่ำ</translation>
    </message>
    <message>
        <source>Net change per year at high</source>
        <translation>การเปลี่ยนแปลงสุทธิต่อปีที่ค่าสูง</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>ช่วงความต่าง</translation>
    </message>
    <message>
        <source>Minutes per journey</source>
        <translation>นาทีต่อเส้นทาง</translation>
    </message>
    <message>
        <source>Hours per year</source>
        <translation>ชั่วโมงต่อปี</translation>
    </message>
    <message>
        <source>Hours per executive</source>
        <translation>ชั่วโมงต่อผู้ดูแลบัญชี</translation>
    </message>
    <message>
        <source>Capacity per executive</source>
        <translation>ขีดความสามารถต่อผู้ดูแลบัญชี</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>อัตราการใช้งาน</translation>
    </message>
    <message>
        <source>Verdict or change</source>
        <translation>ผลประเมินหรือการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>คุณสมบัติ</translation>
    </message>
    <message>
        <source>Contacts now</source>
        <translation>การติดต่อปัจจุบัน</translation>
    </message>
    <message>
        <source>Contacts in the what-if</source>
        <translation>การติดต่อในกรณี What-if</translation>
    </message>
    <message>
        <source>Visits now</source>
        <translation>จำนวนครั้งที่พบปัจจุบัน</translation>
    </message>
    <message>
        <source>Visits after the change</source>
        <translation>จำนวนครั้งที่พบหลังการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>The customer sees it</source>
        <translation>ลูกค้ามองเห็น</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>ก่อน</translation>
    </message>
    <message>
        <source>After</source>
        <translation>หลัง</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>จำนวนผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Queue wait</source>
        <translation>เวลารอคิว</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>เสถียร</translation>
    </message>
    <message>
        <source>Arrivals per minute</source>
        <translation>การมาถึงต่อนาที</translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation>พูลทรัพยากร</translation>
    </message>
    <message>
        <source>Steps only in the current journey</source>
        <translation>ขั้นตอนที่มีเฉพาะในเส้นทางปัจจุบัน</translation>
    </message>
    <message>
        <source>Steps only in the what-if</source>
        <translation>ขั้นตอนที่มีเฉพาะในกรณี What-if</translation>
    </message>
    <message>
        <source>Key figures</source>
        <extracomment>The tables&apos; and the analyses&apos; titles and the words of codes (those not already a name above).</extracomment>
        <translation>ตัวเลขสำคัญ</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>จำนวนครั้งที่พบ</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Departments or company</source>
        <translation>แผนกหรือบริษัท</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>จุดที่ควรปรับ</translation>
    </message>
    <message>
        <source>C1 transfers</source>
        <translation>C1 การโอนต่อ</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>ระยะ</translation>
    </message>
    <message>
        <source>C3 repeated data</source>
        <translation>C3 ข้อมูลซ้ำ</translation>
    </message>
    <message>
        <source>C4 cycles</source>
        <translation>C4 ลูป</translation>
    </message>
    <message>
        <source>C5 non-value-adding</source>
        <translation>C5 ไม่สร้างคุณค่า</translation>
    </message>
    <message>
        <source>C6 merges</source>
        <translation>C6 การรวมงาน</translation>
    </message>
    <message>
        <source>Where failures surface</source>
        <translation>จุดที่ความล้มเหลวปรากฏ</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>เส้นกราฟอารมณ์</translation>
    </message>
    <message>
        <source>System footprint</source>
        <translation>การใช้ระบบในเส้นทาง</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>สกอร์การ์ด</translation>
    </message>
    <message>
        <source>Change list</source>
        <translation>รายการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Changes in short</source>
        <translation>สรุปการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Touchpoints before and after</source>
        <translation>ทัชพอยต์ก่อนและหลัง</translation>
    </message>
    <message>
        <source>Contacts by reason</source>
        <translation>การติดต่อตามเหตุผล</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>ต้นเหตุ</translation>
    </message>
    <message>
        <source>Sensitivities</source>
        <translation>ความไว</translation>
    </message>
    <message>
        <source>What-if steps</source>
        <translation>ขั้นตอนในกรณี What-if</translation>
    </message>
    <message>
        <source>Where journeys leave</source>
        <translation>จุดที่ลูกค้าออกจากเส้นทาง</translation>
    </message>
    <message>
        <source>Web loops</source>
        <translation>ลูปบนเว็บ</translation>
    </message>
    <message>
        <source>Ours only</source>
        <translation>เฉพาะของเรา</translation>
    </message>
    <message>
        <source>Theirs only</source>
        <translation>เฉพาะของคู่แข่ง</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>ความคล้ายคลึง</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>ผลทางการเงิน</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>จุดคุ้มทุน</translation>
    </message>
    <message>
        <source>Tornado</source>
        <translation>แผนภูมิทอร์นาโด</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>ภาระงาน</translation>
    </message>
    <message>
        <source>Customer verdict</source>
        <translation>ผลประเมินจากมุมลูกค้า</translation>
    </message>
    <message>
        <source>Lanes the customer meets</source>
        <translation>เลนที่ลูกค้าพบ</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>สรุปโดยย่อ</translation>
    </message>
    <message>
        <source>Where to streamline</source>
        <translation>จุดที่ควรปรับให้กระชับ</translation>
    </message>
    <message>
        <source>Fail points and poor experience</source>
        <translation>จุดล้มเหลวและประสบการณ์ที่ไม่ดี</translation>
    </message>
    <message>
        <source>Compare with a competitor</source>
        <translation>เปรียบเทียบกับคู่แข่ง</translation>
    </message>
    <message>
        <source>Systems seen from the customer&apos;s side</source>
        <translation>ระบบในมุมมองของลูกค้า</translation>
    </message>
    <message>
        <source>What a system change does</source>
        <translation>ผลของการเปลี่ยนระบบ</translation>
    </message>
    <message>
        <source>What-if: compare with a variant</source>
        <translation>What-if: เปรียบเทียบกับทางเลือก</translation>
    </message>
    <message>
        <source>What drives repeat contacts</source>
        <translation>สาเหตุของการติดต่อซ้ำ</translation>
    </message>
    <message>
        <source>IVR</source>
        <translation>ระบบตอบรับอัตโนมัติ (IVR)</translation>
    </message>
    <message>
        <source>None (no channel)</source>
        <translation>ไม่มี (ไม่มีช่องทาง)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>How a name is put together with a side, a unit or a count of inputs.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Attribute set, %1</source>
        <translation>ข้อมูลที่กำหนดแล้ว, %1</translation>
    </message>
    <message>
        <source>%1: how far its inputs are set</source>
        <translation>%1: ความครบถ้วนของข้อมูลนำเข้า</translation>
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
        <translation>ความรุนแรงของความล้มเหลวต่อลูกค้า 1 (ไม่มีผล) ถึง 10 (อันตราย)</translation>
    </message>
    <message>
        <source>occurrence: how often it fails, 1 (below 0.1 in 1,000 journeys) to 10 (100 or more)</source>
        <translation>โอกาสเกิด: ความถี่ที่ล้มเหลว 1 (น้อยกว่า 0.1 ใน 1,000 เส้นทาง) ถึง 10 (100 ขึ้นไป)</translation>
    </message>
    <message>
        <source>detection: 1 = the failure is caught before the customer notices, 10 = never</source>
        <translation>การตรวจพบ: 1 = ตรวจพบความล้มเหลวก่อนลูกค้าสังเกตเห็น, 10 = ตรวจไม่พบเลย</translation>
    </message>
    <message>
        <source>risk priority number S × O × D, 1 to 1,000</source>
        <translation>ค่าลำดับความสำคัญของความเสี่ยง S × O × D ตั้งแต่ 1 ถึง 1,000</translation>
    </message>
    <message>
        <source>expected impact: failures per journey × severity (ranks the fail points)</source>
        <translation>ผลกระทบที่คาดไว้: ความล้มเหลวต่อเส้นทาง × ความรุนแรง (ใช้จัดอันดับจุดล้มเหลว)</translation>
    </message>
    <message>
        <source>Transfer chain</source>
        <translation>ห่วงโซ่การโอนต่อ</translation>
    </message>
    <message>
        <source>Several departments in one phase</source>
        <translation>หลายแผนกในระยะเดียว</translation>
    </message>
    <message>
        <source>Repeated data capture</source>
        <translation>การกรอกข้อมูลซ้ำ</translation>
    </message>
    <message>
        <source>Loop or rework</source>
        <translation>ลูปหรือการทำงานซ้ำ</translation>
    </message>
    <message>
        <source>Non-value-adding steps</source>
        <translation>ขั้นตอนที่ไม่สร้างคุณค่า</translation>
    </message>
    <message>
        <source>Back-office merge</source>
        <translation>การรวมงานหลังบ้าน</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>ความซับซ้อน</translation>
    </message>
    <message>
        <source>value-adding</source>
        <translation>สร้างคุณค่า</translation>
    </message>
    <message>
        <source>business-value-adding</source>
        <translation>สร้างคุณค่าทางธุรกิจ</translation>
    </message>
    <message>
        <source>non-value-adding</source>
        <translation>ไม่สร้างคุณค่า</translation>
    </message>
    <message>
        <source>Monte Carlo estimate (simulated journeys)</source>
        <translation>ค่าประมาณ Monte Carlo (เส้นทางจำลอง)</translation>
    </message>
    <message>
        <source>failure-demand ratio: avoidable inbound contacts / all inbound contacts</source>
        <translation>อัตราความต้องการจากความล้มเหลว: การติดต่อขาเข้าที่หลีกเลี่ยงได้ / การติดต่อขาเข้าทั้งหมด</translation>
    </message>
    <message>
        <source>graph edit distance between the two journeys</source>
        <translation>ระยะแก้ไขกราฟ (graph edit distance) ระหว่างสองเส้นทาง</translation>
    </message>
    <message>
        <source>account executive</source>
        <translation>ผู้ดูแลบัญชี</translation>
    </message>
    <message>
        <source>automated answering system (interactive voice response)</source>
        <translation>ระบบตอบรับทางโทรศัพท์อัตโนมัติ (Interactive Voice Response)</translation>
    </message>
    <message>
        <source>expected failures per journey</source>
        <translation>จำนวนความล้มเหลวที่คาดไว้ต่อเส้นทาง</translation>
    </message>
</context>
<context>
    <name>AnalysisMenu</name>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation>ไฟล์ BPMN 2.0 (*.bpmn *.xml);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>&amp;Scorecard</source>
        <extracomment>(key, menu text, shortcut, status tip); None is a separator. Texts are translated when shown.</extracomment>
        <translation>สกอร์การ์ด(&amp;S)</translation>
    </message>
    <message>
        <source>The journey&apos;s customer-side KPIs and its issues</source>
        <translation>ตัวชี้วัดฝั่งลูกค้าของเส้นทางและปัญหาที่พบ</translation>
    </message>
    <message>
        <source>Where to S&amp;treamline</source>
        <translation>จุดที่ควรปรับให้กระชับ(&amp;T)</translation>
    </message>
    <message>
        <source>Handoffs, transfers, loops, repeated data and steps that add no value</source>
        <translation>การส่งต่องาน การโอนต่อ ลูป ข้อมูลซ้ำ และขั้นตอนที่ไม่สร้างคุณค่า</translation>
    </message>
    <message>
        <source>&amp;Fail Points and Poor Experience</source>
        <translation>จุดล้มเหลวและประสบการณ์ที่ไม่ดี(&amp;F)</translation>
    </message>
    <message>
        <source>Where failure and waiting hurt the customer, ranked by expected impact</source>
        <translation>จุดที่ความล้มเหลวและการรอคอยส่งผลเสียต่อลูกค้า เรียงตามผลกระทบที่คาดไว้</translation>
    </message>
    <message>
        <source>&amp;Compare with a Competitor…</source>
        <translation>เปรียบเทียบกับคู่แข่ง(&amp;C)…</translation>
    </message>
    <message>
        <source>Our journey against a competitor&apos;s model, step by step and phase by phase</source>
        <translation>เส้นทางของเราเทียบกับโมเดลของคู่แข่ง ทีละขั้นตอนและทีละระยะ</translation>
    </message>
    <message>
        <source>What Does a S&amp;ystem Change Do?</source>
        <translation>การเปลี่ยนระบบส่งผลอย่างไร(&amp;Y)</translation>
    </message>
    <message>
        <source>The current edits against the model as last opened or saved</source>
        <translation>การแก้ไขปัจจุบันเทียบกับโมเดลเมื่อเปิดหรือบันทึกครั้งล่าสุด</translation>
    </message>
    <message>
        <source>…with &amp;Another File…</source>
        <translation>…กับไฟล์อื่น(&amp;A)…</translation>
    </message>
    <message>
        <source>This model against a changed version of it in another file</source>
        <translation>โมเดลนี้เทียบกับฉบับที่เปลี่ยนแปลงในไฟล์อื่น</translation>
    </message>
    <message>
        <source>&amp;What-If: Compare with a Variant…</source>
        <translation>What-if: เปรียบเทียบกับทางเลือก(&amp;W)…</translation>
    </message>
    <message>
        <source>Customer effect and annual economics of a variant (e.g. account executives)</source>
        <translation>ผลต่อลูกค้าและผลทางการเงินรายปีของทางเลือก (เช่น ผู้ดูแลบัญชี)</translation>
    </message>
    <message>
        <source>What Drives &amp;Repeat Contacts</source>
        <translation>สาเหตุของการติดต่อซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Failure demand: avoidable contacts, their reasons and root causes</source>
        <translation>ความต้องการจากความล้มเหลว: การติดต่อที่หลีกเลี่ยงได้ เหตุผล และต้นเหตุ</translation>
    </message>
    <message>
        <source>What &amp;If…</source>
        <translation>วิเคราะห์ What-if(&amp;I)…</translation>
    </message>
    <message>
        <source>Try other values for steps, flows and lanes and see the scorecard change; the model is not changed</source>
        <translation>ลองใช้ค่าอื่นกับขั้นตอน โฟลว์ และเลน แล้วดูสกอร์การ์ดที่เปลี่ยนไป โดยไม่เปลี่ยนโมเดล</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>ส่งออกรายงาน(&amp;X)…</translation>
    </message>
    <message>
        <source>Every analysis of this model as an HTML page or as CSV files, as the command line writes them</source>
        <translation>การวิเคราะห์ทั้งหมดของโมเดลนี้เป็นหน้า HTML หรือไฟล์ CSV แบบเดียวกับที่บรรทัดคำสั่งสร้าง</translation>
    </message>
    <message>
        <source>C&amp;lear Highlights</source>
        <translation>ล้างการไฮไลต์(&amp;L)</translation>
    </message>
    <message>
        <source>Remove the analysis highlights</source>
        <translation>ลบการไฮไลต์จากการวิเคราะห์</translation>
    </message>
    <message>
        <source>Show &amp;Results</source>
        <extracomment>The model as last opened or saved (What Does a System Change Do? compares the edits with it), kept without a copy (see ``model.copies``). The document&apos;s copies: a run copies only what changed since the copy before (see ``model.copies``; a whole copy of 100,000 steps took 0.6-0.9 s). Copies made for the job about to run, their lookups still to make (see :meth:`_run`). Counts the model&apos;s change events; an outcome remembers the revision it ran on. Elements whose marks follow them once the edit under way has ended.</extracomment>
        <translation>แสดงผลลัพธ์(&amp;R)</translation>
    </message>
    <message>
        <source>Compare with a Competitor</source>
        <translation>เปรียบเทียบกับคู่แข่ง</translation>
    </message>
    <message>
        <source>last saved version</source>
        <translation>ฉบับที่บันทึกล่าสุด</translation>
    </message>
    <message>
        <source>What Does a System Change Do? Changed Version</source>
        <translation>การเปลี่ยนระบบส่งผลอย่างไร: ฉบับที่เปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>What-If: Compare with a Variant</source>
        <translation>What-if: เปรียบเทียบกับทางเลือก</translation>
    </message>
    <message>
        <source>Highlights cleared</source>
        <translation>ล้างการไฮไลต์แล้ว</translation>
    </message>
    <message>
        <source>Running {title}…</source>
        <translation>กำลังรัน {title}…</translation>
    </message>
    <message>
        <source>{title}: %n element(s) highlighted</source>
        <translation>{title}: ไฮไลต์ %n องค์ประกอบ</translation>
    </message>
</context>
<context>
    <name>AnalysisRule</name>
    <message>
        <source>transfer chain</source>
        <extracomment>The streamlining rules C1–C7 in words.</extracomment>
        <translation>ห่วงโซ่การโอนต่อ</translation>
    </message>
    <message>
        <source>several departments in one phase</source>
        <translation>หลายแผนกในระยะเดียว</translation>
    </message>
    <message>
        <source>repeated data capture</source>
        <translation>การกรอกข้อมูลซ้ำ</translation>
    </message>
    <message>
        <source>loop or rework</source>
        <translation>ลูปหรือการทำงานซ้ำ</translation>
    </message>
    <message>
        <source>non-value-adding steps</source>
        <translation>ขั้นตอนที่ไม่สร้างคุณค่า</translation>
    </message>
    <message>
        <source>back-office merge</source>
        <translation>การรวมงานหลังบ้าน</translation>
    </message>
    <message>
        <source>complexity</source>
        <translation>ความซับซ้อน</translation>
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
        <translation>การวิเคราะห์ล้มเหลว: {error}</translation>
    </message>
</context>
<context>
    <name>AnalysisSide</name>
    <message>
        <source>ours</source>
        <extracomment>The words of the sides: ours/theirs for a competitor, current/what-if for a variant.</extracomment>
        <translation>ของเรา</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>ของคู่แข่ง</translation>
    </message>
    <message>
        <source>current</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>กรณี What-if</translation>
    </message>
</context>
<context>
    <name>AnalysisValue</name>
    <message>
        <source>n/a</source>
        <extracomment>Kinds of value the display table gives a unit. Kinds of string value that are words of the display table (not the modeller&apos;s data). Names a cell lists before it counts the rest: a candidate or a phase of a large journey lists thousands of steps, unreadable in a cell (the row&apos;s menu selects them all), and naming them all to size a table&apos;s columns held the window 0.4 s at 100,000 steps. The fixed words of a value.</extracomment>
        <translation>ไม่มีข้อมูล</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่</translation>
    </message>
</context>
<context>
    <name>Arrange</name>
    <message>
        <source>Align Left</source>
        <extracomment>Menu key → (menu text, undo verb, how many steps it needs).</extracomment>
        <translation>จัดชิดซ้าย</translation>
    </message>
    <message>
        <source>Align Centre</source>
        <translation>จัดกึ่งกลาง</translation>
    </message>
    <message>
        <source>Align Right</source>
        <translation>จัดชิดขวา</translation>
    </message>
    <message>
        <source>Align Top</source>
        <translation>จัดชิดบน</translation>
    </message>
    <message>
        <source>Align Middle</source>
        <translation>จัดกึ่งกลางแนวตั้ง</translation>
    </message>
    <message>
        <source>Align Bottom</source>
        <translation>จัดชิดล่าง</translation>
    </message>
    <message>
        <source>Distribute Horizontally</source>
        <translation>กระจายแนวนอน</translation>
    </message>
    <message>
        <source>Distribute Vertically</source>
        <translation>กระจายแนวตั้ง</translation>
    </message>
    <message>
        <source>Tidy Up</source>
        <translation>จัดระเบียบ</translation>
    </message>
    <message>
        <source>Align %n step(s) left</source>
        <translation>จัดชิดซ้าย %n ขั้นตอน</translation>
    </message>
    <message>
        <source>Align %n step(s) centre</source>
        <translation>จัดกึ่งกลาง %n ขั้นตอน</translation>
    </message>
    <message>
        <source>Align %n step(s) right</source>
        <translation>จัดชิดขวา %n ขั้นตอน</translation>
    </message>
    <message>
        <source>Align %n step(s) top</source>
        <translation>จัดชิดบน %n ขั้นตอน</translation>
    </message>
    <message>
        <source>Align %n step(s) middle</source>
        <translation>จัดกึ่งกลางแนวตั้ง %n ขั้นตอน</translation>
    </message>
    <message>
        <source>Align %n step(s) bottom</source>
        <translation>จัดชิดล่าง %n ขั้นตอน</translation>
    </message>
    <message>
        <source>Distribute %n step(s) horizontally</source>
        <translation>กระจาย %n ขั้นตอนแนวนอน</translation>
    </message>
    <message>
        <source>Distribute %n step(s) vertically</source>
        <translation>กระจาย %n ขั้นตอนแนวตั้ง</translation>
    </message>
    <message>
        <source>Tidy %n step(s)</source>
        <translation>จัดระเบียบ %n ขั้นตอน</translation>
    </message>
    <message>
        <source>Select at least %n steps to arrange.</source>
        <translation>เลือกอย่างน้อย %n ขั้นตอนเพื่อจัดวาง</translation>
    </message>
    <message>
        <source>The steps are already arranged.</source>
        <translation>ขั้นตอนจัดวางเรียบร้อยแล้ว</translation>
    </message>
</context>
<context>
    <name>Attribute</name>
    <message>
        <source>Branch probability</source>
        <extracomment>Every field name of the attribute tables, as the model writes it.</extracomment>
        <translation>ความน่าจะเป็นของทางแยก</translation>
    </message>
    <message>
        <source>Failure branch</source>
        <translation>ทางแยกเมื่อล้มเหลว</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>การตรวจพบ</translation>
    </message>
    <message>
        <source>Fixed cost per year</source>
        <translation>ต้นทุนคงที่ต่อปี</translation>
    </message>
    <message>
        <source>Customer sees it</source>
        <translation>ลูกค้ามองเห็น</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>ระยะ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>เวลารอ</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>ความอดทนรอ</translation>
    </message>
    <message>
        <source>Duration distribution</source>
        <translation>การแจกแจงระยะเวลา</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>ต้นทุน</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>ทรัพยากร</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>การติดต่อ</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>เริ่มโดย</translation>
    </message>
    <message>
        <source>Customer time</source>
        <translation>เวลาของลูกค้า</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>ความพยายาม</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>อารมณ์</translation>
    </message>
    <message>
        <source>Failure probability</source>
        <translation>ความน่าจะเป็นที่จะล้มเหลว</translation>
    </message>
    <message>
        <source>Emotion on failure</source>
        <translation>อารมณ์เมื่อล้มเหลว</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>ช่วงเวลาแห่งความจริง</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>ระบบ</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>รายการข้อมูล</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>คุณค่า</translation>
    </message>
    <message>
        <source>Contact reason</source>
        <translation>เหตุผลการติดต่อ</translation>
    </message>
    <message>
        <source>Avoidable (failure demand)</source>
        <translation>หลีกเลี่ยงได้ (ความต้องการจากความล้มเหลว)</translation>
    </message>
    <message>
        <source>Caused by</source>
        <translation>เกิดจาก</translation>
    </message>
    <message>
        <source>Activity key</source>
        <translation>คีย์กิจกรรม</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>หลักฐาน</translation>
    </message>
    <message>
        <source>Start share</source>
        <translation>สัดส่วนการเริ่ม</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>กำไรส่วนเกิน</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>จำนวนผู้ให้บริการ</translation>
    </message>
    <message>
        <source>Cost per hour</source>
        <translation>ต้นทุนต่อชั่วโมง</translation>
    </message>
    <message>
        <source>Journeys per year</source>
        <translation>จำนวนเส้นทางต่อปี</translation>
    </message>
    <message>
        <source>Arrival rate</source>
        <translation>อัตราการมาถึง</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>บัญชีลูกค้า</translation>
    </message>
    <message>
        <source>Journeys per account per year</source>
        <translation>เส้นทางต่อบัญชีต่อปี</translation>
    </message>
    <message>
        <source>Accounts per account executive</source>
        <translation>บัญชีต่อผู้ดูแลบัญชี</translation>
    </message>
    <message>
        <source>Cost per account executive per year</source>
        <translation>ต้นทุนต่อผู้ดูแลบัญชีต่อปี</translation>
    </message>
    <message>
        <source>Working hours per account executive per year</source>
        <translation>ชั่วโมงทำงานต่อผู้ดูแลบัญชีต่อปี</translation>
    </message>
    <message>
        <source>Share of accounts lost per year, baseline</source>
        <translation>สัดส่วนบัญชีที่สูญเสียต่อปี กรณีฐาน</translation>
    </message>
    <message>
        <source>Share of accounts lost per year, this variant</source>
        <translation>สัดส่วนบัญชีที่สูญเสียต่อปี ทางเลือกนี้</translation>
    </message>
    <message>
        <source>Margin per account per year</source>
        <translation>กำไรส่วนเกินต่อบัญชีต่อปี</translation>
    </message>
    <message>
        <source>Owner lane</source>
        <translation>เลนเจ้าของ</translation>
    </message>
    <message>
        <source>Failure probability per use</source>
        <translation>ความน่าจะเป็นที่จะล้มเหลวต่อการใช้งาน</translation>
    </message>
    <message>
        <source>Margin per kept order</source>
        <translation>กำไรส่วนเกินต่อคำสั่งซื้อที่รักษาไว้</translation>
    </message>
    <message>
        <source>Volume</source>
        <extracomment>The group and column titles of Model ▸ Scenario.</extracomment>
        <translation>ปริมาณ</translation>
    </message>
    <message>
        <source>Accounts and account executives</source>
        <translation>บัญชีและผู้ดูแลบัญชี</translation>
    </message>
    <message>
        <source>Retention (all three or none)</source>
        <translation>การรักษาลูกค้า (ทั้งสามค่าหรือไม่ใส่เลย)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>ต่ำ</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>เป็นไปได้มากที่สุด</translation>
    </message>
    <message>
        <source>High</source>
        <translation>สูง</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>No recovery copy could be made: {reason}</source>
        <extracomment>Steps and flows from which a copy&apos;s pages are worth asking back from the allocator (its walk of the whole heap takes longer than a small copy is worth).</extracomment>
        <translation>สร้างสำเนากู้คืนไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>The recovery copy failed: {reason}</source>
        <translation>สำเนากู้คืนล้มเหลว: {reason}</translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>↻ +{visits_n} visits</source>
        <extracomment>Writes one headline parameter (its name says its kind) as the user reads it. Each badge the highlights draw, by the core&apos;s code. A template without words (a symbol, a number, a name) is not listed for translation; its numbers are still written the locale&apos;s way.</extracomment>
        <translation>↻ +{visits_n} ครั้ง</translation>
    </message>
    <message>
        <source>repeat data: {items}</source>
        <translation>ข้อมูลซ้ำ: {items}</translation>
    </message>
    <message>
        <source>NVA</source>
        <translation>NVA</translation>
    </message>
    <message>
        <source>{share_pct} of customer time</source>
        <translation>{share_pct} ของเวลาลูกค้า</translation>
    </message>
    <message>
        <source>handoff</source>
        <translation>ส่งต่องาน</translation>
    </message>
    <message>
        <source>→ {contacts_n} contacts/journey</source>
        <translation>→ {contacts_n} การติดต่อ/เส้นทาง</translation>
    </message>
    <message>
        <source>{traversals_n}/journey</source>
        <translation>{traversals_n}/เส้นทาง</translation>
    </message>
    <message>
        <source>only ours</source>
        <translation>มีเฉพาะของเรา</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>ไอเดีย</translation>
    </message>
    <message>
        <source>▼ vs {theirs}</source>
        <translation>▼ เทียบกับ {theirs}</translation>
    </message>
    <message>
        <source>▲ vs {theirs}</source>
        <translation>▲ เทียบกับ {theirs}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>ลบออก</translation>
    </message>
    <message>
        <source>changed: {changed_attributes}</source>
        <translation>เปลี่ยน: {changed_attributes}</translation>
    </message>
    <message>
        <source>{contacts_n} contacts</source>
        <translation>{contacts_n} การติดต่อ</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>ไม่เสถียร</translation>
    </message>
    <message>
        <source>removed: {name}</source>
        <extracomment>A step a change analysis removed, drawn as a ghost where it was.</extracomment>
        <translation>ลบออก: {name}</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>web</source>
        <extracomment>Every value of a choice field and every lane role, as shown in lists.</extracomment>
        <translation>เว็บ</translation>
    </message>
    <message>
        <source>app</source>
        <translation>แอป</translation>
    </message>
    <message>
        <source>email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>แชต</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>ivr</source>
        <translation>ระบบตอบรับอัตโนมัติ (IVR)</translation>
    </message>
    <message>
        <source>store</source>
        <translation>หน้าร้าน</translation>
    </message>
    <message>
        <source>mail</source>
        <translation>ไปรษณีย์</translation>
    </message>
    <message>
        <source>video</source>
        <translation>วิดีโอ</translation>
    </message>
    <message>
        <source>physical</source>
        <translation>พบตัว</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>research</source>
        <translation>ค้นหาข้อมูล</translation>
    </message>
    <message>
        <source>evaluate</source>
        <translation>ประเมิน</translation>
    </message>
    <message>
        <source>order</source>
        <translation>สั่งซื้อ</translation>
    </message>
    <message>
        <source>revise</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <source>receive</source>
        <translation>รับสินค้า</translation>
    </message>
    <message>
        <source>return</source>
        <translation>คืนสินค้า</translation>
    </message>
    <message>
        <source>other</source>
        <translation>อื่นๆ</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>company</source>
        <translation>บริษัท</translation>
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
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <source>abandon</source>
        <translation>ละทิ้ง</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <source>department</source>
        <translation>แผนก</translation>
    </message>
    <message>
        <source>system</source>
        <translation>ระบบ</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>พันธมิตร</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>The clipboard does not hold steps of this editor.</source>
        <extracomment>The clipboard format of our own (other programs get a picture beside it). Room kept between a pasted step and the top or bottom of its lane. Fields of a step that name another step: kept when that step is pasted too (renamed), or when the target model has it; otherwise cleared.</extracomment>
        <translation>คลิปบอร์ดไม่มีขั้นตอนจากโปรแกรมนี้</translation>
    </message>
    <message>
        <source>The copied steps are incomplete.</source>
        <translation>ขั้นตอนที่คัดลอกไม่ครบถ้วน</translation>
    </message>
    <message>
        <source>A copied step cannot be read.</source>
        <translation>อ่านขั้นตอนที่คัดลอกไม่ได้</translation>
    </message>
    <message>
        <source>A copied flow cannot be read.</source>
        <translation>อ่านโฟลว์ที่คัดลอกไม่ได้</translation>
    </message>
    <message>
        <source>Copied %n step(s)</source>
        <extracomment>How far a paste or duplicate lands from the originals, per repeat, in diagram units. White space around the picture of copied steps, and its largest side (diagram units). Where the mouse is over the diagram&apos;s viewport (None: elsewhere).</extracomment>
        <translation>คัดลอก %n ขั้นตอนแล้ว</translation>
    </message>
    <message>
        <source>The clipboard holds no steps to paste.</source>
        <translation>คลิปบอร์ดไม่มีขั้นตอนให้วาง</translation>
    </message>
    <message>
        <source>Select the steps to copy first.</source>
        <translation>เลือกขั้นตอนที่จะคัดลอกก่อน</translation>
    </message>
</context>
<context>
    <name>ContextMenu</name>
    <message>
        <source>&amp;Properties</source>
        <translation>คุณสมบัติ(&amp;P)</translation>
    </message>
    <message>
        <source>Change &amp;Kind</source>
        <translation>เปลี่ยนชนิด(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Connect from Here</source>
        <translation>เชื่อมต่อจากตรงนี้(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>เปลี่ยนชื่อ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Rename Lane</source>
        <translation>เปลี่ยนชื่อเลน(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete Lane</source>
        <translation>ลบเลน(&amp;D)</translation>
    </message>
    <message>
        <source>Set as &amp;Customer Lane</source>
        <translation>ตั้งเป็นเลนลูกค้า(&amp;C)</translation>
    </message>
    <message>
        <source>Set &amp;Role</source>
        <translation>ตั้งบทบาท(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add Step Here</source>
        <translation>เพิ่มขั้นตอนตรงนี้(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CoreMessage</name>
    <message>
        <source>The customer lane was found by its name (a word for customer).</source>
        <extracomment>Code -&gt; the core&apos;s sentence for it (reader warnings, then analysis issues).</extracomment>
        <translation>พบเลนลูกค้าจากชื่อ (คำที่หมายถึงลูกค้า)</translation>
    </message>
    <message>
        <source>A pool named for the customer is shown as the customer lane; its message flows count as flows.</source>
        <translation>พูลที่ตั้งชื่อตามลูกค้าแสดงเป็นเลนลูกค้า โฟลว์ข้อความของพูลนับเป็นโฟลว์</translation>
    </message>
    <message>
        <source>No lane or pool was recognised as the customer; mark one in the editor.</source>
        <translation>ไม่พบเลนหรือพูลที่เป็นลูกค้า ให้ระบุในโปรแกรมแก้ไข</translation>
    </message>
    <message>
        <source>The customer lane is not the top lane; the editor offers to move it.</source>
        <translation>เลนลูกค้าไม่ได้อยู่บนสุด โปรแกรมเสนอให้ย้ายขึ้น</translation>
    </message>
    <message>
        <source>Several lanes are marked or named as the customer; only the first counts.</source>
        <translation>มีหลายเลนที่ระบุหรือตั้งชื่อเป็นลูกค้า นับเฉพาะเลนแรก</translation>
    </message>
    <message>
        <source>An element had no id; it was given one.</source>
        <translation>องค์ประกอบหนึ่งไม่มี id จึงกำหนดให้ใหม่</translation>
    </message>
    <message>
        <source>Two elements share an id; the later one was given a new id.</source>
        <translation>สององค์ประกอบมี id ซ้ำกัน องค์ประกอบหลังได้ id ใหม่</translation>
    </message>
    <message>
        <source>A reference points at an element that does not exist; it was ignored.</source>
        <translation>การอ้างอิงชี้ไปยังองค์ประกอบที่ไม่มีอยู่ จึงถูกละเว้น</translation>
    </message>
    <message>
        <source>Diagram information points at an element that does not exist; it was ignored.</source>
        <translation>ข้อมูลแผนภาพชี้ไปยังองค์ประกอบที่ไม่มีอยู่ จึงถูกละเว้น</translation>
    </message>
    <message>
        <source>A shape has missing, non-numeric, infinite, negative or huge bounds; it was ignored.</source>
        <translation>รูปทรงหนึ่งมีขอบเขตที่หายไป ไม่ใช่ตัวเลข เป็นอนันต์ ติดลบ หรือใหญ่เกินไป จึงถูกละเว้น</translation>
    </message>
    <message>
        <source>An edge has a waypoint that is not a finite number; the edge&apos;s route was ignored.</source>
        <translation>เส้นเชื่อมมีจุดผ่านที่ไม่ใช่ตัวเลขจำกัด เส้นทางของเส้นเชื่อมจึงถูกละเว้น</translation>
    </message>
    <message>
        <source>Steps have no diagram position: a file without any diagram is laid out automatically; steps missing from a drawn diagram are kept but not drawn.</source>
        <translation>บางขั้นตอนไม่มีตำแหน่งในแผนภาพ: ไฟล์ที่ไม่มีแผนภาพจะจัดวางอัตโนมัติ ขั้นตอนที่ขาดจากแผนภาพที่วาดไว้จะเก็บไว้แต่ไม่วาด</translation>
    </message>
    <message>
        <source>A cpm: attribute has a value this version cannot use; it is kept unchanged but ignored.</source>
        <translation>แอตทริบิวต์ cpm: มีค่าที่เวอร์ชันนี้ใช้ไม่ได้ เก็บไว้ตามเดิมแต่ไม่นำมาใช้</translation>
    </message>
    <message>
        <source>The file has nested lanes (lanes inside lanes); they are kept as sub-lanes.</source>
        <translation>ไฟล์มีเลนซ้อนกัน (เลนภายในเลน) เก็บไว้เป็นเลนย่อย</translation>
    </message>
    <message>
        <source>A step is in no lane although its process has lanes.</source>
        <translation>ขั้นตอนหนึ่งไม่อยู่ในเลนใด แม้กระบวนการของมันจะมีเลน</translation>
    </message>
    <message>
        <source>A step is referenced by several sibling lanes; the first one counts.</source>
        <translation>ขั้นตอนหนึ่งถูกอ้างถึงโดยหลายเลนระดับเดียวกัน นับเลนแรก</translation>
    </message>
    <message>
        <source>A sequence flow has no source or target; it is kept in the file but not shown.</source>
        <translation>โฟลว์ลำดับไม่มีต้นทางหรือปลายทาง เก็บไว้ในไฟล์แต่ไม่แสดง</translation>
    </message>
    <message>
        <source>The file has several diagrams; the one with the most shapes is shown and the others are kept.</source>
        <translation>ไฟล์มีหลายแผนภาพ แสดงแผนภาพที่มีรูปทรงมากที่สุดและเก็บแผนภาพอื่นไว้</translation>
    </message>
    <message>
        <source>Lanes or pools are drawn vertically; they are shown as drawn.</source>
        <translation>เลนหรือพูลวาดในแนวตั้ง แสดงตามที่วาดไว้</translation>
    </message>
    <message>
        <source>Lane shapes did not hold the steps the file lists in them (some tools write steps with an offset, or vertical lanes with a wrong left edge); the steps were moved into their lanes, or the lanes redrawn as columns or rows of their pool around their steps; the message says which.</source>
        <translation>รูปทรงของเลนไม่ครอบคลุมขั้นตอนที่ไฟล์ระบุไว้ (บางเครื่องมือเขียนขั้นตอนแบบเลื่อนตำแหน่ง หรือเลนแนวตั้งที่ขอบซ้ายผิด) ขั้นตอนจึงถูกย้ายเข้าเลน หรือวาดเลนใหม่เป็นคอลัมน์หรือแถวของพูลรอบขั้นตอน ข้อความจะบอกว่าเป็นแบบใด</translation>
    </message>
    <message>
        <source>The file uses a newer Customer Process Modeler format; unknown attributes are kept.</source>
        <translation>ไฟล์ใช้รูปแบบ Customer Process Modeler ที่ใหม่กว่า แอตทริบิวต์ที่ไม่รู้จักจะถูกเก็บไว้</translation>
    </message>
    <message>
        <source>A lane lists a step of another pool&apos;s process; the step stays in its own pool and the reference is kept in the file.</source>
        <translation>เลนระบุขั้นตอนของกระบวนการในพูลอื่น ขั้นตอนยังอยู่ในพูลของตนและเก็บการอ้างอิงไว้ในไฟล์</translation>
    </message>
    <message>
        <source>A boundary event is attached to no activity (its reference is missing or names nothing); it is shown as a free event.</source>
        <translation>เหตุการณ์ขอบไม่ได้ติดกับกิจกรรมใด (ไม่มีการอ้างอิงหรืออ้างถึงสิ่งที่ไม่มี) แสดงเป็นเหตุการณ์อิสระ</translation>
    </message>
    <message>
        <source>The file contains no process and no diagram; it opens as an empty model.</source>
        <translation>ไฟล์ไม่มีกระบวนการและไม่มีแผนภาพ เปิดเป็นโมเดลว่าง</translation>
    </message>
    <message>
        <source>A flow&apos;s diagram edge has fewer than two waypoints; the flow is drawn straight between its ends.</source>
        <translation>เส้นเชื่อมของโฟลว์ในแผนภาพมีจุดผ่านน้อยกว่าสองจุด วาดโฟลว์เป็นเส้นตรงระหว่างปลายทั้งสอง</translation>
    </message>
    <message>
        <source>Text looks garbled by a wrong encoding (such as &apos;PrÃ¼fung&apos; for &apos;Prüfung&apos;); it is shown and saved unchanged.</source>
        <translation>ข้อความดูเพี้ยนจากการเข้ารหัสผิด (เช่น &apos;PrÃ¼fung&apos; แทน &apos;Prüfung&apos;) แสดงและบันทึกตามเดิม</translation>
    </message>
    <message>
        <source>The file had a small XML slip other BPMN tools accept (an undeclared usual prefix, a misplaced or squeezed XML declaration); the message says what was repaired.</source>
        <translation>ไฟล์มีข้อผิดพลาด XML เล็กน้อยที่เครื่องมือ BPMN อื่นยอมรับ (คำนำหน้าที่ใช้ทั่วไปแต่ไม่ได้ประกาศ การประกาศ XML ผิดที่หรือเบียดกัน) ข้อความจะบอกว่าซ่อมอะไร</translation>
    </message>
    <message>
        <source>no start event and no step without incoming flows</source>
        <translation>ไม่มีเหตุการณ์เริ่มต้นและไม่มีขั้นตอนที่ไม่มีโฟลว์ขาเข้า</translation>
    </message>
    <message>
        <source>no end event and no reachable step without outgoing flows</source>
        <translation>ไม่มีเหตุการณ์สิ้นสุดและไม่มีขั้นตอนที่ไปถึงได้ซึ่งไม่มีโฟลว์ขาออก</translation>
    </message>
    <message>
        <source>no lane has the role customer</source>
        <translation>ไม่มีเลนใดมีบทบาทลูกค้า</translation>
    </message>
    <message>
        <source>steps the journey can reach but never leave</source>
        <translation>ขั้นตอนที่เส้นทางไปถึงได้แต่ออกไม่ได้</translation>
    </message>
    <message>
        <source>the expected visits cannot be solved (I - W is singular)</source>
        <translation>คำนวณจำนวนครั้งที่คาดว่าจะผ่านไม่ได้ (I - W เป็นเมทริกซ์เอกฐาน)</translation>
    </message>
    <message>
        <source>a probability below 0 or above 1</source>
        <translation>ความน่าจะเป็นต่ำกว่า 0 หรือสูงกว่า 1</translation>
    </message>
    <message>
        <source>a resource pool is offered more work than it can serve</source>
        <translation>พูลทรัพยากรได้รับงานมากกว่าที่รองรับได้</translation>
    </message>
    <message>
        <source>an analysis input outside its accepted range, or unreadable</source>
        <translation>ข้อมูลนำเข้าของการวิเคราะห์อยู่นอกช่วงที่ยอมรับ หรืออ่านไม่ได้</translation>
    </message>
    <message>
        <source>no start event: steps without incoming flows start the journey</source>
        <translation>ไม่มีเหตุการณ์เริ่มต้น: ขั้นตอนที่ไม่มีโฟลว์ขาเข้าเป็นจุดเริ่มเส้นทาง</translation>
    </message>
    <message>
        <source>a reachable step without outgoing flows ends the journey</source>
        <translation>ขั้นตอนที่ไปถึงได้แต่ไม่มีโฟลว์ขาออกเป็นจุดจบเส้นทาง</translation>
    </message>
    <message>
        <source>steps no start reaches; left out of the analysis</source>
        <translation>ขั้นตอนที่ไม่มีจุดเริ่มใดไปถึง ไม่นำมาวิเคราะห์</translation>
    </message>
    <message>
        <source>branch probabilities filled in from the remainder</source>
        <translation>เติมความน่าจะเป็นของทางแยกจากส่วนที่เหลือ</translation>
    </message>
    <message>
        <source>a branch filled with probability 0</source>
        <translation>ทางแยกถูกเติมด้วยความน่าจะเป็น 0</translation>
    </message>
    <message>
        <source>branch probabilities do not sum to 1 and were normalised</source>
        <translation>ความน่าจะเป็นของทางแยกรวมไม่เท่ากับ 1 จึงปรับให้เป็นมาตรฐาน</translation>
    </message>
    <message>
        <source>a parallel branch carries a probability other than 1 (ignored)</source>
        <translation>ทางแยกขนานมีความน่าจะเป็นไม่เท่ากับ 1 (ไม่นำมาใช้)</translation>
    </message>
    <message>
        <source>a step with several unlabelled outgoing flows runs them in parallel</source>
        <translation>ขั้นตอนที่มีโฟลว์ขาออกหลายเส้นไม่มีป้ายกำกับจะทำงานแบบขนาน</translation>
    </message>
    <message>
        <source>an inclusive join without a matching inclusive split</source>
        <translation>จุดรวมแบบรวม (inclusive) ที่ไม่มีจุดแยกแบบรวมคู่กัน</translation>
    </message>
    <message>
        <source>parallel branches: time and failure figures are approximations</source>
        <translation>ทางแยกขนาน: ตัวเลขเวลาและความล้มเหลวเป็นค่าประมาณ</translation>
    </message>
    <message>
        <source>a step names a system the model does not define</source>
        <translation>ขั้นตอนอ้างถึงระบบที่โมเดลไม่ได้กำหนด</translation>
    </message>
    <message>
        <source>a step fails on every execution</source>
        <translation>ขั้นตอนล้มเหลวทุกครั้งที่ทำ</translation>
    </message>
    <message>
        <source>failure data on a gateway or event is ignored</source>
        <translation>ข้อมูลความล้มเหลวบนเกตเวย์หรือเหตุการณ์จะไม่นำมาใช้</translation>
    </message>
    <message>
        <source>a failing step followed by a failure flow counts twice</source>
        <translation>ขั้นตอนที่ล้มเหลวตามด้วยโฟลว์ความล้มเหลวถูกนับสองครั้ง</translation>
    </message>
    <message>
        <source>Monte Carlo runs exceeded the step limit and were left out</source>
        <translation>การจำลอง Monte Carlo บางรอบเกินขีดจำกัดขั้นตอนจึงไม่นับ</translation>
    </message>
    <message>
        <source>Monte Carlo was not run: a typical journey is too long to simulate</source>
        <translation>ไม่ได้รัน Monte Carlo: เส้นทางทั่วไปยาวเกินกว่าจะจำลอง</translation>
    </message>
    <message>
        <source>Monte Carlo ran fewer journeys than asked, to stay responsive</source>
        <translation>Monte Carlo จำลองเส้นทางน้อยกว่าที่ขอ เพื่อให้โปรแกรมตอบสนองได้</translation>
    </message>
    <message>
        <source>more than 100 contacts per journey: check the loop probabilities</source>
        <translation>ติดต่อมากกว่า 100 ครั้งต่อเส้นทาง: ตรวจสอบความน่าจะเป็นของลูป</translation>
    </message>
    <message>
        <source>a loop repeats with probability 0.99 or more (100 rounds or more)</source>
        <translation>ลูปวนซ้ำด้วยความน่าจะเป็น 0.99 ขึ้นไป (100 รอบขึ้นไป)</translation>
    </message>
    <message>
        <source>the two models use different time units or currencies</source>
        <translation>สองโมเดลใช้หน่วยเวลาหรือสกุลเงินต่างกัน</translation>
    </message>
    <message>
        <source>a cost is counted both per step and in the scenario</source>
        <translation>ต้นทุนถูกนับทั้งต่อขั้นตอนและในสถานการณ์</translation>
    </message>
    <message>
        <source>a task without a known lane; it is counted in a lane of its own</source>
        <translation>งานที่ไม่ทราบเลน นับเป็นเลนของตัวเอง</translation>
    </message>
    <message>
        <source>a contact the company starts is marked avoidable; it is left out of the failure-demand ratio</source>
        <translation>การติดต่อที่บริษัทเป็นผู้เริ่มถูกระบุว่าหลีกเลี่ยงได้ จึงไม่นับในอัตราความต้องการจากความล้มเหลว</translation>
    </message>
    <message>
        <source>contacts change by more than 10 per unit of a branch probability: the loop is near-unstable</source>
        <translation>การติดต่อเปลี่ยนมากกว่า 10 ต่อหนึ่งหน่วยความน่าจะเป็นของทางแยก: ลูปใกล้ไม่เสถียร</translation>
    </message>
    <message>
        <source>no sensitivity for a branch whose alternative leads into a trap or is never taken</source>
        <translation>ไม่มีความไวสำหรับทางแยกที่ทางเลือกอื่นนำไปสู่กับดักหรือไม่เคยถูกเลือก</translation>
    </message>
    <message>
        <source>a step served by a resource pool takes no time</source>
        <translation>ขั้นตอนที่ใช้พูลทรัพยากรไม่ใช้เวลาเลย</translation>
    </message>
    <message>
        <source>no arrival rate: queueing skipped, the modelled waits are used</source>
        <translation>ไม่มีอัตราการมาถึง: ข้ามการคำนวณคิว ใช้เวลารอตามโมเดล</translation>
    </message>
    <message>
        <source>the wait-dependent abandonment iteration did not settle</source>
        <translation>การคำนวณวนซ้ำของการละทิ้งตามเวลารอไม่ลู่เข้า</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>durations set on steps that take the customer&apos;s time: %1 of %2</source>
        <extracomment>The core&apos;s coverage words ({} the counts) -&gt; the same words with Qt&apos;s %1 and %2.</extracomment>
        <translation>ขั้นตอนที่ใช้เวลาของลูกค้าซึ่งกำหนดระยะเวลาแล้ว: %1 จาก %2</translation>
    </message>
    <message>
        <source>durations set on steps: %1 of %2</source>
        <translation>ขั้นตอนที่กำหนดระยะเวลาแล้ว: %1 จาก %2</translation>
    </message>
    <message>
        <source>costs set on steps: %1 of %2</source>
        <translation>ขั้นตอนที่กำหนดต้นทุนแล้ว: %1 จาก %2</translation>
    </message>
    <message>
        <source>failure probabilities set on steps: %1 of %2</source>
        <translation>ขั้นตอนที่กำหนดความน่าจะเป็นที่จะล้มเหลวแล้ว: %1 จาก %2</translation>
    </message>
    <message>
        <source>failure probabilities set on steps: %1 of %2 (and failure flows)</source>
        <translation>ขั้นตอนที่กำหนดความน่าจะเป็นที่จะล้มเหลวแล้ว: %1 จาก %2 (รวมโฟลว์ความล้มเหลว)</translation>
    </message>
    <message>
        <source>tolerances set on steps: %1 of %2</source>
        <translation>ขั้นตอนที่กำหนดความอดทนรอแล้ว: %1 จาก %2</translation>
    </message>
    <message>
        <source>margins set on ends: %1 of %2</source>
        <translation>จุดสิ้นสุดที่กำหนดกำไรส่วนเกินแล้ว: %1 จาก %2</translation>
    </message>
    <message>
        <source>emotions set on steps the customer sees: %1 of %2</source>
        <translation>ขั้นตอนที่ลูกค้ามองเห็นซึ่งกำหนดอารมณ์แล้ว: %1 จาก %2</translation>
    </message>
    <message>
        <source>no customer lane or pool: the customer&apos;s side is n/a</source>
        <translation>ไม่มีเลนหรือพูลของลูกค้า: ฝั่งลูกค้าไม่มีข้อมูล</translation>
    </message>
</context>
<context>
    <name>CustomerChoice</name>
    <message>
        <source>unnamed lane</source>
        <translation>เลนไม่มีชื่อ</translation>
    </message>
    <message>
        <source>unnamed pool</source>
        <translation>พูลไม่มีชื่อ</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>This model has no lane or pool that could be the customer.</source>
        <translation>โมเดลนี้ไม่มีเลนหรือพูลที่เป็นลูกค้าได้</translation>
    </message>
    <message>
        <source>{candidate} is now the customer</source>
        <translation>ตอนนี้ {candidate} เป็นลูกค้าแล้ว</translation>
    </message>
</context>
<context>
    <name>Diagram</name>
    <message>
        <source>line of visibility</source>
        <translation>เส้นการมองเห็น</translation>
    </message>
    <message>
        <source>faces the customer</source>
        <extracomment>What a horizontal header&apos;s text leaves free of its width (12 px left, 6 px right). Point sizes a role caption tries, largest first, before it is elided. Draw the line of visibility along the far edge: the last lane of a run facing the customer. What the header says under the name (the role&apos;s title unless set). Whether the role is worth a caption (see model.visibility.role_stated).</extracomment>
        <translation>ด้านที่ลูกค้าเห็น</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is a pool of its own in the file: shown as the customer lane, written back as a pool.</source>
        <translation>&apos;{name}&apos; เป็นพูลแยกในไฟล์: แสดงเป็นเลนลูกค้า และบันทึกกลับเป็นพูล</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>ทุกแผนก</translation>
    </message>
    <message>
        <source>Company as one entity: every lane that is not the customer&apos;s, merged in the view only (View ▸ Company as One Entity).</source>
        <translation>บริษัทเป็นหน่วยเดียว: ทุกเลนที่ไม่ใช่ของลูกค้ารวมกันเฉพาะในมุมมอง (มุมมอง ▸ บริษัทเป็นหน่วยเดียว)</translation>
    </message>
    <message>
        <source>Customer</source>
        <extracomment>Width of the header band at the left of every lane. Width of a pool&apos;s name band. Distance within which a press on a lane&apos;s bottom edge resizes it. Radius of a step&apos;s connection handle. Size of a bend-point handle. (body fill, header fill, header accent) per lane role. The canvas behind the lanes and a pool&apos;s body. Dark surfaces with light ink; the customer lane keeps its warm tint, accents are lightened so they keep their contrast against the dark fills.</extracomment>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>แผนก</translation>
    </message>
    <message>
        <source>System</source>
        <translation>ระบบ</translation>
    </message>
    <message>
        <source>Partner · external</source>
        <translation>พันธมิตร · ภายนอก</translation>
    </message>
</context>
<context>
    <name>DiskWatch</name>
    <message>
        <source>File Changed on Disk</source>
        <translation>ไฟล์บนดิสก์มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>{name} was changed by another program since you opened or saved it.</source>
        <translation>{name} ถูกแก้ไขโดยโปรแกรมอื่นหลังจากที่คุณเปิดหรือบันทึก</translation>
    </message>
    <message>
        <source>Reload shows the file as it is now and discards your unsaved changes. Overwrite replaces the other program&apos;s changes with yours. Save As keeps both.</source>
        <translation>โหลดใหม่จะแสดงไฟล์ตามที่เป็นอยู่และทิ้งการเปลี่ยนแปลงที่ยังไม่บันทึก เขียนทับจะแทนที่การเปลี่ยนแปลงของโปรแกรมอื่นด้วยของคุณ บันทึกเป็นจะเก็บไว้ทั้งสองแบบ</translation>
    </message>
    <message>
        <source>Cancel keeps editing; you will be asked again when you save.</source>
        <translation>ยกเลิกจะแก้ไขต่อ และจะถามอีกครั้งเมื่อคุณบันทึก</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>โหลดใหม่</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>เขียนทับ</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>บันทึกเป็น…</translation>
    </message>
</context>
<context>
    <name>EditRefused</name>
    <message>
        <source>&apos;{name}&apos; comes from another tool and is read-only.</source>
        <translation>&apos;{name}&apos; มาจากเครื่องมืออื่นและเป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must stay inside a lane.</source>
        <translation>&apos;{name}&apos; ต้องอยู่ภายในเลน</translation>
    </message>
    <message>
        <source>There are no steps to paste.</source>
        <translation>ไม่มีขั้นตอนให้วาง</translation>
    </message>
    <message>
        <source>Select steps, flows or lanes to delete.</source>
        <translation>เลือกขั้นตอน โฟลว์ หรือเลนที่จะลบ</translation>
    </message>
    <message>
        <source>No editable element {id}.</source>
        <translation>ไม่มีองค์ประกอบที่แก้ไขได้ {id}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is already a {kind}.</source>
        <translation>&apos;{name}&apos; เป็น{kind}อยู่แล้ว</translation>
    </message>
    <message>
        <source>Lanes drawn vertically by another tool are shown as drawn; they cannot be reordered here.</source>
        <translation>เลนที่เครื่องมืออื่นวาดในแนวตั้งจะแสดงตามที่วาดไว้ และจัดลำดับใหม่ที่นี่ไม่ได้</translation>
    </message>
    <message>
        <source>The customer lane stays on top.</source>
        <translation>เลนลูกค้าต้องอยู่บนสุด</translation>
    </message>
</context>
<context>
    <name>ElementKind</name>
    <message>
        <source>Task</source>
        <extracomment>The BPMN element kinds as a person names them.</extracomment>
        <translation>งาน</translation>
    </message>
    <message>
        <source>User task</source>
        <translation>งานของผู้ใช้</translation>
    </message>
    <message>
        <source>Service task</source>
        <translation>งานบริการ</translation>
    </message>
    <message>
        <source>Manual task</source>
        <translation>งานที่ทำด้วยมือ</translation>
    </message>
    <message>
        <source>Send task</source>
        <translation>งานส่ง</translation>
    </message>
    <message>
        <source>Receive task</source>
        <translation>งานรับ</translation>
    </message>
    <message>
        <source>Script task</source>
        <translation>งานสคริปต์</translation>
    </message>
    <message>
        <source>Business rule task</source>
        <translation>งานกฎทางธุรกิจ</translation>
    </message>
    <message>
        <source>Sub-process</source>
        <translation>กระบวนการย่อย</translation>
    </message>
    <message>
        <source>Ad-hoc sub-process</source>
        <translation>กระบวนการย่อยแบบเฉพาะกิจ</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>ธุรกรรม</translation>
    </message>
    <message>
        <source>Call activity</source>
        <translation>กิจกรรมเรียกใช้</translation>
    </message>
    <message>
        <source>Exclusive gateway</source>
        <translation>เกตเวย์แบบเลือกทางเดียว</translation>
    </message>
    <message>
        <source>Parallel gateway</source>
        <translation>เกตเวย์แบบขนาน</translation>
    </message>
    <message>
        <source>Inclusive gateway</source>
        <translation>เกตเวย์แบบรวม</translation>
    </message>
    <message>
        <source>Event-based gateway</source>
        <translation>เกตเวย์ตามเหตุการณ์</translation>
    </message>
    <message>
        <source>Complex gateway</source>
        <translation>เกตเวย์ซับซ้อน</translation>
    </message>
    <message>
        <source>Start event</source>
        <translation>เหตุการณ์เริ่มต้น</translation>
    </message>
    <message>
        <source>End event</source>
        <translation>เหตุการณ์สิ้นสุด</translation>
    </message>
    <message>
        <source>Intermediate catch event</source>
        <translation>เหตุการณ์ระหว่างทางแบบรับ</translation>
    </message>
    <message>
        <source>Intermediate throw event</source>
        <translation>เหตุการณ์ระหว่างทางแบบส่ง</translation>
    </message>
    <message>
        <source>Boundary event</source>
        <translation>เหตุการณ์ขอบ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>โฟลว์</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>เลน</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่นๆ</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>{from_step} ({from_lane}) passes the customer to {to_step} ({to_lane}); transfers per journey: {transitions_n}</source>
        <extracomment>The evidence of each streamlining candidate, by the core&apos;s code. A part without words (a lane&apos;s name and a number) is not listed for translation; its number is still the locale&apos;s.</extracomment>
        <translation>{from_step} ({from_lane}) ส่งต่อลูกค้าไปยัง {to_step} ({to_lane}); การส่งต่อลูกค้าต่อเส้นทาง: {transitions_n}</translation>
    </message>
    <message>
        <source>{departments_n} departments in the {phase} phase; contacts per journey: {department_parts}</source>
        <translation>{departments_n} แผนกในระยะ {phase}; การติดต่อต่อเส้นทาง: {department_parts}</translation>
    </message>
    <message>
        <source>repeat provisions of &apos;{item}&apos; per journey: {provisions_n}</source>
        <translation>การให้ &apos;{item}&apos; ซ้ำต่อเส้นทาง: {provisions_n}</translation>
    </message>
    <message>
        <source>steps in the loop: {steps_n}; extra visits per journey: {visits_n}</source>
        <translation>ขั้นตอนในลูป: {steps_n}; การผ่านเพิ่มเติมต่อเส้นทาง: {visits_n}</translation>
    </message>
    <message>
        <source>steps in the loop: {steps_n}; extra visits per journey: {visits_n}; avoidable contacts: {contacts} (see failure demand)</source>
        <translation>ขั้นตอนในลูป: {steps_n}; การผ่านเพิ่มเติมต่อเส้นทาง: {visits_n}; การติดต่อที่หลีกเลี่ยงได้: {contacts} (ดูความต้องการจากความล้มเหลว)</translation>
    </message>
    <message>
        <source>non-value-adding steps: {steps_n}; customer minutes: {minutes_n}</source>
        <translation>ขั้นตอนที่ไม่สร้างคุณค่า: {steps_n}; เวลาลูกค้า (นาที): {minutes_n}</translation>
    </message>
    <message>
        <source>non-value-adding steps: {steps_n}; customer minutes: {minutes_n} ({share_pct} of customer time)</source>
        <translation>ขั้นตอนที่ไม่สร้างคุณค่า: {steps_n}; เวลาลูกค้า (นาที): {minutes_n} ({share_pct} ของเวลาลูกค้า)</translation>
    </message>
    <message>
        <source>no lane</source>
        <translation>ไม่มีเลน</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The scale must be greater than 0.</source>
        <extracomment>White space around the diagram in the image, in diagram units. Largest side of an exported image, in pixels (keeps memory bounded for huge models). Diagram units per inch: the window shows the diagram at 96 dots per inch at 100 %. Margin of PDF and printed pages, in millimetres. Adds what the window draws over the diagram (analysis highlights) to an export&apos;s fresh scene. the largest side of a PNG, in pixels</extracomment>
        <translation>มาตราส่วนต้องมากกว่า 0</translation>
    </message>
    <message>
        <source>The image would be {width}×{height} pixels, more than {most} a side; choose a scale of at most {scale}.</source>
        <translation>ภาพจะมีขนาด {width}×{height} พิกเซล เกิน {most} พิกเซลต่อด้าน กรุณาเลือกมาตราส่วนไม่เกิน {scale}</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>เขียน {path} ไม่ได้</translation>
    </message>
    <message>
        <source>Cannot paint on the page.</source>
        <translation>วาดบนหน้ากระดาษไม่ได้</translation>
    </message>
    <message>
        <source>Customer process</source>
        <translation>กระบวนการของลูกค้า</translation>
    </message>
    <message>
        <source>Printing needs Qt&apos;s print support (the QtPrintSupport module of PySide6 and the system&apos;s CUPS library, libcups2 on Debian and Ubuntu).</source>
        <extracomment>Why File ▸ Print is greyed out when Qt&apos;s print support cannot load.</extracomment>
        <translation>การพิมพ์ต้องใช้ส่วนสนับสนุนการพิมพ์ของ Qt (โมดูล QtPrintSupport ของ PySide6 และไลบรารี CUPS ของระบบ คือ libcups2 บน Debian และ Ubuntu)</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>ส่งออกไม่ได้</translation>
    </message>
    <message>
        <source>Exported {name}</source>
        <translation>ส่งออก {name} แล้ว</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>พิมพ์ไม่ได้</translation>
    </message>
    <message>
        <source>Copied the diagram as a picture at {scale} × ({width} × {height} pixels), the most a picture holds; the SVG copy is full size</source>
        <translation>คัดลอกแผนภาพเป็นรูปภาพที่ {scale} × ({width} × {height} พิกเซล) ซึ่งเป็นขนาดที่ใหญ่ที่สุดที่รูปภาพรองรับได้ สำเนา SVG มีขนาดเต็ม</translation>
    </message>
    <message>
        <source>Copied the diagram as a picture</source>
        <translation>คัดลอกแผนภาพเป็นรูปภาพแล้ว</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>ตัวอย่างก่อนพิมพ์</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export as {format}</source>
        <extracomment>The PNG scales the size field offers when the diagram allows them (dots per inch: × 96).
----------
Shows the print preview for a printer whose pages ``paint`` draws (tests replace it).</extracomment>
        <translation>ส่งออกเป็น {format}</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>มาตราส่วน</translation>
    </message>
    <message>
        <source>Dots per inch</source>
        <translation>จุดต่อนิ้ว</translation>
    </message>
    <message>
        <source>White</source>
        <translation>ขาว</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>โปร่งใส</translation>
    </message>
    <message>
        <source>One page, fitted</source>
        <translation>หน้าเดียว ปรับให้พอดี</translation>
    </message>
    <message>
        <source>Several pages, at full size</source>
        <translation>หลายหน้า ขนาดจริง</translation>
    </message>
    <message>
        <source>Include the analysis highlights</source>
        <translation>รวมการไฮไลต์จากการวิเคราะห์</translation>
    </message>
    <message>
        <source>No analysis highlights are shown on the diagram.</source>
        <translation>ไม่มีการไฮไลต์จากการวิเคราะห์บนแผนภาพ</translation>
    </message>
    <message>
        <source>Size in</source>
        <translation>ขนาดเป็น</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>ภาพ</translation>
    </message>
    <message>
        <source>A PNG is at most {most} pixels a side: this diagram fits at up to {scale} ×. For a sharper picture, export SVG, or PDF on several pages.</source>
        <translation>PNG มีได้ไม่เกิน {most} พิกเซลต่อด้าน แผนภาพนี้ใส่ได้ที่มาตราส่วนไม่เกิน {scale} × หากต้องการภาพที่คมชัดกว่า ให้ส่งออกเป็น SVG หรือ PDF หลายหน้า</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>พื้นหลัง</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>หน้า</translation>
    </message>
    <message>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} พิกเซล</translation>
    </message>
</context>
<context>
    <name>FieldDefault</name>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ยังไม่กำหนด</translation>
    </message>
    <message>
        <source>derived</source>
        <extracomment>What applies when the field is empty (&quot;not set&quot;).</extracomment>
        <translation>คำนวณให้</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>other</source>
        <translation>อื่นๆ</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>คงที่</translation>
    </message>
    <message>
        <source>not plotted</source>
        <translation>ไม่แสดงในกราฟ</translation>
    </message>
    <message>
        <source>5, unrated</source>
        <translation>5 ยังไม่ให้คะแนน</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>อนุมานให้</translation>
    </message>
    <message>
        <source>matched by name</source>
        <translation>จับคู่ตามชื่อ</translation>
    </message>
    <message>
        <source>even</source>
        <translation>เท่ากัน</translation>
    </message>
    <message>
        <source>success</source>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <source>even split</source>
        <translation>แบ่งเท่ากัน</translation>
    </message>
</context>
<context>
    <name>FieldRange</name>
    <message>
        <source>a whole number, {low} to {high}</source>
        <translation>จำนวนเต็ม {low} ถึง {high}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} ถึง {high}</translation>
    </message>
    <message>
        <source>a whole number, at least {low}</source>
        <translation>จำนวนเต็ม อย่างน้อย {low}</translation>
    </message>
    <message>
        <source>at least {low}</source>
        <translation>อย่างน้อย {low}</translation>
    </message>
    <message>
        <source>a whole number, at most {high}</source>
        <translation>จำนวนเต็ม ไม่เกิน {high}</translation>
    </message>
    <message>
        <source>at most {high}</source>
        <translation>ไม่เกิน {high}</translation>
    </message>
    <message>
        <source>a whole number in {unit}</source>
        <translation>จำนวนเต็มเป็น {unit}</translation>
    </message>
    <message>
        <source>any number in {unit}</source>
        <translation>ตัวเลขใดก็ได้เป็น {unit}</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>ตัวเลขใดก็ได้</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>{user} on {host} (since {since})</source>
        <translation>{user} บน {host} (ตั้งแต่ {since})</translation>
    </message>
    <message>
        <source>an unknown computer</source>
        <translation>คอมพิวเตอร์ที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>{name} was still locked by {holder}, who is no longer editing it; you hold the lock now.</source>
        <translation>{name} ยังถูกล็อกโดย {holder} ซึ่งไม่ได้แก้ไขแล้ว ตอนนี้คุณถือล็อกแทน</translation>
    </message>
    <message>
        <source>You took over the lock of {name} from {user} on {host}.</source>
        <translation>คุณรับช่วงล็อกของ {name} จาก {user} บน {host} แล้ว</translation>
    </message>
    <message>
        <source>The lock of {name} could not be taken over.</source>
        <translation>รับช่วงล็อกของ {name} ไม่ได้</translation>
    </message>
    <message>
        <source>File in Use</source>
        <translation>ไฟล์กำลังถูกใช้งาน</translation>
    </message>
    <message>
        <source>{name} is being edited by {holder}.</source>
        <translation>{name} กำลังถูกแก้ไขโดย {holder}</translation>
    </message>
    <message>
        <source>Open it read-only to look at it (you can save a copy under another name), or take over editing if that person is done.</source>
        <translation>เปิดแบบอ่านอย่างเดียวเพื่อดู (บันทึกสำเนาด้วยชื่ออื่นได้) หรือรับช่วงการแก้ไขถ้าคนนั้นทำเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>เปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <source>Take Over Editing…</source>
        <translation>รับช่วงการแก้ไข…</translation>
    </message>
    <message>
        <source>Take Over Editing</source>
        <translation>รับช่วงการแก้ไข</translation>
    </message>
    <message>
        <source>If {user} saves {name} later, one of you loses changes. Take over anyway?</source>
        <translation>ถ้า {user} บันทึก {name} ภายหลัง คนใดคนหนึ่งจะเสียการเปลี่ยนแปลง รับช่วงต่อหรือไม่</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>ผู้ใช้อื่น</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation>ไฟล์ BPMN 2.0 (*.bpmn *.xml);;ไฟล์ทั้งหมด (*)</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find a step by name, key or value</source>
        <translation>ค้นหาขั้นตอนตามชื่อ คีย์ หรือค่า</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>รายการก่อนหน้า (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>รายการถัดไป (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>ปิด (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>ไม่พบ</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>พบ {count} รายการ</translation>
    </message>
    <message>
        <source>{current} of {count}</source>
        <translation>{current} จาก {count}</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <source>{failure_pct} of journeys meet at least one failure; {success_pct} end in success.</source>
        <translation>{failure_pct} ของเส้นทางพบความล้มเหลวอย่างน้อยหนึ่งครั้ง และ {success_pct} จบลงด้วยความสำเร็จ</translation>
    </message>
    <message>
        <source>No consolidation candidate addresses any customer time.</source>
        <translation>ไม่มีจุดที่ควรรวมใดช่วยลดเวลาของลูกค้าได้</translation>
    </message>
    <message>
        <source>Routing right first time from {first} to {second} saves about {minutes_min} per customer{per_year}.</source>
        <translation>การส่งต่อให้ถูกต้องตั้งแต่ครั้งแรกจาก {first} ไปยัง {second} ช่วยประหยัดเวลาได้ประมาณ {minutes_min} ต่อลูกค้า{per_year}</translation>
    </message>
    <message>
        <source>One point of contact for the {phase} phase ({departments}) addresses about {minutes_min} per customer{per_year}.</source>
        <translation>การมีจุดติดต่อเดียวสำหรับระยะ {phase} ({departments}) ช่วยลดเวลาได้ประมาณ {minutes_min} ต่อลูกค้า{per_year}</translation>
    </message>
    <message>
        <source>Asking for &apos;{item}&apos; once instead of at {steps_n} steps addresses about {minutes_min} per customer{per_year}.</source>
        <translation>การขอ &apos;{item}&apos; เพียงครั้งเดียวแทนที่จะขอใน {steps_n} ขั้นตอน ช่วยลดเวลาได้ประมาณ {minutes_min} ต่อลูกค้า{per_year}</translation>
    </message>
    <message>
        <source>Removing the cause of the rework loop through {first} addresses about {minutes_min} per customer{per_year}.</source>
        <translation>การขจัดสาเหตุของลูปการทำงานซ้ำที่ผ่าน {first} ช่วยลดเวลาได้ประมาณ {minutes_min} ต่อลูกค้า{per_year}</translation>
    </message>
    <message>
        <source>, {hours_h} a year</source>
        <translation> รวม {hours_h} ต่อปี</translation>
    </message>
    <message>
        <source>The riskiest point is {element}: {per_1000_n} in 1,000 journeys fail there{surfaces}.</source>
        <translation>จุดที่เสี่ยงที่สุดคือ {element}: {per_1000_n} ใน 1,000 เส้นทางล้มเหลวที่จุดนี้{surfaces}</translation>
    </message>
    <message>
        <source>No step or branch can fail in this model.</source>
        <translation>ไม่มีขั้นตอนหรือทางแยกใดในโมเดลนี้ที่ล้มเหลวได้</translation>
    </message>
    <message>
        <source>, and the customer notices at {where}</source>
        <translation> และลูกค้าสังเกตเห็นที่ {where}</translation>
    </message>
    <message>
        <source>Together the candidates ({count_n}) address about {total_min} of the customer&apos;s {journey_min} per journey (each step counted once).</source>
        <translation>จุดที่ควรปรับ ({count_n} จุด) รวมกันช่วยลดเวลาได้ประมาณ {total_min} จาก {journey_min} ของลูกค้าต่อเส้นทาง (นับแต่ละขั้นตอนครั้งเดียว)</translation>
    </message>
    <message>
        <source>A customer spends about {time_min} of their own time per journey (touchpoints: {touchpoints_n}, contacts with us: {contacts_n}).</source>
        <extracomment>Each sentence a result opens with, by the core&apos;s code; the {name} placeholders stay as they are.</extracomment>
        <translation>ลูกค้าใช้เวลาของตนเองประมาณ {time_min} ต่อเส้นทาง (ทัชพอยต์: {touchpoints_n} การติดต่อกับเรา: {contacts_n})</translation>
    </message>
    <message>
        <source>A customer&apos;s time per journey is not known (no step has a duration); touchpoints: {touchpoints_n}, contacts with us: {contacts_n}.</source>
        <translation>ไม่ทราบเวลาของลูกค้าต่อเส้นทาง (ไม่มีขั้นตอนใดกำหนดระยะเวลา) ทัชพอยต์: {touchpoints_n} การติดต่อกับเรา: {contacts_n}</translation>
    </message>
    <message>
        <source>Together the candidates ({count_n}) address about {total_min} of the customer&apos;s {journey_min} per journey (each step counted once), {total_h} a year.</source>
        <translation>จุดที่ควรปรับ ({count_n} จุด) รวมกันช่วยลดเวลาได้ประมาณ {total_min} จาก {journey_min} ของลูกค้าต่อเส้นทาง (นับแต่ละขั้นตอนครั้งเดียว) รวม {total_h} ต่อปี</translation>
    </message>
    <message>
        <source>Removing or automating the non-value-adding steps ({steps_n}) saves about {minutes_min} per customer{per_year} ({share_pct} of customer time).</source>
        <translation>การตัดออกหรือทำให้ขั้นตอนที่ไม่สร้างคุณค่า ({steps_n} ขั้นตอน) เป็นอัตโนมัติ ช่วยประหยัดเวลาได้ประมาณ {minutes_min} ต่อลูกค้า{per_year} ({share_pct} ของเวลาลูกค้า)</translation>
    </message>
    <message>
        <source>{failure_pct} of journeys meet at least one failure; steps that are pain points: {pain_n}.</source>
        <translation>{failure_pct} ของเส้นทางพบความล้มเหลวอย่างน้อยหนึ่งครั้ง ขั้นตอนที่เป็นจุดเจ็บปวด: {pain_n}</translation>
    </message>
    <message>
        <source>&apos;{system}&apos; fails the customer most: {per_1000_n} per 1,000 journeys; steps that use it: {users_n}.</source>
        <translation>&apos;{system}&apos; ทำให้ลูกค้าพบความล้มเหลวมากที่สุด: {per_1000_n} ครั้งต่อ 1,000 เส้นทาง ขั้นตอนที่ใช้ระบบนี้: {users_n}</translation>
    </message>
    <message>
        <source>No system is used by the steps of this journey.</source>
        <translation>ไม่มีขั้นตอนใดในเส้นทางนี้ที่ใช้ระบบ</translation>
    </message>
    <message>
        <source>{fdr_pct} of the contacts customers start are failure demand, there only because we did not communicate well enough.</source>
        <translation>{fdr_pct} ของการติดต่อที่ลูกค้าเป็นผู้เริ่มเป็นความต้องการจากความล้มเหลว ซึ่งเกิดขึ้นเพียงเพราะเราสื่อสารได้ไม่ดีพอ</translation>
    </message>
    <message>
        <source>The largest reason is &apos;{reason}&apos;: {share_pct} of contacts, {cost_money} per journey{annual}.</source>
        <translation>เหตุผลที่พบมากที่สุดคือ &apos;{reason}&apos;: {share_pct} ของการติดต่อ {cost_money} ต่อเส้นทาง{annual}</translation>
    </message>
    <message>
        <source>No contact in this journey has a reason, so failure demand cannot be told apart.</source>
        <translation>ไม่มีการติดต่อใดในเส้นทางนี้ที่ระบุเหตุผล จึงแยกความต้องการจากความล้มเหลวไม่ได้</translation>
    </message>
    <message>
        <source>, {annual_money} a year</source>
        <translation> รวม {annual_money} ต่อปี</translation>
    </message>
    <message>
        <source>The competitor takes {delta_min} {direction} of the customer&apos;s time than we do ({theirs_min} against our {ours_min} per journey).</source>
        <translation>คู่แข่งใช้เวลาของลูกค้า{direction}เรา {delta_min} ({theirs_min} เทียบกับ {ours_min} ของเราต่อเส้นทาง)</translation>
    </message>
    <message>
        <source>They do better on {theirs_n} of {count_n} measures, we on {ours_n}.</source>
        <translation>คู่แข่งทำได้ดีกว่าใน {theirs_n} จาก {count_n} ตัวชี้วัด ส่วนเราดีกว่าใน {ours_n}</translation>
    </message>
    <message>
        <source>The what-if {direction} {net_money} a year ({benefit_pct} chance of a net benefit).</source>
        <translation>กรณี What-if {direction} {net_money} ต่อปี (มีโอกาส {benefit_pct} ที่จะได้ประโยชน์สุทธิ)</translation>
    </message>
    <message>
        <source>For the customer, measures that get better: {better_n}, worse: {worse_n}; customer time {direction} by {delta_min}.</source>
        <translation>สำหรับลูกค้า ตัวชี้วัดที่ดีขึ้น: {better_n} ที่แย่ลง: {worse_n} เวลาของลูกค้า{direction} {delta_min}</translation>
    </message>
    <message>
        <source>Elements that change: {count_n} ({visible_n} the customer sees, {backstage_n} back-stage); flows re-wired: {rewired_n}.</source>
        <translation>องค์ประกอบที่เปลี่ยน: {count_n} (ลูกค้ามองเห็น {visible_n} อยู่หลังบ้าน {backstage_n}) โฟลว์ที่เชื่อมต่อใหม่: {rewired_n}</translation>
    </message>
    <message>
        <source>How often customers meet &apos;{name}&apos; per journey: {before_n} → {after_n}.</source>
        <translation>จำนวนครั้งที่ลูกค้าพบ &apos;{name}&apos; ต่อเส้นทาง: {before_n} → {after_n}</translation>
    </message>
    <message>
        <source>more</source>
        <extracomment>The words a headline puts in its {direction}.</extracomment>
        <translation>มากกว่า</translation>
    </message>
    <message>
        <source>less</source>
        <translation>น้อยกว่า</translation>
    </message>
    <message>
        <source>earns</source>
        <translation>สร้างรายได้สุทธิ</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>มีต้นทุนสุทธิ</translation>
    </message>
    <message>
        <source>rises</source>
        <translation>เพิ่มขึ้น</translation>
    </message>
    <message>
        <source>falls</source>
        <translation>ลดลง</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>ใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>เปิด(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>เปิดล่าสุด(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>บันทึก(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>บันทึกเป็น(&amp;A)…</translation>
    </message>
    <message>
        <source>Save as What-if &amp;Variant…</source>
        <translation>บันทึกเป็นทางเลือก What-if(&amp;V)…</translation>
    </message>
    <message>
        <source>Save a copy that keeps every id and records which model it varies</source>
        <translation>บันทึกสำเนาที่คง id ทุกตัวและบันทึกว่าเป็นทางเลือกของโมเดลใด</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ส่งออก(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;PNG Image…</source>
        <translation>ภาพ PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;SVG Drawing…</source>
        <translation>ภาพวาด SVG(&amp;S)…</translation>
    </message>
    <message>
        <source>A vector drawing for web pages and documents; each element is tagged with its id and kind</source>
        <translation>ภาพเวกเตอร์สำหรับหน้าเว็บและเอกสาร แต่ละองค์ประกอบติดป้าย id และชนิด</translation>
    </message>
    <message>
        <source>P&amp;DF Document…</source>
        <translation>เอกสาร PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;BPMN for Other Tools…</source>
        <translation>BPMN สำหรับเครื่องมืออื่น(&amp;B)…</translation>
    </message>
    <message>
        <source>BPMN 2.0 without this editor&apos;s attributes, for strict tools</source>
        <translation>BPMN 2.0 ที่ไม่มีแอตทริบิวต์ของโปรแกรมนี้ สำหรับเครื่องมือที่เข้มงวด</translation>
    </message>
    <message>
        <source>BPMN for Other Tools with BPSim &amp;Probabilities…</source>
        <translation>BPMN สำหรับเครื่องมืออื่นพร้อมความน่าจะเป็น BPSim(&amp;P)…</translation>
    </message>
    <message>
        <source>The same, with the branch probabilities as BPSim 2.0 parameters for simulators</source>
        <translation>เหมือนกัน แต่มีความน่าจะเป็นของทางแยกเป็นพารามิเตอร์ BPSim 2.0 สำหรับโปรแกรมจำลอง</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>พิมพ์(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>ปิด(&amp;C)</translation>
    </message>
    <message>
        <source>Close the document; the last window stays open</source>
        <translation>ปิดเอกสาร หน้าต่างสุดท้ายยังเปิดอยู่</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>ทำสำเนา(&amp;U)</translation>
    </message>
    <message>
        <source>Copy as &amp;Image</source>
        <translation>คัดลอกเป็นรูปภาพ(&amp;I)</translation>
    </message>
    <message>
        <source>The whole diagram on the clipboard, as a picture and as an SVG drawing</source>
        <translation>แผนภาพทั้งหมดไปยังคลิปบอร์ด เป็นรูปภาพและภาพวาด SVG</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ลบ(&amp;D)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>เลือกทั้งหมด(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>เปลี่ยนชื่อ(&amp;R)</translation>
    </message>
    <message>
        <source>Repair Text &amp;Encoding</source>
        <translation>ซ่อมการเข้ารหัสข้อความ(&amp;E)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>การตั้งค่า(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>ค้นหา(&amp;F)…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>ค้นหาถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>ค้นหาก่อนหน้า(&amp;V)</translation>
    </message>
    <message>
        <source>Arra&amp;nge</source>
        <translation>จัดวาง(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Lanes</source>
        <translation>เลน(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Mark as Customer Lane</source>
        <translation>ระบุเป็นเลนลูกค้า(&amp;M)</translation>
    </message>
    <message>
        <source>Move Customer Lane to &amp;Top</source>
        <translation>ย้ายเลนลูกค้าขึ้นบนสุด(&amp;T)</translation>
    </message>
    <message>
        <source>Set &amp;Role</source>
        <translation>ตั้งบทบาท(&amp;R)</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>ย้ายไปซ้าย</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>ย้ายไปขวา</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>ย้ายขึ้น</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>ย้ายลง</translation>
    </message>
    <message>
        <source>Cancel Gesture</source>
        <translation>ยกเลิกการลาก</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>ขยาย(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>ย่อ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size (100 %)</source>
        <translation>ขนาดจริง (100 %)(&amp;A)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>พอดีหน้าต่าง(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;Grid</source>
        <translation>แสดงเส้นตาราง(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Company as One Entity</source>
        <translation>บริษัทเป็นหน่วยเดียว(&amp;C)</translation>
    </message>
    <message>
        <source>Show every lane but the customer&apos;s as one Company band (view only)</source>
        <translation>แสดงทุกเลนยกเว้นของลูกค้าเป็นแถบบริษัทเดียว (เฉพาะมุมมอง)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>แทรก(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Lane</source>
        <translation>เลน(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Lane</source>
        <translation>เลนระบบ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>เชื่อมต่อ(&amp;C)</translation>
    </message>
    <message>
        <source>Click the step a flow starts at, then the step it goes to</source>
        <translation>คลิกขั้นตอนที่โฟลว์เริ่ม แล้วคลิกขั้นตอนที่โฟลว์ไปถึง</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>แบบจำลอง(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>การวิเคราะห์(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>คู่มือผู้ใช้(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>แป้นพิมพ์ลัด(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>เกี่ยวกับ(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>หลัก</translation>
    </message>
    <message>
        <source>Add Lane</source>
        <extracomment>Toolbar buttons that keep their words beside the icon (modes and less familiar commands).</extracomment>
        <translation>เพิ่มเลน</translation>
    </message>
    <message>
        <source>Company View</source>
        <translation>มุมมองบริษัท</translation>
    </message>
    <message>
        <source>Turn names garbled by a wrong encoding (&apos;PrÃ¼fung&apos;) back into what they meant (&apos;Prüfung&apos;)</source>
        <translation>แก้ชื่อที่เพี้ยนจากการเข้ารหัสผิด (&apos;PrÃ¼fung&apos;) ให้กลับเป็นข้อความที่ตั้งใจไว้ (&apos;Prüfung&apos;)</translation>
    </message>
    <message>
        <source>No garbled names to repair</source>
        <translation>ไม่มีชื่อที่เพี้ยนให้ซ่อม</translation>
    </message>
    <message>
        <source>Repaired the encoding of %n name(s)</source>
        <translation>ซ่อมการเข้ารหัสของ %n ชื่อแล้ว</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Order journey (example)</source>
        <translation>เส้นทางการสั่งซื้อ (ตัวอย่าง)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <extracomment>The smallest zoom of a first view at which names can still be read.</extracomment>
        <translation>ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>Document closed. Draw a new journey here, or open a file.</source>
        <translation>ปิดเอกสารแล้ว วาดเส้นทางลูกค้าใหม่ที่นี่ หรือเปิดไฟล์</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>จานเครื่องมือ</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>ไม่ได้เลือก</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>ไม่มีไฟล์ล่าสุด</translation>
    </message>
    <message>
        <source>{count} selected</source>
        <translation>เลือก {count} รายการ</translation>
    </message>
    <message>
        <source>Select the lane that is the customer.</source>
        <translation>เลือกเลนที่เป็นลูกค้า</translation>
    </message>
    <message>
        <source>IT/Systems</source>
        <translation>ไอที/ระบบ</translation>
    </message>
    <message>
        <source>The company&apos;s lanes are merged in the view only; steps keep their lanes.</source>
        <translation>เลนของบริษัทรวมกันเฉพาะในมุมมอง ขั้นตอนยังอยู่ในเลนเดิม</translation>
    </message>
    <message>
        <source>Customer journeys as BPMN 2.0 swimlanes, the customer lane on top.</source>
        <translation>เส้นทางลูกค้าในรูปแบบสวิมเลน BPMN 2.0 โดยมีเลนลูกค้าอยู่บนสุด</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Click or drag to move the diagram&apos;s view</source>
        <extracomment>More changed areas than this at once are redrawn as the one rectangle around them. A changed area wider or taller than this (scene units) is drawn after a quiet time of WIDE_REDRAW_DELAY milliseconds; smaller ones after LOCAL_REDRAW_DELAY. A task&apos;s width in diagram units: drawn smaller than a pixel, steps and flows are left out. Fitted whole, a diagram less high than this many pixels (its lanes a few pixels each) is shown as a strip that follows the canvas. A strip is at least this many times as wide as the canvas&apos;s view (the frame in it, half). Height in pixels of the bar that marks where a strip lies in the whole diagram.</extracomment>
        <translation>คลิกหรือลากเพื่อเลื่อนมุมมองแผนภาพ</translation>
    </message>
    <message>
        <source>Minimap</source>
        <extracomment>Whether the minimap shows a strip of a long diagram, following the canvas. Whether a drag in the minimap steers the canvas (a strip then stays put). The diagram as the minimap shows it; None: to be drawn whole at the next paint. Scene to picture pixels, as the picture was drawn (a strip&apos;s reaches beyond the view). Scene areas changed since the picture was drawn. Wide changed areas, drawn when the scene has been quiet for a moment. Small changed areas, drawn a moment after the gesture&apos;s frame. A zoom of the canvas rescales a strip when this fires, after the zoom&apos;s frame. A newly shown scene&apos;s picture waits for this, so the canvas is painted first.</extracomment>
        <translation>แผนที่ย่อ</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>แผนที่ย่อ(&amp;M)</translation>
    </message>
    <message>
        <source>The whole diagram, with the part on screen framed</source>
        <translation>แผนภาพทั้งหมด พร้อมกรอบส่วนที่แสดงบนหน้าจอ</translation>
    </message>
</context>
<context>
    <name>ModelDialogs</name>
    <message>
        <source>&amp;Add Record</source>
        <extracomment>Answers a yes/no question: (title, text) → True for yes. Tests replace it.</extracomment>
        <translation>เพิ่มระเบียน(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Record</source>
        <translation>ลบระเบียน(&amp;R)</translation>
    </message>
    <message>
        <source>Steps use this record</source>
        <translation>มีขั้นตอนที่ใช้ระเบียนนี้</translation>
    </message>
    <message>
        <source>Used by</source>
        <extracomment>The code each row had when the dialog opened (None for an added row).</extracomment>
        <translation>ใช้โดย</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ยังไม่กำหนด</translation>
    </message>
    <message>
        <source>Row {row}, {field}: {problem}.</source>
        <translation>แถว {row}, {field}: {problem}</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is taken out of {steps}.</source>
        <translation>&apos;{code}&apos; ถูกนำออกจาก {steps}</translation>
    </message>
    <message>
        <source>Steps refer to these codes:</source>
        <translation>ขั้นตอนอ้างถึงรหัสเหล่านี้:</translation>
    </message>
    <message>
        <source>Change the steps too? (No keeps this dialog open.)</source>
        <translation>เปลี่ยนขั้นตอนด้วยหรือไม่ (ไม่ = กล่องนี้ยังเปิดอยู่)</translation>
    </message>
    <message>
        <source>Nothing changed yet: put the codes back, or press OK and answer Yes to change the steps too.</source>
        <translation>ยังไม่มีการเปลี่ยนแปลง: ใส่รหัสกลับคืน หรือกด OK แล้วตอบ ใช่ เพื่อเปลี่ยนขั้นตอนด้วย</translation>
    </message>
    <message>
        <source>&amp;Add system</source>
        <translation>เพิ่มระบบ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove system</source>
        <translation>ลบระบบ(&amp;R)</translation>
    </message>
    <message>
        <source>Steps use this system</source>
        <translation>มีขั้นตอนที่ใช้ระบบนี้</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>ระบบ</translation>
    </message>
    <message>
        <source>&amp;Add resource</source>
        <translation>เพิ่มทรัพยากร(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove resource</source>
        <translation>ลบทรัพยากร(&amp;R)</translation>
    </message>
    <message>
        <source>Steps use this resource</source>
        <translation>มีขั้นตอนที่ใช้ทรัพยากรนี้</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>ทรัพยากร</translation>
    </message>
    <message>
        <source>no step</source>
        <translation>ไม่มีขั้นตอน</translation>
    </message>
    <message>
        <source>%n step(s)</source>
        <translation>%n ขั้นตอน</translation>
    </message>
</context>
<context>
    <name>ModelMenu</name>
    <message>
        <source>&amp;Systems…</source>
        <extracomment>(key, menu text, status tip, what the undo step is called).</extracomment>
        <translation>ระบบ(&amp;S)…</translation>
    </message>
    <message>
        <source>The IT systems steps rely on and how often one use fails</source>
        <translation>ระบบไอทีที่ขั้นตอนต้องพึ่งพา และความถี่ที่การใช้งานแต่ละครั้งล้มเหลว</translation>
    </message>
    <message>
        <source>Edit systems</source>
        <translation>แก้ไขระบบ</translation>
    </message>
    <message>
        <source>&amp;Resources…</source>
        <translation>ทรัพยากร(&amp;R)…</translation>
    </message>
    <message>
        <source>Pools of agents that steps share, for the waiting times</source>
        <translation>กลุ่มเจ้าหน้าที่ที่ขั้นตอนใช้ร่วมกัน สำหรับเวลารอ</translation>
    </message>
    <message>
        <source>Edit resources</source>
        <translation>แก้ไขทรัพยากร</translation>
    </message>
    <message>
        <source>S&amp;cenario…</source>
        <translation>สถานการณ์(&amp;C)…</translation>
    </message>
    <message>
        <source>Journeys per year, arrival rate, accounts and other yearly values</source>
        <translation>จำนวนเส้นทางต่อปี อัตราการมาถึง บัญชีลูกค้า และค่ารายปีอื่นๆ</translation>
    </message>
    <message>
        <source>Edit scenario</source>
        <translation>แก้ไขสถานการณ์</translation>
    </message>
    <message>
        <source>{title} changed</source>
        <translation>เปลี่ยน{title}แล้ว</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>ไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>C&amp;hoose the Customer…</source>
        <translation>เลือกลูกค้า(&amp;H)…</translation>
    </message>
    <message>
        <source>Which lane or pool is the customer, whose side of the journey the analyses measure</source>
        <translation>เลนหรือพูลที่เป็นลูกค้า ซึ่งการวิเคราะห์ใช้วัดผลฝั่งลูกค้าของเส้นทาง</translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Drag into a lane, or click here and then in a lane: {kind}</source>
        <extracomment>An entry was clicked: arm it for click-to-place (the kind key).</extracomment>
        <translation>ลากไปวางในเลน หรือคลิกที่นี่แล้วคลิกในเลน: {kind}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Changes other than the language apply at once.</source>
        <translation>การเปลี่ยนแปลงอื่นนอกจากภาษาจะมีผลทันที</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>รูปลักษณ์</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>ตามค่าเริ่มต้นของระบบ</translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation>มีผลหลังจากเริ่มโปรแกรมใหม่</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>สว่าง</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>มืด</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>ตามระบบ</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>ธีม:</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>แผนภาพ</translation>
    </message>
    <message>
        <source>Show the grid</source>
        <translation>แสดงเส้นตาราง</translation>
    </message>
    <message>
        <source>Snap steps to the grid</source>
        <translation>จัดขั้นตอนให้ชิดเส้นตาราง</translation>
    </message>
    <message>
        <source>Line steps up with other steps while moving</source>
        <translation>จัดแนวขั้นตอนให้ตรงกับขั้นตอนอื่นขณะย้าย</translation>
    </message>
    <message>
        <source>Grid spacing (pixels at 100 %):</source>
        <translation>ระยะห่างของเส้นตาราง (พิกเซลที่ 100 %):</translation>
    </message>
    <message>
        <source>Saving and units</source>
        <translation>การบันทึกและหน่วย</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> วินาที</translation>
    </message>
    <message>
        <source>Save a recovery copy every:</source>
        <translation>บันทึกสำเนากู้คืนทุก:</translation>
    </message>
    <message>
        <source>As in the file</source>
        <translation>ตามที่ระบุในไฟล์</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>นาที</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ชั่วโมง</translation>
    </message>
    <message>
        <source>Show durations in:</source>
        <translation>แสดงระยะเวลาเป็น:</translation>
    </message>
    <message>
        <source>Display only: files keep their own units.</source>
        <translation>ใช้เฉพาะการแสดงผล: ไฟล์ยังคงใช้หน่วยของตัวเอง</translation>
    </message>
    <message>
        <source>Show amounts in CU as:</source>
        <translation>แสดงจำนวนเงินหน่วย CU เป็น:</translation>
    </message>
    <message>
        <source>Restart the editor to see it in the new language.</source>
        <translation>เริ่มโปรแกรมใหม่เพื่อใช้ภาษาใหม่</translation>
    </message>
</context>
<context>
    <name>Properties</name>
    <message>
        <source>Properties</source>
        <extracomment>Element forms kept aside (a task&apos;s, an event&apos;s, a flow&apos;s, a lane&apos;s, ...). The key of the page shown when nothing is selected, kept as the forms are.</extracomment>
        <translation>คุณสมบัติ</translation>
    </message>
    <message>
        <source>{count} elements selected.</source>
        <extracomment>The &quot;Lane&quot; row of a step (not a field: a step changes lane by moving). The heading: the element&apos;s kind and name (never its id, which is the file&apos;s). The units the fields show (the document&apos;s own, or those of Preferences). What the form shown holds besides values (see :meth:`_form_of`); None: not kept. The last pages replaced by another (element forms, the &quot;nothing selected&quot; page), kept for the next alike selection. The selection the panel shows (the window tells it only of a different one).</extracomment>
        <translation>เลือก {count} องค์ประกอบ</translation>
    </message>
    <message>
        <source>Select a step, flow or lane.</source>
        <translation>เลือกขั้นตอน โฟลว์ หรือเลน</translation>
    </message>
    <message>
        <source>From another tool: shown and kept as it is.</source>
        <translation>มาจากเครื่องมืออื่น: แสดงและเก็บไว้ตามเดิม</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ชนิด</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>เลน</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>ความสูง</translation>
    </message>
    <message>
        <source>not set: {default}</source>
        <translation>ยังไม่กำหนด: {default}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ยังไม่กำหนด</translation>
    </message>
    <message>
        <source>Height must be a number.</source>
        <translation>ความสูงต้องเป็นตัวเลข</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Cannot recover</source>
        <translation>กู้คืนไม่ได้</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to {name}. Save to keep them.</source>
        <translation>กู้คืนการเปลี่ยนแปลงที่ยังไม่บันทึกของ {name} แล้ว บันทึกเพื่อเก็บไว้</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>กู้คืนงานที่ยังไม่บันทึก</translation>
    </message>
    <message>
        <source>today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>เมื่อวาน</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} เวลา {time}</translation>
    </message>
    <message>
        <source>The editor was closed before these changes were saved. Recover them now, or decide later.</source>
        <translation>โปรแกรมถูกปิดก่อนบันทึกการเปลี่ยนแปลงเหล่านี้ กู้คืนตอนนี้ หรือตัดสินใจภายหลัง</translation>
    </message>
    <message>
        <source>{name} — changes from {when}</source>
        <translation>{name} — การเปลี่ยนแปลงจาก{when}</translation>
    </message>
    <message>
        <source>A new document that was never saved</source>
        <translation>เอกสารใหม่ที่ยังไม่เคยบันทึก</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translation>ตัดสินใจภายหลัง</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>HTML report (*.html)</source>
        <translation>รายงาน HTML (*.html)</translation>
    </message>
    <message>
        <source>CSV tables, one file per table (folder)</source>
        <translation>ตาราง CSV ไฟล์ละหนึ่งตาราง (โฟลเดอร์)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>ไม่มีชื่อ</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>ส่งออกรายงาน</translation>
    </message>
    <message>
        <source>The report could not be written: {reason}</source>
        <translation>เขียนรายงานไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>%n CSV file(s) in {folder}</source>
        <translation>ไฟล์ CSV %n ไฟล์ใน {folder}</translation>
    </message>
    <message>
        <source>Report exported: {what}</source>
        <translation>ส่งออกรายงานแล้ว: {what}</translation>
    </message>
    <message>
        <source>{title} report</source>
        <translation>รายงาน{title}</translation>
    </message>
</context>
<context>
    <name>ResultsDock</name>
    <message>
        <source>Run an analysis from the Analysis menu: its figures appear here and its findings are highlighted on the diagram.</source>
        <extracomment>Height of the dock when a first result opens it (the diagram keeps the rest). Width of the key figures beside the tables. Rows a table&apos;s columns are sized to fit (besides those in view): measuring every row of the eight tables of a 10,000-step result held the window for a seventh of a second.</extracomment>
        <translation>เรียกใช้การวิเคราะห์จากเมนูการวิเคราะห์: ตัวเลขจะแสดงที่นี่ และสิ่งที่พบจะถูกไฮไลต์บนแผนภาพ</translation>
    </message>
    <message>
        <source>error</source>
        <extracomment>The highlight colours&apos; names in the dock&apos;s legend.</extracomment>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <source>info</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <source>Analysis Results</source>
        <extracomment>{KPI: the core&apos;s coverage words} of a key-figure table. Element ids of a clicked row. The user asked to run the shown analysis again.</extracomment>
        <translation>ผลการวิเคราะห์</translation>
    </message>
    <message>
        <source>Run Again</source>
        <extracomment>Tables whose columns are not sized yet (until first shown), with their names.</extracomment>
        <translation>รันอีกครั้ง</translation>
    </message>
    <message>
        <source>Highlight colours on the diagram; a badge names the finding</source>
        <translation>สีไฮไลต์บนแผนภาพ ป้ายกำกับระบุสิ่งที่พบ</translation>
    </message>
    <message>
        <source>%1 — running…</source>
        <translation>%1 — กำลังรัน…</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>ตัวเลขสำคัญ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issues (%n)</source>
        <translation>ปัญหา (%n)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 วินาที</translation>
    </message>
    <message>
        <source>&lt;b&gt;· stale:&lt;/b&gt; the model changed since this ran</source>
        <translation>&lt;b&gt;· ล้าสมัย:&lt;/b&gt; โมเดลเปลี่ยนไปหลังจากรันครั้งนี้</translation>
    </message>
    <message>
        <source>Stopped by %1: %2</source>
        <translation>ถูกหยุดโดย %1: %2</translation>
    </message>
    <message>
        <source>(and %n more in Issues)</source>
        <translation>(และอีก %n รายการในปัญหา)</translation>
    </message>
    <message>
        <source>%n highlighted element(s) not on this diagram (the other model&apos;s); the tables list them.</source>
        <translation>องค์ประกอบที่ไฮไลต์ %n รายการไม่อยู่ในแผนภาพนี้ (เป็นของอีกโมเดล) ดูได้ในตาราง</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>{names} and %n more</source>
        <translation>{names} และอีก %n รายการ</translation>
    </message>
</context>
<context>
    <name>RowMenu</name>
    <message>
        <source>&amp;Select in Diagram</source>
        <translation>เลือกในแผนภาพ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy Row</source>
        <translation>คัดลอกแถว(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ScenarioDialog</name>
    <message>
        <source>Scenario</source>
        <translation>สถานการณ์</translation>
    </message>
    <message>
        <source>Values for the whole model. Leave a field empty when it does not apply.</source>
        <translation>ค่าสำหรับทั้งโมเดล เว้นช่องว่างไว้ถ้าไม่เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>%n more value(s) from the file stay as they are.</source>
        <translation>อีก %n ค่าจากไฟล์คงไว้ตามเดิม</translation>
    </message>
    <message>
        <source>What-if sensitivity ranges (optional; otherwise ±20 % around the value)</source>
        <translation>ช่วงความไวของ What-if (ไม่บังคับ ถ้าไม่ใส่จะใช้ ±20 % รอบค่า)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ยังไม่กำหนด</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Zoom around the cursor</source>
        <translation>ซูมรอบเคอร์เซอร์</translation>
    </message>
    <message>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+ล้อเมาส์</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>เลื่อนมุมมอง</translation>
    </message>
    <message>
        <source>Space+Drag, Middle-drag</source>
        <translation>Space+ลาก, ลากด้วยปุ่มกลาง</translation>
    </message>
    <message>
        <source>Add to the selection</source>
        <translation>เพิ่มในส่วนที่เลือก</translation>
    </message>
    <message>
        <source>Ctrl+Click, Shift+Click</source>
        <translation>Ctrl+คลิก, Shift+คลิก</translation>
    </message>
    <message>
        <source>Select an area</source>
        <translation>เลือกพื้นที่</translation>
    </message>
    <message>
        <source>Drag on empty space</source>
        <translation>ลากบนพื้นที่ว่าง</translation>
    </message>
    <message>
        <source>Connect two steps</source>
        <translation>เชื่อมสองขั้นตอน</translation>
    </message>
    <message>
        <source>Drag from a step&apos;s arrow handle, or C then click the target</source>
        <translation>ลากจากที่จับลูกศรของขั้นตอน หรือกด C แล้วคลิกเป้าหมาย</translation>
    </message>
    <message>
        <source>Move a flow&apos;s segment</source>
        <translation>ย้ายช่วงของโฟลว์</translation>
    </message>
    <message>
        <source>Drag its round middle handle (the flow selected)</source>
        <translation>ลากที่จับกลมตรงกลาง (ขณะเลือกโฟลว์)</translation>
    </message>
    <message>
        <source>Rename in place</source>
        <translation>เปลี่ยนชื่อในที่</translation>
    </message>
    <message>
        <source>Double-click a step, flow or lane header</source>
        <translation>ดับเบิลคลิกขั้นตอน โฟลว์ หรือหัวเลน</translation>
    </message>
    <message>
        <source>Reorder lanes</source>
        <translation>จัดลำดับเลนใหม่</translation>
    </message>
    <message>
        <source>Drag a lane header</source>
        <translation>ลากหัวเลน</translation>
    </message>
    <message>
        <source>Resize a lane</source>
        <translation>ปรับขนาดเลน</translation>
    </message>
    <message>
        <source>Drag a lane&apos;s bottom edge</source>
        <translation>ลากขอบล่างของเลน</translation>
    </message>
    <message>
        <source>Move the selection</source>
        <translation>ย้ายส่วนที่เลือก</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>ปุ่มลูกศร</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>แป้นพิมพ์ลัด</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การทำงาน</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ปุ่ม</translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>Steps</source>
        <extracomment>The mime type a palette drag carries; the payload is the kind&apos;s key in UTF-8. The titles built from channels below, listed for translation.</extracomment>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>ทัชพอยต์</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>การกระทำของลูกค้า</translation>
    </message>
    <message>
        <source>Back-office step</source>
        <translation>ขั้นตอนหลังบ้าน</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>การตัดสินใจ</translation>
    </message>
    <message>
        <source>Parallel gateway</source>
        <translation>เกตเวย์แบบขนาน</translation>
    </message>
    <message>
        <source>Inclusive gateway</source>
        <translation>เกตเวย์แบบรวม</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>เริ่มต้น</translation>
    </message>
    <message>
        <source>End</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <source>Web touchpoint</source>
        <translation>ทัชพอยต์เว็บ</translation>
    </message>
    <message>
        <source>App touchpoint</source>
        <translation>ทัชพอยต์แอป</translation>
    </message>
    <message>
        <source>Email touchpoint</source>
        <translation>ทัชพอยต์อีเมล</translation>
    </message>
    <message>
        <source>Chat touchpoint</source>
        <translation>ทัชพอยต์แชต</translation>
    </message>
    <message>
        <source>Phone touchpoint</source>
        <translation>ทัชพอยต์โทรศัพท์</translation>
    </message>
    <message>
        <source>IVR touchpoint</source>
        <translation>ทัชพอยต์ IVR</translation>
    </message>
    <message>
        <source>Store touchpoint</source>
        <translation>ทัชพอยต์หน้าร้าน</translation>
    </message>
    <message>
        <source>Mail touchpoint</source>
        <translation>ทัชพอยต์ไปรษณีย์</translation>
    </message>
    <message>
        <source>Video touchpoint</source>
        <translation>ทัชพอยต์วิดีโอ</translation>
    </message>
    <message>
        <source>Physical touchpoint</source>
        <translation>ทัชพอยต์แบบพบตัว</translation>
    </message>
</context>
<context>
    <name>Tools</name>
    <message>
        <source>Click in a lane to place the step (Esc cancels).</source>
        <extracomment>A sentence for the status bar (refusals, hints). The palette kind armed for click-to-place changed (None: disarmed). The connect tool was switched on or off.</extracomment>
        <translation>คลิกในเลนเพื่อวางขั้นตอน (Esc เพื่อยกเลิก)</translation>
    </message>
    <message>
        <source>Click the step the flow goes to (Esc cancels).</source>
        <translation>คลิกขั้นตอนที่โฟลว์ไปถึง (Esc เพื่อยกเลิก)</translation>
    </message>
    <message>
        <source>Click the step the flow starts at, then the step it goes to.</source>
        <translation>คลิกขั้นตอนที่โฟลว์เริ่ม แล้วคลิกขั้นตอนที่โฟลว์ไปถึง</translation>
    </message>
    <message>
        <source>Drop the step into a lane.</source>
        <translation>วางขั้นตอนลงในเลน</translation>
    </message>
    <message>
        <source>Click the step the flow starts at (an end event has none).</source>
        <translation>คลิกขั้นตอนที่โฟลว์เริ่ม (เหตุการณ์สิ้นสุดไม่มีโฟลว์ขาออก)</translation>
    </message>
</context>
<context>
    <name>UndoText</name>
    <message>
        <source>Add lane &apos;{name}&apos;</source>
        <extracomment>A change of fields: (element kind &quot;lane&quot; | &quot;step&quot; | &quot;flow&quot; | &quot;pool&quot;, element id, {field: new value}). Does one thing and returns the function that takes it back.</extracomment>
        <translation>เพิ่มเลน &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Delete lane &apos;{name}&apos;</source>
        <translation>ลบเลน &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Move lane &apos;{name}&apos;</source>
        <translation>ย้ายเลน &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Add step &apos;{name}&apos;</source>
        <translation>เพิ่มขั้นตอน &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Delete step &apos;{name}&apos;</source>
        <translation>ลบขั้นตอน &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Connect &apos;{source}&apos; to &apos;{target}&apos;</source>
        <translation>เชื่อม &apos;{source}&apos; ไปยัง &apos;{target}&apos;</translation>
    </message>
    <message>
        <source>Delete flow &apos;{name}&apos;</source>
        <translation>ลบโฟลว์ &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Add {kind}</source>
        <extracomment>Room kept between a step and the right end of its lane. The document&apos;s copies (analysis runs, the last saved model, recovery copies), sharing what no edit changed.</extracomment>
        <translation>เพิ่ม{kind}</translation>
    </message>
    <message>
        <source>Move bend point of &apos;{name}&apos;</source>
        <translation>ย้ายจุดหักของ &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Rename step &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>เปลี่ยนชื่อขั้นตอน &apos;{old}&apos; เป็น &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>Rename flow &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>เปลี่ยนชื่อโฟลว์ &apos;{old}&apos; เป็น &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>Rename lane &apos;{old}&apos; to &apos;{new}&apos;</source>
        <translation>เปลี่ยนชื่อเลน &apos;{old}&apos; เป็น &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ยังไม่กำหนด</translation>
    </message>
    <message>
        <source>Set {field} of &apos;{name}&apos; to {value}</source>
        <translation>ตั้ง{field}ของ &apos;{name}&apos; เป็น {value}</translation>
    </message>
    <message>
        <source>Widen lanes</source>
        <translation>ขยายความกว้างเลน</translation>
    </message>
    <message>
        <source>Change &apos;{name}&apos; to {kind}</source>
        <translation>เปลี่ยน &apos;{name}&apos; เป็น{kind}</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>เลนใหม่</translation>
    </message>
    <message>
        <source>Make room</source>
        <translation>เว้นที่ว่าง</translation>
    </message>
    <message>
        <source>Close the gap</source>
        <translation>ปิดช่องว่าง</translation>
    </message>
    <message>
        <source>Mark &apos;{name}&apos; as customer lane</source>
        <translation>ระบุ &apos;{name}&apos; เป็นเลนลูกค้า</translation>
    </message>
    <message>
        <source>Set role of &apos;{name}&apos; to {role}</source>
        <translation>ตั้งบทบาทของ &apos;{name}&apos; เป็น {role}</translation>
    </message>
    <message>
        <source>Resize lane &apos;{name}&apos;</source>
        <translation>ปรับขนาดเลน &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Resize pool &apos;{name}&apos;</source>
        <translation>ปรับขนาดพูล &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Restack lanes</source>
        <translation>เรียงเลนใหม่</translation>
    </message>
    <message>
        <source>Move step &apos;{name}&apos;</source>
        <translation>ย้ายขั้นตอน &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Move %n steps</source>
        <translation>ย้าย %n ขั้นตอน</translation>
    </message>
    <message>
        <source>Paste step &apos;{name}&apos;</source>
        <translation>วางขั้นตอน &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Paste %n steps</source>
        <translation>วาง %n ขั้นตอน</translation>
    </message>
    <message>
        <source>Duplicate step &apos;{name}&apos;</source>
        <translation>ทำสำเนาขั้นตอน &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Duplicate %n steps</source>
        <translation>ทำสำเนา %n ขั้นตอน</translation>
    </message>
    <message>
        <source>Repair text encoding of name &apos;{name}&apos;</source>
        <translation>ซ่อมการเข้ารหัสของชื่อ &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Repair text encoding of %n names</source>
        <translation>ซ่อมการเข้ารหัสของ %n ชื่อ</translation>
    </message>
    <message>
        <source>Cut %n elements</source>
        <translation>ตัด %n องค์ประกอบ</translation>
    </message>
    <message>
        <source>Delete %n elements</source>
        <translation>ลบ %n องค์ประกอบ</translation>
    </message>
    <message>
        <source>Cut step &apos;{name}&apos;</source>
        <translation>ตัดขั้นตอน &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Cut flow &apos;{name}&apos;</source>
        <translation>ตัดโฟลว์ &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Cut lane &apos;{name}&apos;</source>
        <translation>ตัดเลน &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Mark &apos;{name}&apos; as the customer</source>
        <translation>ระบุ &apos;{name}&apos; เป็นลูกค้า</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <source>CU</source>
        <extracomment>Every unit a field can have.</extracomment>
        <translation>หน่วยเงิน</translation>
    </message>
    <message>
        <source>min</source>
        <translation>นาที</translation>
    </message>
    <message>
        <source>journeys per min</source>
        <translation>เส้นทางต่อนาที</translation>
    </message>
    <message>
        <source>h</source>
        <translation>ชม.</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source># User Guide

The guide is missing from this installation; it is docs/user-guide.md on the project page.</source>
        <translation># คู่มือผู้ใช้

ไม่พบคู่มือในการติดตั้งนี้ ดูได้ที่ docs/user-guide.md บนหน้าโครงการ</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>คู่มือผู้ใช้</translation>
    </message>
</context>
<context>
    <name>WarningsDock</name>
    <message>
        <source>Warnings</source>
        <extracomment>The element ids of the clicked warning.</extracomment>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <source>No element</source>
        <translation>ไม่มีองค์ประกอบ</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>คำเตือน ({count})</translation>
    </message>
</context>
<context>
    <name>WhatIfDialog</name>
    <message>
        <source>Element</source>
        <extracomment>Columns of the settings table and of the result table.</extracomment>
        <translation>องค์ประกอบ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>กรณี What-if</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>What If</source>
        <translation>วิเคราะห์ What-if</translation>
    </message>
    <message>
        <source>Try other values for steps, flows and lanes. The model is not changed; a new branch probability takes its difference from the other branches of the split, in proportion.</source>
        <translation>ลองใช้ค่าอื่นกับขั้นตอน โฟลว์ และเลน โดยไม่เปลี่ยนโมเดล เมื่อกำหนดความน่าจะเป็นของทางแยกใหม่ ส่วนต่างจะถูกปรับจากทางแยกอื่นของจุดแยกเดียวกันตามสัดส่วน</translation>
    </message>
    <message>
        <source>&amp;Add Value</source>
        <translation>เพิ่มค่า(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Value</source>
        <translation>ลบค่า(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>รัน(&amp;U)</translation>
    </message>
    <message>
        <source>The values changed: press Run to compare them.</source>
        <translation>ค่ามีการเปลี่ยนแปลง: กด รัน เพื่อเปรียบเทียบค่าใหม่</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>กำลังเปรียบเทียบ…</translation>
    </message>
    <message>
        <source>No scorecard to compare: an error in the model stops it (see Analysis ▸ Scorecard).</source>
        <translation>ไม่มีสกอร์การ์ดให้เปรียบเทียบ: ข้อผิดพลาดในโมเดลทำให้หยุดทำงาน (ดู การวิเคราะห์ ▸ สกอร์การ์ด)</translation>
    </message>
    <message>
        <source>Lane {name}</source>
        <translation>เลน {name}</translation>
    </message>
    <message>
        <source>(rest of the split)</source>
        <translation>(ส่วนที่เหลือของจุดแยก)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ยังไม่กำหนด</translation>
    </message>
    <message>
        <source>What if {changes}.</source>
        <translation>จะเป็นอย่างไรถ้า {changes}</translation>
    </message>
    <message>
        <source>No value changed.</source>
        <translation>ไม่มีค่าที่เปลี่ยน</translation>
    </message>
</context>
</TS>
