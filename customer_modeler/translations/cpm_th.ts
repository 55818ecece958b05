<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>การตั้งค่า(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>แทรก(&amp;I)</translation>
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
</TS>
