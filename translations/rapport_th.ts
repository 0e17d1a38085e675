<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>Authenticator</name>
    <message>
        <source>Enter your username.</source>
        <translation>กรุณาใส่ชื่อผู้ใช้</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>ลงชื่อเข้าใช้ไม่สำเร็จหลายครั้งเกินไป โปรดรอ %n วินาทีแล้วลองอีกครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>The username or password is not correct.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is deactivated; ask an administrator.</source>
        <translation>บัญชี &quot;%1&quot; ถูกปิดใช้งานแล้ว โปรดติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has an unknown role.</source>
        <translation>บัญชี &quot;%1&quot; มีบทบาทที่ไม่รู้จัก</translation>
    </message>
</context>
<context>
    <name>Authorizer</name>
    <message>
        <source>%1 (%2) may not %3.</source>
        <translation>%1 (%2) ไม่มีสิทธิ์%3</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back up the database</source>
        <translation>สำรองฐานข้อมูล</translation>
    </message>
    <message>
        <source>Rapport backups (*.db);;All files (*)</source>
        <translation>ไฟล์สำรองของ Rapport (*.db);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>The database was backed up to %1.</source>
        <translation>สำรองฐานข้อมูลไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message numerus="yes">
        <source>Replace everything in the current database with the backup %1 (%n companies)? The current database is kept as a copy beside it.</source>
        <translation>
            <numerusform>แทนที่ข้อมูลทั้งหมดในฐานข้อมูลปัจจุบันด้วยข้อมูลสำรอง %1 (%n บริษัท) หรือไม่? ระบบจะเก็บสำเนาของฐานข้อมูลปัจจุบันไว้ในโฟลเดอร์เดียวกัน</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was restored. The previous database was kept as %1.</source>
        <translation>กู้คืนข้อมูลสำรองแล้ว ฐานข้อมูลก่อนหน้าถูกเก็บไว้เป็น %1</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>There is no database at %1 to back up.</source>
        <translation>ไม่พบฐานข้อมูลที่ %1 สำหรับสำรอง</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation>ไฟล์สำรองไม่สามารถเขียนทับตัวฐานข้อมูลได้</translation>
    </message>
    <message>
        <source>Cannot write the backup to %1.</source>
        <translation>ไม่สามารถเขียนข้อมูลสำรองไปที่ %1 ได้</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>ไม่สามารถอ่าน %1 ได้: %2</translation>
    </message>
    <message>
        <source>%1 is not a Rapport backup.</source>
        <translation>%1 ไม่ใช่ไฟล์สำรองของ Rapport</translation>
    </message>
    <message>
        <source>%1 is not a Rapport backup (it has no schema version).</source>
        <translation>%1 ไม่ใช่ไฟล์สำรองของ Rapport (ไม่มีเวอร์ชันของ schema)</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Rapport (schema change %2; this version knows up to %3); update Rapport to restore it.</source>
        <translation>%1 สร้างโดย Rapport เวอร์ชันที่ใหม่กว่า (schema change %2; เวอร์ชันนี้รองรับถึง %3) โปรดอัปเดต Rapport ก่อนกู้คืน</translation>
    </message>
    <message>
        <source>Choose a backup file, not the database itself.</source>
        <translation>โปรดเลือกไฟล์สำรอง ไม่ใช่ตัวฐานข้อมูล</translation>
    </message>
    <message>
        <source>The current database could not be kept as a copy, so nothing was restored: %1</source>
        <translation>ไม่สามารถเก็บสำเนาของฐานข้อมูลปัจจุบันได้ จึงยังไม่ได้กู้คืนข้อมูลใด ๆ: %1</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>ไม่สามารถสร้างโฟลเดอร์สำรองข้อมูล %1 ได้</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database (%2).</source>
        <translation>%1 เสียหายหรือไม่ใช่ฐานข้อมูล (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check found %2 problem(s), the first being &quot;%3&quot;.</source>
        <translation>%1 เสียหาย: การตรวจสอบความสมบูรณ์พบปัญหา %2 รายการ รายการแรกคือ &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: rapport-cli [--db LOCATION] [--now ISO-8601] [--format table|csv|json] COMMAND …</source>
        <translation>วิธีใช้: rapport-cli [--db LOCATION] [--now ISO-8601] [--format table|csv|json] COMMAND …</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>ตัวเลือกทั่วไป:</translation>
    </message>
    <message>
        <source>SQLite database file (default: the user&apos;s data directory)</source>
        <translation>ไฟล์ฐานข้อมูล SQLite (ค่าเริ่มต้น: โฟลเดอร์ข้อมูลของผู้ใช้)</translation>
    </message>
    <message>
        <source>pretend the current time is this</source>
        <translation>สมมติให้เวลาปัจจุบันเป็นค่านี้</translation>
    </message>
    <message>
        <source>output format for commands that list</source>
        <translation>รูปแบบผลลัพธ์ของคำสั่งที่แสดงรายการ</translation>
    </message>
    <message>
        <source>read the SMTP password from this file</source>
        <translation>อ่านรหัสผ่าน SMTP จากไฟล์นี้</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>คำสั่ง:</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 usage error, 2 invalid input, 3 database or I/O error, 4 delivery error.</source>
        <translation>รหัสการจบการทำงาน: 0 สำเร็จ, 1 ใช้คำสั่งผิด, 2 ข้อมูลไม่ถูกต้อง, 3 ข้อผิดพลาดของฐานข้อมูลหรือไฟล์, 4 ส่งอีเมลไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; run rapport-cli --help for the list.</source>
        <translation>ไม่รู้จักคำสั่ง &quot;%1&quot; เรียก rapport-cli --help เพื่อดูรายการคำสั่ง</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to &quot;%2&quot; (usage: %3).</source>
        <translation>ตัวเลือก --%1 ใช้กับ &quot;%2&quot; ไม่ได้ (วิธีใช้: %3)</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>ตัวเลือก --%1 ต้องมีค่า</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>--format must be table, csv or json, not &quot;%1&quot;.</source>
        <translation>--format ต้องเป็น table, csv หรือ json ไม่ใช่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--now must be an ISO-8601 date or date-time, such as 2026-03-01T09:00:00+07:00.</source>
        <translation>--now ต้องเป็นวันที่หรือวันเวลาแบบ ISO-8601 เช่น 2026-03-01T09:00:00+07:00</translation>
    </message>
</context>
<context>
    <name>CompanyDetailView</name>
    <message>
        <source>← All companies</source>
        <translation>← บริษัททั้งหมด</translation>
    </message>
    <message>
        <source>Edit company…</source>
        <translation>แก้ไขบริษัท…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>สัญญา</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>ใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>Company not found</source>
        <translation>ไม่พบบริษัท</translation>
    </message>
    <message>
        <source>Payment terms: %1</source>
        <translation>เงื่อนไขการชำระเงิน: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inactive&lt;/b&gt;</source>
        <translation>&lt;b&gt;ไม่ใช้งาน&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Enrol in sequence…</source>
        <translation>ลงทะเบียนเข้าลำดับอีเมล…</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>The company name is required.</source>
        <translation>ต้องระบุชื่อบริษัท</translation>
    </message>
    <message>
        <source>A company called &quot;%1&quot; already exists (names are compared ignoring case).</source>
        <translation>มีบริษัทชื่อ &quot;%1&quot; อยู่แล้ว (เปรียบเทียบชื่อโดยไม่สนตัวพิมพ์เล็กใหญ่)</translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation>ไม่มีบริษัทรหัส %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>สัญญา</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>ใบแจ้งหนี้</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>อุตสาหกรรม</translation>
    </message>
    <message>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>เงื่อนไขการชำระเงิน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>ไม่ใช้งาน</translation>
    </message>
</context>
<context>
    <name>ConditionOperator</name>
    <message>
        <source>equals</source>
        <translation>เท่ากับ</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>ไม่เท่ากับ</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>มีคำว่า</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>มากกว่า</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>น้อยกว่า</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ว่างเปล่า</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ไม่ว่างเปล่า</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Always (no condition)</source>
        <translation>ทุกครั้ง (ไม่มีเงื่อนไข)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
</context>
<context>
    <name>ContactService</name>
    <message>
        <source>Choose the company this contact works for.</source>
        <translation>เลือกบริษัทที่ผู้ติดต่อนี้ทำงานอยู่</translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation>ไม่มีบริษัทรหัส %1</translation>
    </message>
    <message>
        <source>The contact&apos;s name is required.</source>
        <translation>ต้องระบุชื่อผู้ติดต่อ</translation>
    </message>
    <message>
        <source>The contact type must be one of %1.</source>
        <translation>ประเภทผู้ติดต่อต้องเป็นค่าใดค่าหนึ่งใน %1</translation>
    </message>
    <message>
        <source>The language must be en or th.</source>
        <translation>ภาษาต้องเป็น en หรือ th</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>ไม่มีผู้ติดต่อรหัส %1</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>ยกเลิกรับข่าวสารแล้ว</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>ไม่ใช้งาน</translation>
    </message>
</context>
<context>
    <name>ContactType</name>
    <message>
        <source>Primary</source>
        <translation>ผู้ติดต่อหลัก</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>ฝ่ายบัญชี/วางบิล</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>ฝ่ายเทคนิค</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>ผู้มีอำนาจตัดสินใจ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
</context>
<context>
    <name>ContractService</name>
    <message>
        <source>Choose the company this contract is with.</source>
        <translation>เลือกบริษัทคู่สัญญา</translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation>ไม่มีบริษัทรหัส %1</translation>
    </message>
    <message>
        <source>The contract number is required.</source>
        <translation>ต้องระบุเลขที่สัญญา</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>วันสิ้นสุดต้องไม่อยู่ก่อนวันเริ่มต้น</translation>
    </message>
    <message>
        <source>The monthly value must not be negative.</source>
        <translation>มูลค่ารายเดือนต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported currency.</source>
        <translation>&quot;%1&quot; ไม่ใช่สกุลเงินที่รองรับ</translation>
    </message>
    <message>
        <source>The status must be one of %1.</source>
        <translation>สถานะต้องเป็นค่าใดค่าหนึ่งใน %1</translation>
    </message>
    <message>
        <source>Contract number %1 is already used by another contract.</source>
        <translation>เลขที่สัญญา %1 ถูกใช้กับสัญญาอื่นแล้ว</translation>
    </message>
    <message>
        <source>There is no contract with id %1.</source>
        <translation>ไม่มีสัญญารหัส %1</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>สัญญา %1</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>ใบแจ้งหนี้</translation>
    </message>
</context>
<context>
    <name>ContractStatus</name>
    <message>
        <source>Draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>ต่ออายุแล้ว</translation>
    </message>
</context>
<context>
    <name>ContractTableModel</name>
    <message>
        <source>Contract</source>
        <translation>สัญญา</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>วันเริ่ม</translation>
    </message>
    <message>
        <source>End</source>
        <translation>วันสิ้นสุด</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>จำนวนวันที่เหลือ</translation>
    </message>
    <message>
        <source>Monthly value</source>
        <translation>มูลค่าต่อเดือน</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>ต่ออายุอัตโนมัติ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is not UTF-8 text; save it from your spreadsheet as &quot;CSV UTF-8&quot;.</source>
        <translation>ไฟล์นี้ไม่ใช่ข้อความ UTF-8 โปรดบันทึกจากโปรแกรมสเปรดชีตเป็น &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation>บรรทัด %1: ฟิลด์ที่อยู่ในเครื่องหมายคำพูดไม่ได้ปิด (ขาด &quot;)</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header line.</source>
        <translation>ไฟล์ว่างเปล่า ต้องมีบรรทัดหัวตาราง</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>ไม่สามารถอ่าน %1 ได้: %2</translation>
    </message>
</context>
<context>
    <name>DataCommands</name>
    <message>
        <source>Say what to import and from which file, e.g. rapport-cli import companies companies.csv.</source>
        <translation>โปรดระบุสิ่งที่จะนำเข้าและไฟล์ต้นทาง เช่น rapport-cli import companies companies.csv</translation>
    </message>
    <message>
        <source>Unknown import type &quot;%1&quot;; use companies, contacts or contracts.</source>
        <translation>ไม่รู้จักประเภทการนำเข้า &quot;%1&quot; โปรดใช้ companies, contacts หรือ contracts</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; matches no field and is ignored.</source>
        <translation>คอลัมน์ &quot;%1&quot; ไม่ตรงกับฟิลด์ใด จึงถูกข้ามไป</translation>
    </message>
    <message>
        <source>… and %1 more problem(s).</source>
        <translation>… และปัญหาอื่นอีก %1 รายการ</translation>
    </message>
    <message>
        <source>Nothing was imported: fix the line(s) above and run the import again.</source>
        <translation>ไม่มีการนำเข้าข้อมูลใด ๆ: โปรดแก้ไขบรรทัดข้างต้นแล้วเรียกใช้การนำเข้าอีกครั้ง</translation>
    </message>
    <message>
        <source>Checked %1 row(s): %2 would be created, %3 updated and %4 skipped as duplicates. Nothing was written.</source>
        <translation>ตรวจสอบแล้ว %1 แถว: จะสร้างใหม่ %2 แถว อัปเดต %3 แถว และข้ามเนื่องจากซ้ำ %4 แถว ยังไม่มีการเขียนข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>Imported %1 row(s): %2 created, %3 updated, %4 skipped as duplicates.</source>
        <translation>นำเข้าแล้ว %1 แถว: สร้างใหม่ %2 อัปเดต %3 ข้ามเนื่องจากซ้ำ %4</translation>
    </message>
    <message>
        <source>There is no import to undo.</source>
        <translation>ไม่มีการนำเข้าที่จะยกเลิก</translation>
    </message>
    <message>
        <source>Give the import&apos;s id, e.g. rapport-cli import undo 3.</source>
        <translation>โปรดระบุรหัสของการนำเข้า เช่น rapport-cli import undo 3</translation>
    </message>
    <message>
        <source>Import %1 was undone.</source>
        <translation>ยกเลิกการนำเข้า %1 แล้ว</translation>
    </message>
    <message>
        <source>Say what to export, e.g. rapport-cli export contacts &gt; contacts.csv.</source>
        <translation>โปรดระบุสิ่งที่จะส่งออก เช่น rapport-cli export contacts &gt; contacts.csv</translation>
    </message>
    <message>
        <source>Unknown export type &quot;%1&quot;; use companies, contacts, contracts or invoices.</source>
        <translation>ไม่รู้จักประเภทการส่งออก &quot;%1&quot; โปรดใช้ companies, contacts, contracts หรือ invoices</translation>
    </message>
    <message>
        <source>--company must be a company id.</source>
        <translation>--company ต้องเป็นรหัสบริษัท</translation>
    </message>
    <message>
        <source>backup and restore work on a local SQLite database; back up a PostgreSQL office database on the server with pg_dump.</source>
        <translation>backup และ restore ใช้ได้กับฐานข้อมูล SQLite ในเครื่องเท่านั้น สำหรับฐานข้อมูลสำนักงาน PostgreSQL โปรดสำรองข้อมูลบนเซิร์ฟเวอร์ด้วย pg_dump</translation>
    </message>
    <message>
        <source>Say where to write the backup, e.g. rapport-cli backup rapport-backup.db, or rapport-cli backup --daily FOLDER [--keep N].</source>
        <translation>โปรดระบุตำแหน่งที่จะเขียนข้อมูลสำรอง เช่น rapport-cli backup rapport-backup.db หรือ rapport-cli backup --daily FOLDER [--keep N]</translation>
    </message>
    <message>
        <source>--keep must be a whole number from 1 to 3650.</source>
        <translation>--keep ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 3650</translation>
    </message>
    <message>
        <source>Today&apos;s backup already exists; nothing to do.</source>
        <translation>มีข้อมูลสำรองของวันนี้อยู่แล้ว ไม่มีสิ่งที่ต้องทำ</translation>
    </message>
    <message>
        <source>Say which backup to restore, e.g. rapport-cli restore rapport-backup.db.</source>
        <translation>โปรดระบุข้อมูลสำรองที่จะกู้คืน เช่น rapport-cli restore rapport-backup.db</translation>
    </message>
    <message>
        <source>The database it replaced was kept as %1.</source>
        <translation>เก็บฐานข้อมูลเดิมที่ถูกแทนที่ไว้เป็น %1</translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation>กู้คืน %1 ไปยัง %2 แล้ว</translation>
    </message>
    <message>
        <source>Import records from CSV (columns matched by header); a bad row imports nothing. Duplicates are skipped, or updated with --update; prints the import&apos;s id.</source>
        <translation>นำเข้าระเบียนจาก CSV (จับคู่คอลัมน์ตามส่วนหัว) หากมีแถวที่ไม่ถูกต้องจะไม่นำเข้าข้อมูลใดเลย ระเบียนที่ซ้ำจะถูกข้าม หรืออัปเดตเมื่อใช้ --update และแสดงรหัสของการนำเข้า</translation>
    </message>
    <message>
        <source>Undo an import (the newest by default), restoring what it changed.</source>
        <translation>ยกเลิกการนำเข้า (ค่าเริ่มต้นคือครั้งล่าสุด) และคืนค่าสิ่งที่การนำเข้านั้นเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Write a list as CSV to standard output (--bom for Excel).</source>
        <translation>เขียนรายการเป็น CSV ไปยังเอาต์พุตมาตรฐาน (ใช้ --bom สำหรับ Excel)</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE, even while Rapport is running; with --daily, once a day into FOLDER keeping the newest N (default 7), e.g. from cron.</source>
        <translation>เขียนสำเนาฐานข้อมูลที่สอดคล้องกันไปยัง FILE ได้แม้ขณะที่ Rapport กำลังทำงาน เมื่อใช้ --daily จะสำรองข้อมูลวันละครั้งลงใน FOLDER โดยเก็บไว้ N ชุดล่าสุด (ค่าเริ่มต้น 7) เช่น เรียกจาก cron</translation>
    </message>
    <message>
        <source>Replace the database with a checked backup, keeping the current one as a copy.</source>
        <translation>แทนที่ฐานข้อมูลด้วยข้อมูลสำรองที่ผ่านการตรวจสอบแล้ว โดยเก็บฐานข้อมูลปัจจุบันไว้เป็นสำเนา</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 เป็นโฟลเดอร์ ไม่ใช่ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>เปิด %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL location; write postgresql://user@host:port/dbname.</source>
        <translation>&quot;%1&quot; ไม่ใช่ที่อยู่ PostgreSQL ให้เขียนแบบ postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>เชื่อมต่อ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>ไม่สามารถอ่าน %1 ได้: %2</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database (it is not a SQLite file); it was left untouched.</source>
        <translation>%1 ไม่ใช่ฐานข้อมูล Rapport (ไม่ใช่ไฟล์ SQLite) จึงไม่มีการแก้ไขไฟล์นี้</translation>
    </message>
    <message>
        <source>%1 is not a Rapport database; it was left untouched.</source>
        <translation>%1 ไม่ใช่ฐานข้อมูล Rapport จึงไม่มีการแก้ไขไฟล์นี้</translation>
    </message>
</context>
<context>
    <name>DeletionImpact</name>
    <message>
        <source>Delete %1?</source>
        <translation>ลบ %1 หรือไม่?</translation>
    </message>
    <message>
        <source>Nothing else is deleted with it.</source>
        <translation>ไม่มีข้อมูลอื่นถูกลบไปด้วย</translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation>การลบนี้จะลบ %1 ไปด้วย</translation>
    </message>
    <message>
        <source>%1 (with %2)</source>
        <translation>%1 (พร้อม %2)</translation>
    </message>
</context>
<context>
    <name>DesktopSettings</name>
    <message>
        <source>There is no desktop setting &quot;%1&quot;.</source>
        <translation>ไม่มีการตั้งค่าเครื่องนี้ชื่อ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The language must be one of: %1.</source>
        <translation>ภาษาต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an office database address; write postgresql://server/dbname (or postgresql://server:port/dbname).</source>
        <translation>&quot;%1&quot; ไม่ใช่ที่อยู่ฐานข้อมูลของสำนักงาน โปรดเขียนเป็น postgresql://server/dbname (หรือ postgresql://server:port/dbname)</translation>
    </message>
    <message>
        <source>Leave the password out of the office database address: each user types their own when signing in.</source>
        <translation>ไม่ต้องใส่รหัสผ่านในที่อยู่ฐานข้อมูลของสำนักงาน ผู้ใช้แต่ละคนจะพิมพ์รหัสผ่านของตนเองเมื่อลงชื่อเข้าใช้</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol</source>
        <translation>ลงทะเบียน</translation>
    </message>
    <message>
        <source>Enrol %1 in a sequence</source>
        <translation>ลงทะเบียน %1 เข้าลำดับอีเมล</translation>
    </message>
    <message>
        <source>Enrol in a sequence</source>
        <translation>ลงทะเบียนเข้าลำดับอีเมล</translation>
    </message>
    <message>
        <source>There is no active sequence with steps to enrol in.</source>
        <translation>ไม่มีลำดับอีเมลที่ใช้งานอยู่และมีขั้นตอนให้ลงทะเบียน</translation>
    </message>
    <message>
        <source>The company&apos;s billing contacts (else all active contacts)</source>
        <translation>ผู้ติดต่อฝ่ายวางบิลของบริษัท (หากไม่มี ใช้ผู้ติดต่อที่ใช้งานทั้งหมด)</translation>
    </message>
    <message>
        <source> (unsubscribed)</source>
        <translation> (ยกเลิกรับข่าวสารแล้ว)</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (ไม่ใช้งาน)</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>ลำดับอีเมล</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>ส่งถึง</translation>
    </message>
    <message>
        <source>Choose a sequence.</source>
        <translation>โปรดเลือกลำดับอีเมล</translation>
    </message>
</context>
<context>
    <name>EnrolmentSource</name>
    <message>
        <source>Manual</source>
        <translation>ด้วยตนเอง</translation>
    </message>
    <message>
        <source>Trigger event</source>
        <translation>เหตุการณ์ทริกเกอร์</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>กลุ่มเป้าหมาย</translation>
    </message>
</context>
<context>
    <name>EnrolmentStatus</name>
    <message>
        <source>Pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
</context>
<context>
    <name>EnrolmentsView</name>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Next send</source>
        <translation>ส่งครั้งถัดไป</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>วันที่ลงทะเบียน</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ที่มา</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ดำเนินการต่อ</translation>
    </message>
    <message>
        <source>Cancel enrolment</source>
        <translation>ยกเลิกการลงทะเบียน</translation>
    </message>
    <message>
        <source>Goes out</source>
        <translation>กำหนดส่ง</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>เงื่อนไข</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>ประมวลผลเมื่อ</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งเมื่อ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Planned schedule</source>
        <translation>กำหนดการที่วางไว้</translation>
    </message>
    <message>
        <source>Sent history</source>
        <translation>ประวัติการส่ง</translation>
    </message>
    <message>
        <source>(billing contacts)</source>
        <translation>(ผู้ติดต่อฝ่ายวางบิล)</translation>
    </message>
    <message>
        <source>if its condition holds</source>
        <translation>หากเงื่อนไขเป็นจริง</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to CSV</source>
        <translation>ส่งออกเป็น CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>For Excel (adds a byte order mark so Thai text shows correctly)</source>
        <translation>สำหรับ Excel (เพิ่ม byte order mark เพื่อให้แสดงข้อความภาษาไทยได้ถูกต้อง)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ไม่สามารถเขียน %1 ได้: %2</translation>
    </message>
</context>
<context>
    <name>ExportService</name>
    <message>
        <source>There is no column called &quot;%1&quot;.</source>
        <translation>ไม่มีคอลัมน์ชื่อ &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>FieldValues</name>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 ต้องเป็น true หรือ false ไม่ใช่ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>%1 ต้องเป็นวันที่แบบ YYYY-MM-DD ไม่ใช่ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be a date and time in ISO-8601 form, not &quot;%2&quot;.</source>
        <translation>%1 ต้องเป็นวันและเวลาแบบ ISO-8601 ไม่ใช่ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be an amount such as 12500 or 12500.50, not &quot;%2&quot;.</source>
        <translation>%1 ต้องเป็นจำนวนเงิน เช่น 12500 หรือ 12500.50 ไม่ใช่ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not &quot;%2&quot;.</source>
        <translation>%1 ต้องเป็นจำนวนเต็ม ไม่ใช่ &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 ต้องเป็นค่าใดค่าหนึ่งใน %2 ไม่ใช่ &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 must be a number such as 2.5, not &quot;%2&quot;.</source>
        <translation>%1 ต้องเป็นตัวเลข เช่น 2.5 ไม่ใช่ &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>FilterBuilder</name>
    <message>
        <source>Select</source>
        <translation>เลือก</translation>
    </message>
</context>
<context>
    <name>FilterChecker</name>
    <message>
        <source>The filter has %1 rules; at most %2 are allowed.</source>
        <translation>ตัวกรองมี %1 กฎ แต่อนุญาตได้ไม่เกิน %2 กฎ</translation>
    </message>
    <message>
        <source>A condition is a single rule, not a group.</source>
        <translation>เงื่อนไขต้องเป็นกฎเดียว ไม่ใช่กลุ่ม</translation>
    </message>
    <message>
        <source>Groups nest at most %1 levels deep; move this group up a level.</source>
        <translation>กลุ่มซ้อนกันได้ไม่เกิน %1 ระดับ โปรดย้ายกลุ่มนี้ขึ้นหนึ่งระดับ</translation>
    </message>
    <message>
        <source>This group has no rules; add a rule or remove the group.</source>
        <translation>กลุ่มนี้ไม่มีกฎ โปรดเพิ่มกฎหรือลบกลุ่มนี้</translation>
    </message>
    <message>
        <source>Choose a field for this rule.</source>
        <translation>โปรดเลือกฟิลด์สำหรับกฎนี้</translation>
    </message>
    <message>
        <source>There is no field &quot;%1&quot; for %2; did you mean &quot;%3&quot;?</source>
        <translation>ไม่มีฟิลด์ &quot;%1&quot; สำหรับ%2 หมายถึง &quot;%3&quot; หรือไม่?</translation>
    </message>
    <message>
        <source>There is no field &quot;%1&quot; for %2.</source>
        <translation>ไม่มีฟิลด์ &quot;%1&quot; สำหรับ%2</translation>
    </message>
    <message>
        <source>Choose an operator for &quot;%1&quot;.</source>
        <translation>โปรดเลือกตัวดำเนินการสำหรับ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no operator &quot;%1&quot;; the operators are: %2.</source>
        <translation>ไม่มีตัวดำเนินการ &quot;%1&quot; ตัวดำเนินการที่ใช้ได้คือ: %2</translation>
    </message>
    <message>
        <source>The operator &quot;%1&quot; does not fit &quot;%2&quot; (%3); use one of: %4.</source>
        <translation>ตัวดำเนินการ &quot;%1&quot; ใช้กับ &quot;%2&quot; (%3) ไม่ได้ โปรดใช้หนึ่งในนี้: %4</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes no value.</source>
        <translation>&quot;%1&quot; ไม่ต้องระบุค่า</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2 needs a value.</source>
        <translation>&quot;%1&quot; %2 ต้องระบุค่า</translation>
    </message>
    <message>
        <source>Give the text to look for.</source>
        <translation>โปรดระบุข้อความที่ต้องการค้นหา</translation>
    </message>
    <message>
        <source>&quot;between&quot; needs two values: [low, high].</source>
        <translation>&quot;between&quot; ต้องมีสองค่า: [ค่าต่ำ, ค่าสูง]</translation>
    </message>
    <message>
        <source>The low value %1 is above the high value %2.</source>
        <translation>ค่าต่ำ %1 มากกว่าค่าสูง %2</translation>
    </message>
    <message>
        <source>&quot;in_list&quot; needs a list of 1 to %1 values.</source>
        <translation>&quot;in_list&quot; ต้องเป็นรายการที่มี 1 ถึง %1 ค่า</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs text, not %2.</source>
        <translation>&quot;%1&quot; ต้องเป็นข้อความ ไม่ใช่%2</translation>
    </message>
    <message>
        <source>The text for &quot;%1&quot; contains a control character (such as NUL or a line break).</source>
        <translation>ข้อความของ &quot;%1&quot; มีอักขระควบคุม (เช่น NUL หรือการขึ้นบรรทัดใหม่)</translation>
    </message>
    <message>
        <source>The text for &quot;%1&quot; is longer than %2 characters.</source>
        <translation>ข้อความของ &quot;%1&quot; ยาวเกิน %2 อักขระ</translation>
    </message>
    <message>
        <source>%1 is not a number (&quot;%2&quot; needs one).</source>
        <translation>%1 ไม่ใช่ตัวเลข (&quot;%2&quot; ต้องเป็นตัวเลข)</translation>
    </message>
    <message>
        <source>%1 is not a date; write &quot;%2&quot; dates as YYYY-MM-DD.</source>
        <translation>%1 ไม่ใช่วันที่ โปรดเขียนวันที่ของ &quot;%2&quot; ในรูปแบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is true or false, not %2.</source>
        <translation>&quot;%1&quot; ต้องเป็น true หรือ false ไม่ใช่ %2</translation>
    </message>
    <message>
        <source>%1 is not a value of &quot;%2&quot;; use one of: %3.</source>
        <translation>%1 ไม่ใช่ค่าของ &quot;%2&quot; โปรดใช้หนึ่งในนี้: %3</translation>
    </message>
    <message>
        <source>The number of days must be a whole number from 0 to %1, not %2.</source>
        <translation>จำนวนวันต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง %1 ไม่ใช่ %2</translation>
    </message>
</context>
<context>
    <name>FilterEntity</name>
    <message>
        <source>Companies</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
</context>
<context>
    <name>FilterField</name>
    <message>
        <source>Company: %1</source>
        <translation>บริษัท: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>อุตสาหกรรม</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>เว็บไซต์</translation>
    </message>
    <message>
        <source>Billing entity</source>
        <translation>นิติบุคคลที่ออกใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>เงื่อนไขการชำระเงิน</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>วันที่สร้าง</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>วันที่อัปเดต</translation>
    </message>
    <message>
        <source>Active contract ends</source>
        <translation>วันสิ้นสุดสัญญาที่ใช้งาน</translation>
    </message>
    <message>
        <source>True when any of the company&apos;s active contracts ends as the rule says: &quot;is in the next 30 days&quot; finds companies with an active contract ending within 30 days. &quot;is not on&quot; and &quot;is not set&quot; mean no active contract ends so.</source>
        <translation>เป็นจริงเมื่อสัญญาที่ใช้งานของบริษัทฉบับใดฉบับหนึ่งสิ้นสุดตามที่กฎกำหนด: &quot;อยู่ในอีก 30 วันข้างหน้า&quot; จะค้นหาบริษัทที่มีสัญญาที่ใช้งานซึ่งสิ้นสุดภายใน 30 วัน ส่วน &quot;ไม่ตรงกับวันที่&quot; และ &quot;ไม่ได้ระบุ&quot; หมายถึงไม่มีสัญญาที่ใช้งานฉบับใดสิ้นสุดตามนั้น</translation>
    </message>
    <message>
        <source>Active contracts</source>
        <translation>สัญญาที่ใช้งาน</translation>
    </message>
    <message>
        <source>How many of the company&apos;s contracts are active.</source>
        <translation>จำนวนสัญญาของบริษัทที่ใช้งานอยู่</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>ใบแจ้งหนี้ค้างชำระ</translation>
    </message>
    <message>
        <source>How many of the company&apos;s invoices are past due and unpaid.</source>
        <translation>จำนวนใบแจ้งหนี้ของบริษัทที่เลยกำหนดและยังไม่ได้ชำระ</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>How many contacts the company has.</source>
        <translation>จำนวนผู้ติดต่อของบริษัท</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>ประเภทผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>แผนก</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>ผู้ติดต่อฝ่ายวางบิล</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>ยกเลิกรับข่าวสารแล้ว</translation>
    </message>
    <message>
        <source>Unsubscribed on</source>
        <translation>วันที่ยกเลิกรับข่าวสาร</translation>
    </message>
</context>
<context>
    <name>FilterFieldType</name>
    <message>
        <source>Text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>ใช่/ไม่ใช่</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>ตัวเลือก</translation>
    </message>
</context>
<context>
    <name>FilterGroupWidget</name>
    <message>
        <source>Add rule</source>
        <translation>เพิ่มกฎ</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>เพิ่มกลุ่ม</translation>
    </message>
    <message>
        <source>Groups nest at most %1 levels deep.</source>
        <translation>กลุ่มซ้อนกันได้ไม่เกิน %1 ระดับ</translation>
    </message>
    <message>
        <source>How many records this group alone selects</source>
        <translation>จำนวนระเบียนที่กลุ่มนี้เลือกเมื่อพิจารณาเพียงกลุ่มเดียว</translation>
    </message>
    <message>
        <source>No rules yet: every record matches. Add a rule to narrow it down.</source>
        <translation>ยังไม่มีกฎ: ทุกระเบียนตรงตามเงื่อนไข เพิ่มกฎเพื่อจำกัดผลลัพธ์ให้แคบลง</translation>
    </message>
    <message>
        <source>An empty group: add a rule to it or remove it.</source>
        <translation>กลุ่มว่าง: โปรดเพิ่มกฎในกลุ่มนี้หรือลบกลุ่มออก</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>ตรงตาม</translation>
    </message>
    <message>
        <source>Group: match</source>
        <translation>กลุ่ม: ตรงตาม</translation>
    </message>
    <message>
        <source>the following rules</source>
        <translation>ของกฎต่อไปนี้</translation>
    </message>
    <message>
        <source>Remove this group and its rules</source>
        <translation>ลบกลุ่มนี้และกฎทั้งหมดในกลุ่ม</translation>
    </message>
</context>
<context>
    <name>FilterJson</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <source>text</source>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ออบเจ็กต์</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ไม่มีค่า</translation>
    </message>
    <message>
        <source>The filter is not valid JSON: %1 at character %2.</source>
        <translation>ตัวกรองไม่ใช่ JSON ที่ถูกต้อง: %1 ที่อักขระที่ %2</translation>
    </message>
    <message>
        <source>The filter must be a JSON object with entity, match and rules.</source>
        <translation>ตัวกรองต้องเป็นออบเจ็กต์ JSON ที่มี entity, match และ rules</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; a filter has version, entity, match and rules.</source>
        <translation>ไม่รู้จักคีย์ &quot;%1&quot; ตัวกรองมี version, entity, match และ rules</translation>
    </message>
    <message>
        <source>The version must be a whole number (this format is version %1).</source>
        <translation>version ต้องเป็นจำนวนเต็ม (รูปแบบนี้คือเวอร์ชัน %1)</translation>
    </message>
    <message>
        <source>This filter was written by a newer version of Rapport (format version %1; this one reads version %2).</source>
        <translation>ตัวกรองนี้สร้างโดย Rapport เวอร์ชันที่ใหม่กว่า (รูปแบบเวอร์ชัน %1 แต่เวอร์ชันนี้อ่านได้ถึงเวอร์ชัน %2)</translation>
    </message>
    <message>
        <source>Say which records the filter selects: &quot;entity&quot;: &quot;company&quot; or &quot;contact&quot;.</source>
        <translation>โปรดระบุว่าตัวกรองเลือกระเบียนประเภทใด: &quot;entity&quot;: &quot;company&quot; หรือ &quot;contact&quot;</translation>
    </message>
    <message>
        <source>The entity must be &quot;company&quot; or &quot;contact&quot;, not %1.</source>
        <translation>entity ต้องเป็น &quot;company&quot; หรือ &quot;contact&quot; ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>The match must be &quot;all&quot; or &quot;any&quot;.</source>
        <translation>match ต้องเป็น &quot;all&quot; หรือ &quot;any&quot;</translation>
    </message>
    <message>
        <source>The rules must be a list, not %1.</source>
        <translation>rules ต้องเป็นรายการ ไม่ใช่%1</translation>
    </message>
    <message>
        <source>A rule must be an object {&quot;field&quot;, &quot;operator&quot;, &quot;value&quot;}, not %1.</source>
        <translation>กฎต้องเป็นออบเจ็กต์ {&quot;field&quot;, &quot;operator&quot;, &quot;value&quot;} ไม่ใช่%1</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; a group has match and rules.</source>
        <translation>ไม่รู้จักคีย์ &quot;%1&quot; กลุ่มมี match และ rules</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; a rule has field, operator and value.</source>
        <translation>ไม่รู้จักคีย์ &quot;%1&quot; กฎมี field, operator และ value</translation>
    </message>
    <message>
        <source>The field must be a field name in quotes, not %1.</source>
        <translation>field ต้องเป็นชื่อฟิลด์ในเครื่องหมายคำพูด ไม่ใช่ %1</translation>
    </message>
    <message>
        <source>The operator must be an operator name in quotes, not %1.</source>
        <translation>operator ต้องเป็นชื่อตัวดำเนินการในเครื่องหมายคำพูด ไม่ใช่ %1</translation>
    </message>
</context>
<context>
    <name>FilterMatch</name>
    <message>
        <source>all of</source>
        <translation>ทั้งหมดต่อไปนี้</translation>
    </message>
    <message>
        <source>any of</source>
        <translation>ข้อใดข้อหนึ่งต่อไปนี้</translation>
    </message>
</context>
<context>
    <name>FilterOperator</name>
    <message>
        <source>is</source>
        <translation>เป็น</translation>
    </message>
    <message>
        <source>is on</source>
        <translation>ตรงกับวันที่</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ไม่เป็น</translation>
    </message>
    <message>
        <source>is not on</source>
        <translation>ไม่ตรงกับวันที่</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>มีคำว่า</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>ไม่มีคำว่า</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>ขึ้นต้นด้วย</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>ลงท้ายด้วย</translation>
    </message>
    <message>
        <source>is greater than</source>
        <translation>มากกว่า</translation>
    </message>
    <message>
        <source>is after</source>
        <translation>หลังวันที่</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>อย่างน้อย</translation>
    </message>
    <message>
        <source>is on or after</source>
        <translation>ตรงหรือหลังวันที่</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>น้อยกว่า</translation>
    </message>
    <message>
        <source>is before</source>
        <translation>ก่อนวันที่</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>ไม่เกิน</translation>
    </message>
    <message>
        <source>is on or before</source>
        <translation>ตรงหรือก่อนวันที่</translation>
    </message>
    <message>
        <source>is between</source>
        <translation>อยู่ระหว่าง</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>เป็นหนึ่งใน</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ว่างเปล่า</translation>
    </message>
    <message>
        <source>is not set</source>
        <translation>ไม่ได้ระบุ</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ไม่ว่างเปล่า</translation>
    </message>
    <message>
        <source>is set</source>
        <translation>มีค่า</translation>
    </message>
    <message>
        <source>is in the last … days</source>
        <translation>อยู่ในช่วง … วันที่ผ่านมา</translation>
    </message>
    <message>
        <source>is in the next … days</source>
        <translation>อยู่ในช่วง … วันข้างหน้า</translation>
    </message>
</context>
<context>
    <name>FilterRuleRow</name>
    <message>
        <source>and</source>
        <translation>และ</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>How many records this rule alone selects</source>
        <translation>จำนวนระเบียนที่กฎนี้เลือกเมื่อพิจารณาเพียงกฎเดียว</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>ลบกฎนี้</translation>
    </message>
    <message>
        <source>values, separated by commas</source>
        <translation>ค่าต่างๆ คั่นด้วยเครื่องหมายจุลภาค</translation>
    </message>
    <message>
        <source>text</source>
        <translation>ข้อความ</translation>
    </message>
</context>
<context>
    <name>FilterSubjectLoader</name>
    <message>
        <source>There is no company with id %1.</source>
        <translation>ไม่มีบริษัทที่มี ID %1</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>ไม่มีผู้ติดต่อที่มี ID %1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Choose where to keep the database.</source>
        <translation>เลือกตำแหน่งที่จะเก็บฐานข้อมูล</translation>
    </message>
    <message>
        <source>Welcome to Rapport</source>
        <translation>ยินดีต้อนรับสู่ Rapport</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <source>Rapport keeps its data in a database file on this computer. Choose where to create it; the suggested place is fine for most offices.</source>
        <translation>Rapport เก็บข้อมูลไว้ในไฟล์ฐานข้อมูลบนเครื่องนี้ เลือกตำแหน่งที่จะสร้างไฟล์ ตำแหน่งที่แนะนำเหมาะกับสำนักงานส่วนใหญ่</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>&amp;ไฟล์ฐานข้อมูล:</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>ผู้ดูแลระบบคนแรก</translation>
    </message>
    <message>
        <source>Create the administrator account. Administrators add the other users, and there is no built-in password: remember this one.</source>
        <translation>สร้างบัญชีผู้ดูแลระบบ ผู้ดูแลระบบเป็นผู้เพิ่มผู้ใช้คนอื่น และไม่มีรหัสผ่านเริ่มต้นในระบบ โปรดจำรหัสผ่านนี้ไว้</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;ชื่อผู้ใช้:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>ชื่อ-&amp;นามสกุล:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;อีเมล:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;รหัสผ่าน:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;ยืนยันรหัสผ่าน:</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>ข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <source>Fill the database with demo companies, contacts, contracts and invoices to try Rapport out</source>
        <translation>เติมบริษัท ผู้ติดต่อ สัญญา และใบแจ้งหนี้ตัวอย่างลงในฐานข้อมูล เพื่อทดลองใช้ Rapport</translation>
    </message>
    <message>
        <source>My office already has a shared database on a server: join it</source>
        <translation>สำนักงานของฉันมีฐานข้อมูลที่ใช้ร่วมกันบนเซิร์ฟเวอร์อยู่แล้ว: เข้าร่วม</translation>
    </message>
    <message>
        <source>&amp;Office database:</source>
        <translation>ฐานข้อมูล&amp;สำนักงาน:</translation>
    </message>
    <message>
        <source>The address your administrator gave you, such as postgresql://server/rapport. You sign in with your own username and password next.</source>
        <translation>ที่อยู่ที่ผู้ดูแลระบบให้ไว้ เช่น postgresql://server/rapport จากนั้นคุณจะลงชื่อเข้าใช้ด้วยชื่อผู้ใช้และรหัสผ่านของคุณเอง</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>(empty)</source>
        <translation>(ว่าง)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>สร้างแล้ว</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>ลบแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n field(s)</source>
        <translation>
            <numerusform>แก้ไข %n ช่อง</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้ทำ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Companies</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>สัญญา</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>ใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>นำเข้าจาก CSV</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>เลือกไฟล์ CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>ไฟล์ CSV (*.csv *.txt);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>ยังไม่ได้เลือกไฟล์</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>นำเข้า:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ไฟล์:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>คอลัมน์ในไฟล์</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>ค่าแรก</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>นำเข้าไปยัง</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>ตัวอย่างแถวแรก ๆ</translation>
    </message>
    <message>
        <source>Skip them (keep what is stored)</source>
        <translation>ข้าม (คงข้อมูลที่บันทึกไว้)</translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation>อัปเดตด้วยค่าจากไฟล์</translation>
    </message>
    <message>
        <source>Records that already exist</source>
        <translation>ระเบียนที่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Undo last import</source>
        <translation>ยกเลิกการนำเข้าครั้งล่าสุด</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ไม่ใช้คอลัมน์นี้)</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>บรรทัด %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>กำลังดำเนินการ…</translation>
    </message>
    <message numerus="yes">
        <source> %n row(s) match records that already exist (first on line %1).</source>
        <translation>
            <numerusform> มี %n แถวที่ตรงกับระเบียนที่มีอยู่แล้ว (แถวแรกอยู่ที่บรรทัด %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) must be fixed in the file or the column mapping before anything can be imported.</source>
        <translation>
            <numerusform>ต้องแก้ไขปัญหา %n รายการในไฟล์หรือในการจับคู่คอลัมน์ก่อนจึงจะนำเข้าได้</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 updated, %3 skipped.</source>
        <translation>นำเข้าแล้ว: สร้าง %1 รายการ, อัปเดต %2 รายการ, ข้าม %3 รายการ</translation>
    </message>
    <message>
        <source>%1 row(s) ready: %2 new, %3 to update, %4 to skip.</source>
        <translation>พร้อม %1 แถว: ใหม่ %2, อัปเดต %3, ข้าม %4</translation>
    </message>
    <message>
        <source>Import %1 new and update %2 %3 from %4? Nothing else changes, and the import can be undone.</source>
        <translation>นำเข้ารายการใหม่ %1 รายการ และอัปเดต %3 %2 รายการจาก %4 ใช่หรือไม่? จะไม่มีการเปลี่ยนแปลงอื่น และสามารถยกเลิกการนำเข้าได้</translation>
    </message>
    <message>
        <source>The import is done. Undo it with &quot;Undo last import&quot; if it was not what you wanted.</source>
        <translation>นำเข้าเรียบร้อยแล้ว หากไม่ใช่สิ่งที่ต้องการ ให้ยกเลิกด้วย &quot;ยกเลิกการนำเข้าครั้งล่าสุด&quot;</translation>
    </message>
    <message>
        <source>Undo the import of %1 (%2 created, %3 updated).</source>
        <translation>ยกเลิกการนำเข้า %1 (สร้าง %2 รายการ, อัปเดต %3 รายการ)</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>ยกเลิกการนำเข้า</translation>
    </message>
    <message>
        <source>Undo the last import? Records it created are deleted and records it updated get their previous values back.</source>
        <translation>ยกเลิกการนำเข้าครั้งล่าสุดหรือไม่? ระเบียนที่สร้างขึ้นจะถูกลบ และระเบียนที่อัปเดตจะกลับไปเป็นค่าเดิม</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>ยกเลิกการนำเข้าแล้ว</translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>Line %1: %2</source>
        <translation>บรรทัด %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>ไม่สามารถนำเข้า %1 ได้</translation>
    </message>
    <message>
        <source>There is no field called &quot;%1&quot; to import into.</source>
        <translation>ไม่มีฟิลด์ชื่อ &quot;%1&quot; สำหรับนำเข้า</translation>
    </message>
    <message>
        <source>Two columns are mapped to %1; map one and ignore the other.</source>
        <translation>มีสองคอลัมน์ที่จับคู่กับ %1 ให้จับคู่เพียงคอลัมน์เดียวและไม่ใช้อีกคอลัมน์</translation>
    </message>
    <message>
        <source>Map a column to %1; it is required.</source>
        <translation>ต้องจับคู่คอลัมน์กับ %1 เนื่องจากเป็นฟิลด์ที่จำเป็น</translation>
    </message>
    <message>
        <source>The file has no rows to import.</source>
        <translation>ไฟล์ไม่มีแถวที่จะนำเข้า</translation>
    </message>
    <message>
        <source>There is no import with id %1.</source>
        <translation>ไม่มีการนำเข้าที่มี ID %1</translation>
    </message>
    <message>
        <source>Import %1 has already been undone.</source>
        <translation>การนำเข้า %1 ถูกยกเลิกไปแล้ว</translation>
    </message>
    <message>
        <source>A later import is still in place; undo that one first.</source>
        <translation>ยังมีการนำเข้าครั้งที่ใหม่กว่าอยู่ ให้ยกเลิกครั้งนั้นก่อน</translation>
    </message>
    <message>
        <source>The %1 imported from line %2 has been deleted since; the import can no longer be undone.</source>
        <translation>%1 ที่นำเข้าจากบรรทัด %2 ถูกลบไปแล้ว จึงไม่สามารถยกเลิกการนำเข้านี้ได้อีก</translation>
    </message>
    <message>
        <source>The %1 imported from line %2 has been changed since; undoing the import would lose that change.</source>
        <translation>%1 ที่นำเข้าจากบรรทัด %2 ถูกแก้ไขไปแล้ว หากยกเลิกการนำเข้าการแก้ไขนั้นจะหายไป</translation>
    </message>
    <message>
        <source>The company imported from line %1 now has contacts or contracts; the import can no longer be undone.</source>
        <translation>บริษัทที่นำเข้าจากบรรทัด %1 มีผู้ติดต่อหรือสัญญาแล้ว จึงไม่สามารถยกเลิกการนำเข้านี้ได้อีก</translation>
    </message>
    <message>
        <source>Record %1 no longer exists.</source>
        <translation>ไม่มีระเบียน %1 อีกต่อไป</translation>
    </message>
    <message>
        <source>There is no company called &quot;%1&quot;; import the companies first.</source>
        <translation>ไม่มีบริษัทชื่อ &quot;%1&quot; โปรดนำเข้าบริษัทก่อน</translation>
    </message>
</context>
<context>
    <name>InvoiceService</name>
    <message>
        <source>Choose the contract this invoice bills.</source>
        <translation>เลือกสัญญาที่ใบแจ้งหนี้นี้เรียกเก็บ</translation>
    </message>
    <message>
        <source>There is no contract with id %1.</source>
        <translation>ไม่มีสัญญารหัส %1</translation>
    </message>
    <message>
        <source>The invoice number is required.</source>
        <translation>ต้องระบุเลขที่ใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>The due date must not be before the issue date.</source>
        <translation>วันครบกำหนดต้องไม่อยู่ก่อนวันที่ออก</translation>
    </message>
    <message>
        <source>The amount must not be negative.</source>
        <translation>จำนวนเงินต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported currency.</source>
        <translation>&quot;%1&quot; ไม่ใช่สกุลเงินที่รองรับ</translation>
    </message>
    <message>
        <source>The status must be one of %1.</source>
        <translation>สถานะต้องเป็นค่าใดค่าหนึ่งใน %1</translation>
    </message>
    <message>
        <source>Invoice number %1 is already used by another invoice.</source>
        <translation>เลขที่ใบแจ้งหนี้ %1 ถูกใช้กับใบแจ้งหนี้อื่นแล้ว</translation>
    </message>
    <message>
        <source>There is no invoice with id %1.</source>
        <translation>ไม่มีใบแจ้งหนี้รหัส %1</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>ใบแจ้งหนี้ %1</translation>
    </message>
</context>
<context>
    <name>InvoiceStatus</name>
    <message>
        <source>Draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
</context>
<context>
    <name>InvoiceTableModel</name>
    <message>
        <source>Invoice</source>
        <translation>ใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>สัญญา</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>วันที่ออก</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ครบกำหนด</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>อังกฤษ</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>ไทย</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link</source>
        <translation>ลิงก์</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>ลบลิงก์</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>ที่อยู่:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>ข้อความ:</translation>
    </message>
    <message>
        <source>Links in emails must start with https://, http:// or mailto:, or be a variable such as {{unsubscribe_url}}.</source>
        <translation>ลิงก์ในอีเมลต้องขึ้นต้นด้วย https://, http:// หรือ mailto: หรือเป็นตัวแปร เช่น {{unsubscribe_url}}</translation>
    </message>
</context>
<context>
    <name>MailCommands</name>
    <message>
        <source>Cannot read the SMTP password file %1: %2</source>
        <translation>ไม่สามารถอ่านไฟล์รหัสผ่าน SMTP %1: %2</translation>
    </message>
    <message>
        <source>The SMTP server needs the password of %1; give it with --smtp-password-file FILE (%2)</source>
        <translation>เซิร์ฟเวอร์ SMTP ต้องการรหัสผ่านของ %1 โปรดระบุด้วย --smtp-password-file FILE (%2)</translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation>--%1 ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>--security must be none, starttls or tls.</source>
        <translation>--security ต้องเป็น none, starttls หรือ tls</translation>
    </message>
    <message>
        <source>--password-stdin needs --user.</source>
        <translation>--password-stdin ต้องใช้ร่วมกับ --user</translation>
    </message>
    <message>
        <source>Cannot read the password from standard input.</source>
        <translation>ไม่สามารถอ่านรหัสผ่านจากอินพุตมาตรฐาน</translation>
    </message>
    <message>
        <source>The password was not stored: %1 On a machine without a keychain, give it to each command with --smtp-password-file FILE instead.</source>
        <translation>ไม่ได้จัดเก็บรหัสผ่าน: %1 บนเครื่องที่ไม่มีพวงกุญแจ (keychain) โปรดระบุรหัสผ่านให้แต่ละคำสั่งด้วย --smtp-password-file FILE แทน</translation>
    </message>
    <message>
        <source>SMTP settings saved: %1:%2 (%3), sending as %4.</source>
        <translation>บันทึกการตั้งค่า SMTP แล้ว: %1:%2 (%3) ส่งในนาม %4</translation>
    </message>
    <message>
        <source>Give the certificate&apos;s SHA-256 fingerprint, e.g. rapport-cli smtp trust AB:CD:…</source>
        <translation>โปรดระบุลายนิ้วมือ SHA-256 ของใบรับรอง เช่น rapport-cli smtp trust AB:CD:…</translation>
    </message>
    <message>
        <source>Set up the SMTP server first (rapport-cli smtp set).</source>
        <translation>โปรดตั้งค่าเซิร์ฟเวอร์ SMTP ก่อน (rapport-cli smtp set)</translation>
    </message>
    <message>
        <source>The certificate %1 is now trusted for %2:%3.</source>
        <translation>ใบรับรอง %1 ได้รับความเชื่อถือสำหรับ %2:%3 แล้ว</translation>
    </message>
    <message>
        <source>Say where to send the test message: rapport-cli smtp test --to ADDRESS.</source>
        <translation>โปรดระบุผู้รับข้อความทดสอบ: rapport-cli smtp test --to ADDRESS</translation>
    </message>
    <message>
        <source>To trust it: rapport-cli smtp trust %1</source>
        <translation>หากต้องการเชื่อถือใบรับรองนี้: rapport-cli smtp trust %1</translation>
    </message>
    <message>
        <source>Test message sent to %1 (%2).</source>
        <translation>ส่งข้อความทดสอบไปยัง %1 แล้ว (%2)</translation>
    </message>
    <message>
        <source>Usage: rapport-cli mail send --to ADDRESS --subject S --html-file F.</source>
        <translation>วิธีใช้: rapport-cli mail send --to ADDRESS --subject S --html-file F</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>ไม่สามารถอ่าน %1 ได้: %2</translation>
    </message>
    <message>
        <source>--kind must be transactional or marketing.</source>
        <translation>--kind ต้องเป็น transactional หรือ marketing</translation>
    </message>
    <message>
        <source>--status must be one of: %1.</source>
        <translation>--status ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %1</translation>
    </message>
    <message>
        <source>Sent %1, to retry %2, failed %3, unconfirmed %4.</source>
        <translation>ส่งแล้ว %1 รอส่งใหม่ %2 ล้มเหลว %3 ยังไม่ยืนยัน %4</translation>
    </message>
    <message>
        <source>Cannot set up signal handling.</source>
        <translation>ไม่สามารถตั้งค่าการจัดการสัญญาณได้</translation>
    </message>
    <message>
        <source>Scheduler running; stop it with SIGTERM (Ctrl+C).</source>
        <translation>ตัวจัดกำหนดการกำลังทำงาน หยุดได้ด้วย SIGTERM (Ctrl+C)</translation>
    </message>
    <message>
        <source>Set the office&apos;s SMTP server; the password goes to the OS keychain, never the database.</source>
        <translation>ตั้งค่าเซิร์ฟเวอร์ SMTP ของสำนักงาน รหัสผ่านจะเก็บไว้ในพวงกุญแจของระบบปฏิบัติการ ไม่เก็บในฐานข้อมูล</translation>
    </message>
    <message>
        <source>Show the SMTP settings (without the password).</source>
        <translation>แสดงการตั้งค่า SMTP (ไม่รวมรหัสผ่าน)</translation>
    </message>
    <message>
        <source>Trust (pin) the SMTP server&apos;s certificate with this fingerprint.</source>
        <translation>เชื่อถือ (ปักหมุด) ใบรับรองของเซิร์ฟเวอร์ SMTP ที่มีลายนิ้วมือนี้</translation>
    </message>
    <message>
        <source>Send a test message now, straight through the SMTP server (not queued).</source>
        <translation>ส่งข้อความทดสอบทันทีผ่านเซิร์ฟเวอร์ SMTP โดยตรง (ไม่เข้าคิว)</translation>
    </message>
    <message>
        <source>Queue a mail in the outbox (the scheduler sends it); prints its id.</source>
        <translation>นำอีเมลเข้าคิวในกล่องขาออก (ตัวจัดกำหนดการจะเป็นผู้ส่ง) และแสดงรหัสของอีเมล</translation>
    </message>
    <message>
        <source>List the outbox, newest first.</source>
        <translation>แสดงรายการในกล่องขาออก เรียงจากใหม่สุด</translation>
    </message>
    <message>
        <source>One full scheduler tick: the jobs, then delivery of every mail that is due.</source>
        <translation>ตัวจัดกำหนดการทำงานครบหนึ่งรอบ: ดำเนินงานที่กำหนดไว้ แล้วส่งอีเมลทุกฉบับที่ถึงกำหนด</translation>
    </message>
    <message>
        <source>Run the scheduler until SIGTERM; then finish the mail in hand and exit 0.</source>
        <translation>เรียกใช้ตัวจัดกำหนดการจนกว่าจะได้รับ SIGTERM จากนั้นส่งอีเมลที่กำลังดำเนินการให้เสร็จแล้วออกด้วยรหัส 0</translation>
    </message>
</context>
<context>
    <name>MailDelivery</name>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; ไม่ใช่ที่อยู่อีเมลที่ถูกต้อง</translation>
    </message>
    <message>
        <source>Set up the SMTP server and the sender address first.</source>
        <translation>กรุณาตั้งค่าเซิร์ฟเวอร์ SMTP และที่อยู่ผู้ส่งก่อน</translation>
    </message>
    <message>
        <source>Rapport test message</source>
        <translation>ข้อความทดสอบจาก Rapport</translation>
    </message>
    <message>
        <source>This message was sent by Rapport to check the SMTP settings (server %1, port %2). If you can read it, Rapport can send email.</source>
        <translation>ข้อความนี้ส่งโดย Rapport เพื่อตรวจสอบการตั้งค่า SMTP (เซิร์ฟเวอร์ %1, พอร์ต %2) หากคุณอ่านข้อความนี้ได้ แสดงว่า Rapport ส่งอีเมลได้</translation>
    </message>
    <message>
        <source>Mail is waiting in the outbox, but no SMTP server and sender address are set up.</source>
        <translation>มีอีเมลรออยู่ในกล่องขาออก แต่ยังไม่ได้ตั้งค่าเซิร์ฟเวอร์ SMTP และที่อยู่ผู้ส่ง</translation>
    </message>
</context>
<context>
    <name>MailKind</name>
    <message>
        <source>Transactional</source>
        <translation>ธุรกรรม</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>การตลาด</translation>
    </message>
</context>
<context>
    <name>MailPages</name>
    <message>
        <source>Outbox</source>
        <translation>กล่องขาออก</translation>
    </message>
    <message>
        <source>&amp;Mail</source>
        <translation>อีเมล(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;SMTP settings…</source>
        <translation>การตั้งค่า SMTP(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Run scheduler now</source>
        <translation>เรียกตัวจัดกำหนดการทันที(&amp;R)</translation>
    </message>
</context>
<context>
    <name>MailStatus</name>
    <message>
        <source>Queued</source>
        <translation>อยู่ในคิว</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>กำลังส่ง</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>ยังไม่ยืนยัน</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The open database</source>
        <translation>ฐานข้อมูลที่เปิดอยู่</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>สร้างใหม่(&amp;N)…</translation>
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
        <source>&amp;Find…</source>
        <translation>ค้นหา(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>ลบ(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Rapport</source>
        <translation>เกี่ยวกับ Rapport(&amp;A)</translation>
    </message>
    <message>
        <source>About Rapport</source>
        <translation>เกี่ยวกับ Rapport</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rapport&lt;/b&gt; %1&lt;br&gt;A desktop CRM for small offices.</source>
        <translation>&lt;b&gt;Rapport&lt;/b&gt; %1&lt;br&gt;CRM บนเดสก์ท็อปสำหรับสำนักงานขนาดเล็ก</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>สัญญา</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>ใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>เทมเพลต</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>ลำดับอีเมล</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>กลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>ทิกเก็ต</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>สำรองข้อมูลรายวันไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Daily backup written to %1.</source>
        <translation>บันทึกข้อมูลสำรองรายวันไปที่ %1 แล้ว</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>นำเข้า(&amp;I)…</translation>
    </message>
    <message>
        <source>Import companies, contacts or contracts from a CSV file</source>
        <translation>นำเข้าบริษัท ผู้ติดต่อ หรือสัญญาจากไฟล์ CSV</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ส่งออก(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the list on screen, as filtered, as a CSV file</source>
        <translation>บันทึกรายการบนหน้าจอตามที่กรองไว้เป็นไฟล์ CSV</translation>
    </message>
    <message>
        <source>Open the companies, contacts, contracts or invoices list to export it.</source>
        <translation>เปิดรายการบริษัท ผู้ติดต่อ สัญญา หรือใบแจ้งหนี้เพื่อส่งออก</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>สำรองข้อมูล(&amp;B)…</translation>
    </message>
    <message>
        <source>Copy the whole database to a file while you keep working</source>
        <translation>คัดลอกฐานข้อมูลทั้งหมดไปยังไฟล์ โดยคุณยังทำงานต่อได้ตามปกติ</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>กู้คืน(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the database with a backup (the current one is kept)</source>
        <translation>แทนที่ฐานข้อมูลด้วยข้อมูลสำรอง (ระบบจะเก็บฐานข้อมูลปัจจุบันไว้)</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>This database was written by a newer version of Rapport (it has schema change %1; this version knows changes up to %2). It was left untouched: please update Rapport.</source>
        <translation>ฐานข้อมูลนี้ถูกเขียนโดย Rapport รุ่นที่ใหม่กว่า (มีการเปลี่ยนโครงสร้างครั้งที่ %1 แต่รุ่นนี้รู้จักถึงครั้งที่ %2) จึงไม่ได้แตะต้องฐานข้อมูล โปรดอัปเดต Rapport</translation>
    </message>
    <message>
        <source>Schema change %1 (%2) failed: %3</source>
        <translation>การเปลี่ยนโครงสร้างครั้งที่ %1 (%2) ล้มเหลว: %3</translation>
    </message>
</context>
<context>
    <name>OfficeCommands</name>
    <message>
        <source>Give both ends: rapport-cli migrate --from FILE.db --to postgresql://user@host/db.</source>
        <translation>โปรดระบุทั้งต้นทางและปลายทาง: rapport-cli migrate --from FILE.db --to postgresql://user@host/db</translation>
    </message>
    <message>
        <source>The copy does not match the source in %1; do not use the office database.</source>
        <translation>สำเนาไม่ตรงกับต้นฉบับใน %1 ห้ามใช้ฐานข้อมูลสำนักงานนี้</translation>
    </message>
    <message>
        <source>Office database ready: tables owned by %1; group roles %2, %3, %4, %5. Add users with rapport-cli user add.</source>
        <translation>ฐานข้อมูลสำนักงานพร้อมใช้งาน: ตารางเป็นของ %1 บทบาทกลุ่ม %2, %3, %4, %5 เพิ่มผู้ใช้ด้วย rapport-cli user add</translation>
    </message>
    <message>
        <source>Copy a desktop&apos;s database into a new, empty office database and compare the record counts of every table.</source>
        <translation>คัดลอกฐานข้อมูลของเครื่องเดสก์ท็อปไปยังฐานข้อมูลสำนักงานใหม่ที่ว่างเปล่า และเปรียบเทียบจำนวนระเบียนของทุกตาราง</translation>
    </message>
    <message>
        <source>Set up an office database&apos;s roles, grants and row-level security (run as a PostgreSQL user that may create roles).</source>
        <translation>ตั้งค่าบทบาท สิทธิ์ และการรักษาความปลอดภัยระดับแถวของฐานข้อมูลสำนักงาน (เรียกใช้ในฐานะผู้ใช้ PostgreSQL ที่สร้างบทบาทได้)</translation>
    </message>
</context>
<context>
    <name>OfficeCredentials</name>
    <message>
        <source>Your password could not be kept in the keychain, so you will be asked for it next time: %1</source>
        <translation>ไม่สามารถเก็บรหัสผ่านของคุณไว้ในพวงกุญแจของระบบได้ ครั้งหน้าระบบจะถามรหัสผ่านอีกครั้ง: %1</translation>
    </message>
</context>
<context>
    <name>OfficeMigration</name>
    <message>
        <source>The tables&apos; foreign keys form a cycle; the database cannot be copied.</source>
        <translation>คีย์นอก (foreign key) ของตารางอ้างอิงกันเป็นวงวน จึงไม่สามารถคัดลอกฐานข้อมูลได้</translation>
    </message>
    <message>
        <source>--from must be a local database file, not a PostgreSQL location.</source>
        <translation>--from ต้องเป็นไฟล์ฐานข้อมูลในเครื่อง ไม่ใช่ที่อยู่ PostgreSQL</translation>
    </message>
    <message>
        <source>--to must be a PostgreSQL location such as postgresql://user@host:5432/rapport.</source>
        <translation>--to ต้องเป็นที่อยู่ PostgreSQL เช่น postgresql://user@host:5432/rapport</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>ไม่พบ %1</translation>
    </message>
    <message>
        <source>The office database has no table %1; it is not at this version of Rapport.</source>
        <translation>ฐานข้อมูลสำนักงานไม่มีตาราง %1 จึงไม่ตรงกับ Rapport เวอร์ชันนี้</translation>
    </message>
    <message>
        <source>The office database already holds data (table %1); migrate only into a new, empty database.</source>
        <translation>ฐานข้อมูลสำนักงานมีข้อมูลอยู่แล้ว (ตาราง %1) ย้ายข้อมูลได้เฉพาะไปยังฐานข้อมูลใหม่ที่ว่างเปล่าเท่านั้น</translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2</source>
        <translation>คัดลอกตาราง %1 ไม่สำเร็จ: %2</translation>
    </message>
</context>
<context>
    <name>OfficeSecurity</name>
    <message>
        <source>Office roles and policies exist only on a PostgreSQL database (--db postgresql://…); a local file belongs to whoever can open it.</source>
        <translation>บทบาทและนโยบายของสำนักงานมีเฉพาะในฐานข้อมูล PostgreSQL (--db postgresql://…) เท่านั้น ส่วนไฟล์ในเครื่องเป็นของผู้ที่สามารถเปิดไฟล์นั้นได้</translation>
    </message>
    <message>
        <source>Cannot start a transaction on the office database.</source>
        <translation>ไม่สามารถเริ่มทรานแซกชันในฐานข้อมูลสำนักงานได้</translation>
    </message>
    <message>
        <source>Setting up the office database failed: %1</source>
        <translation>ตั้งค่าฐานข้อมูลสำนักงานไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <source>Setting up the office database failed while committing.</source>
        <translation>ตั้งค่าฐานข้อมูลสำนักงานไม่สำเร็จขณะยืนยันการเปลี่ยนแปลง (commit)</translation>
    </message>
    <message>
        <source>The database role %1 could not be created: %2</source>
        <translation>ไม่สามารถสร้างบทบาทฐานข้อมูล %1 ได้: %2</translation>
    </message>
    <message>
        <source>The password of database role %1 could not be set.</source>
        <translation>ไม่สามารถตั้งรหัสผ่านของบทบาทฐานข้อมูล %1 ได้</translation>
    </message>
    <message>
        <source>The database role %1 could not join its group: %2</source>
        <translation>บทบาทฐานข้อมูล %1 ไม่สามารถเข้าร่วมกลุ่มของตนได้: %2</translation>
    </message>
    <message>
        <source>The database role %1 could not be given its rights: %2</source>
        <translation>ไม่สามารถกำหนดสิทธิ์ให้บทบาทฐานข้อมูล %1 ได้: %2</translation>
    </message>
    <message>
        <source>The database role %1 could not be renamed to %2: %3</source>
        <translation>ไม่สามารถเปลี่ยนชื่อบทบาทฐานข้อมูล %1 เป็น %2 ได้: %3</translation>
    </message>
    <message>
        <source>The database role %1 could not be allowed to sign in: %2</source>
        <translation>ไม่สามารถอนุญาตให้บทบาทฐานข้อมูล %1 ลงชื่อเข้าใช้ได้: %2</translation>
    </message>
    <message>
        <source>The database role %1 could not be stopped from signing in: %2</source>
        <translation>ไม่สามารถหยุดบทบาทฐานข้อมูล %1 จากการลงชื่อเข้าใช้ได้: %2</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <source>There is no office setting called &quot;%1&quot;.</source>
        <translation>ไม่มีการตั้งค่าสำนักงานชื่อ &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>OfficeSignIn</name>
    <message>
        <source>Enter your username.</source>
        <translation>กรุณาใส่ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an office database; write postgresql://host:port/dbname.</source>
        <translation>&quot;%1&quot; ไม่ใช่ฐานข้อมูลของสำนักงาน โปรดเขียนเป็น postgresql://host:port/dbname</translation>
    </message>
    <message>
        <source>The office database did not let &quot;%1&quot; in. Check the username and password (your administrator creates your database account with &quot;user add&quot;).

%2</source>
        <translation>ฐานข้อมูลของสำนักงานไม่อนุญาตให้ &quot;%1&quot; เข้าใช้ โปรดตรวจสอบชื่อผู้ใช้และรหัสผ่าน (ผู้ดูแลระบบสร้างบัญชีฐานข้อมูลของคุณด้วย &quot;user add&quot;)

%2</translation>
    </message>
    <message>
        <source>The database account &quot;%1&quot; belongs to no Rapport user; ask an administrator.</source>
        <translation>บัญชีฐานข้อมูล &quot;%1&quot; ไม่ได้เป็นของผู้ใช้ Rapport คนใด โปรดติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is deactivated; ask an administrator.</source>
        <translation>บัญชี &quot;%1&quot; ถูกปิดใช้งานแล้ว โปรดติดต่อผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has an unknown role.</source>
        <translation>บัญชี &quot;%1&quot; มีบทบาทที่ไม่รู้จัก</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>ไม่มีการตอบกลับภายใน %n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the office database server %1:%2 (%3). Check the office database address and your network, and that the server is running.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ฐานข้อมูลสำนักงาน %1:%2 ไม่ได้ (%3) ตรวจสอบที่อยู่ฐานข้อมูลสำนักงานและเครือข่ายของคุณ และตรวจว่าเซิร์ฟเวอร์กำลังทำงานอยู่</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>A mail needs a dedupe key.</source>
        <translation>อีเมลต้องมีคีย์กันซ้ำ (dedupe key)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; ไม่ใช่ที่อยู่อีเมลที่ถูกต้อง</translation>
    </message>
    <message>
        <source>A mail needs a subject.</source>
        <translation>อีเมลต้องมีหัวเรื่อง</translation>
    </message>
    <message>
        <source>A mail needs a body.</source>
        <translation>อีเมลต้องมีเนื้อหา</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid reply-to address.</source>
        <translation>&quot;%1&quot; ไม่ใช่ที่อยู่สำหรับตอบกลับที่ถูกต้อง</translation>
    </message>
    <message>
        <source>The mail with dedupe key %1 vanished while it was being queued.</source>
        <translation>อีเมลที่มีคีย์กันซ้ำ %1 หายไประหว่างการเข้าคิว</translation>
    </message>
    <message>
        <source>There is no mail with id %1 in the outbox.</source>
        <translation>ไม่มีอีเมลที่มี ID %1 ในกล่องขาออก</translation>
    </message>
    <message>
        <source>Mail %1 changed while you looked at it; please try again.</source>
        <translation>อีเมล %1 มีการเปลี่ยนแปลงระหว่างที่คุณกำลังดูอยู่ กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Mail %1 cannot be retried: it is %2.</source>
        <translation>ไม่สามารถลองส่งอีเมล %1 อีกครั้งได้ เนื่องจากอยู่ในสถานะ %2</translation>
    </message>
    <message>
        <source>Mail %1 cannot be cancelled: it is %2.</source>
        <translation>ไม่สามารถยกเลิกอีเมล %1 ได้ เนื่องจากอยู่ในสถานะ %2</translation>
    </message>
    <message>
        <source>Only an unconfirmed mail can be marked as sent; mail %1 is %2.</source>
        <translation>ทำเครื่องหมายว่าส่งแล้วได้เฉพาะอีเมลที่ยังไม่ได้รับการยืนยันเท่านั้น อีเมล %1 อยู่ในสถานะ %2</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>&amp;Retry</source>
        <translation>ลองอีกครั้ง(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel mail</source>
        <translation>ยกเลิกอีเมล(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Mark as sent</source>
        <translation>ทำเครื่องหมายว่าส่งแล้ว(&amp;M)</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>ส่งทันที(&amp;N)</translation>
    </message>
    <message>
        <source>SMTP &amp;settings…</source>
        <translation>การตั้งค่า SMTP(&amp;S)…</translation>
    </message>
    <message>
        <source>All mail</source>
        <translation>อีเมลทั้งหมด</translation>
    </message>
    <message>
        <source>Search recipient or subject</source>
        <translation>ค้นหาผู้รับหรือหัวเรื่อง</translation>
    </message>
    <message>
        <source>&lt;b&gt;Automatic mail was not queued:&lt;/b&gt;</source>
        <translation>&lt;b&gt;อีเมลอัตโนมัติต่อไปนี้ไม่ได้เข้าคิว:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>… and more; close this list to see the rest.</source>
        <translation>… และอื่นๆ ปิดรายการนี้เพื่อดูส่วนที่เหลือ</translation>
    </message>
    <message numerus="yes">
        <source>• %1 (%n time(s), last %2)</source>
        <translation>
            <numerusform>• %1 (%n ครั้ง, ล่าสุด %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>ส่งอีกครั้ง(&amp;R)</translation>
    </message>
    <message>
        <source>Only an administrator can change mail in the outbox.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนแปลงอีเมลในกล่องขาออกได้</translation>
    </message>
    <message>
        <source>Select a mail to see its details.</source>
        <translation>เลือกอีเมลเพื่อดูรายละเอียด</translation>
    </message>
    <message>
        <source>Message-ID: %1</source>
        <translation>Message-ID: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server may or may not have this mail:&lt;/b&gt; the connection ended after it was sent and before the server confirmed it. Check with the recipient, then choose Mark as sent or Resend.</source>
        <translation>&lt;b&gt;เซิร์ฟเวอร์อาจได้รับอีเมลนี้แล้วหรือยังไม่ได้รับก็ได้:&lt;/b&gt; การเชื่อมต่อสิ้นสุดลงหลังจากส่งอีเมลแล้ว แต่ก่อนที่เซิร์ฟเวอร์จะยืนยัน โปรดตรวจสอบกับผู้รับ แล้วเลือก &quot;ทำเครื่องหมายว่าส่งแล้ว&quot; หรือ &quot;ส่งอีกครั้ง&quot;</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>ข้อผิดพลาดล่าสุด: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n mail(s)</source>
        <translation>
            <numerusform>%n อีเมล</numerusform>
        </translation>
    </message>
    <message>
        <source>Resend mail</source>
        <translation>ส่งอีเมลอีกครั้ง</translation>
    </message>
    <message>
        <source>The server may already have delivered &quot;%1&quot; to %2. Send it again anyway?</source>
        <translation>เซิร์ฟเวอร์อาจส่ง &quot;%1&quot; ถึง %2 แล้ว ต้องการส่งอีกครั้งหรือไม่?</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>ส่งอีกครั้ง</translation>
    </message>
    <message>
        <source>The mail is queued again; it goes out with the next run.</source>
        <translation>อีเมลเข้าคิวอีกครั้งแล้ว และจะถูกส่งออกในรอบการทำงานถัดไป</translation>
    </message>
    <message>
        <source>Cancel mail</source>
        <translation>ยกเลิกอีเมล</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot; to %2? It will not be sent.</source>
        <translation>ยกเลิก &quot;%1&quot; ถึง %2 หรือไม่? อีเมลนี้จะไม่ถูกส่ง</translation>
    </message>
    <message>
        <source>The mail was cancelled.</source>
        <translation>ยกเลิกอีเมลแล้ว</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>ทำเครื่องหมายว่าส่งแล้ว</translation>
    </message>
    <message>
        <source>Record that &quot;%1&quot; did reach %2? It will not be sent again.</source>
        <translation>บันทึกว่า &quot;%1&quot; ส่งถึง %2 แล้วใช่หรือไม่? อีเมลนี้จะไม่ถูกส่งอีก</translation>
    </message>
    <message>
        <source>The mail is recorded as sent.</source>
        <translation>บันทึกอีเมลว่าส่งแล้ว</translation>
    </message>
</context>
<context>
    <name>OutboxQueue</name>
    <message>
        <source>The sender stopped after the whole message had gone to the server but before the server confirmed it; it may or may not have been delivered.</source>
        <translation>ตัวส่งหยุดทำงานหลังจากส่งข้อความทั้งหมดไปยังเซิร์ฟเวอร์แล้ว แต่ก่อนที่เซิร์ฟเวอร์จะยืนยัน ข้อความอาจส่งถึงผู้รับแล้วหรือไม่ก็ได้</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts over 5 days; the last one: %2</source>
        <translation>หยุดพยายามหลังจากลองส่ง %1 ครั้งในช่วง 5 วัน ครั้งล่าสุด: %2</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>หัวเรื่อง</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>จำนวนครั้งที่ลอง</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>ข้อผิดพลาดล่าสุด</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>ลองครั้งถัดไป</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งเมื่อ</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>อยู่ในคิว</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>ไม่สามารถเริ่มไลบรารีการเข้ารหัสได้</translation>
    </message>
    <message>
        <source>There is not enough memory to hash the password; close other programs and try again.</source>
        <translation>หน่วยความจำไม่พอสำหรับแฮชรหัสผ่าน โปรดปิดโปรแกรมอื่นแล้วลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <source>No password is stored in the keychain yet.</source>
        <translation>ยังไม่มีรหัสผ่านเก็บไว้ในพวงกุญแจของระบบ</translation>
    </message>
    <message>
        <source>No keychain is available on this computer (%1).</source>
        <translation>คอมพิวเตอร์เครื่องนี้ไม่มีพวงกุญแจของระบบให้ใช้ (%1)</translation>
    </message>
    <message>
        <source>The keychain cannot be used (%1).</source>
        <translation>ใช้พวงกุญแจของระบบไม่ได้ (%1)</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>พวงกุญแจของระบบปฏิเสธ: %1</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>view companies, contacts and contracts</source>
        <translation>ดูบริษัท ผู้ติดต่อ และสัญญา</translation>
    </message>
    <message>
        <source>create or edit companies, contacts and contracts</source>
        <translation>สร้างหรือแก้ไขบริษัท ผู้ติดต่อ และสัญญา</translation>
    </message>
    <message>
        <source>delete companies, contacts and contracts</source>
        <translation>ลบบริษัท ผู้ติดต่อ และสัญญา</translation>
    </message>
    <message>
        <source>view templates and sequences</source>
        <translation>ดูแม่แบบและลำดับอีเมล</translation>
    </message>
    <message>
        <source>manage templates and sequences</source>
        <translation>จัดการแม่แบบและลำดับอีเมล</translation>
    </message>
    <message>
        <source>manage segments</source>
        <translation>จัดการกลุ่มลูกค้า</translation>
    </message>
    <message>
        <source>see every user&apos;s segments</source>
        <translation>ดูกลุ่มลูกค้าของผู้ใช้ทุกคน</translation>
    </message>
    <message>
        <source>enrol customers in sequences</source>
        <translation>ลงทะเบียนลูกค้าเข้าลำดับอีเมล</translation>
    </message>
    <message>
        <source>view tickets</source>
        <translation>ดูตั๋วงาน</translation>
    </message>
    <message>
        <source>create tickets and edit your own</source>
        <translation>สร้างตั๋วงานและแก้ไขตั๋วของตนเอง</translation>
    </message>
    <message>
        <source>edit any ticket</source>
        <translation>แก้ไขตั๋วงานใดก็ได้</translation>
    </message>
    <message>
        <source>delete tickets</source>
        <translation>ลบตั๋วงาน</translation>
    </message>
    <message>
        <source>assign tickets</source>
        <translation>มอบหมายตั๋วงาน</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>จัดการผู้ใช้</translation>
    </message>
    <message>
        <source>change SMTP, scheduler and office settings</source>
        <translation>เปลี่ยนการตั้งค่า SMTP ตัวจัดเวลา และสำนักงาน</translation>
    </message>
</context>
<context>
    <name>ProblemBanner</name>
    <message>
        <source>The template was not saved. Click a problem to select it:</source>
        <translation>ไม่ได้บันทึกเทมเพลต คลิกที่ปัญหาเพื่อเลือก:</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Database file.</source>
        <translation>ไฟล์ฐานข้อมูล</translation>
    </message>
    <message>
        <source>Page to open.</source>
        <translation>หน้าที่จะเปิด</translation>
    </message>
    <message>
        <source>Save a PNG and quit.</source>
        <translation>บันทึกเป็น PNG แล้วออก</translation>
    </message>
    <message>
        <source>Quit once shown.</source>
        <translation>ออกทันทีหลังจากแสดงผล</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>ไม่สามารถเปิดฐานข้อมูลได้

%1</translation>
    </message>
    <message>
        <source>Mail is sent by the office server or an administrator&apos;s desktop</source>
        <translation>อีเมลจะถูกส่งโดยเซิร์ฟเวอร์ของสำนักงานหรือเครื่องของผู้ดูแลระบบ</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Attach files</source>
        <translation>แนบไฟล์</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>บันทึกไฟล์แนบ</translation>
    </message>
</context>
<context>
    <name>RecordCommands</name>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation>--%1 ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record id.</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสระเบียน</translation>
    </message>
    <message>
        <source>Name at least one field to change, e.g. --name &quot;New name&quot;.</source>
        <translation>ระบุอย่างน้อยหนึ่งช่องที่จะเปลี่ยน เช่น --name &quot;ชื่อใหม่&quot;</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>ลบ %1 แล้ว</translation>
    </message>
    <message>
        <source>Unknown record type &quot;%1&quot;; use companies, contacts, contracts or invoices.</source>
        <translation>ไม่รู้จักประเภทระเบียน &quot;%1&quot; โปรดใช้ companies, contacts, contracts หรือ invoices</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 ต้องเป็นจำนวนเต็มตั้งแต่ %2 ถึง %3</translation>
    </message>
    <message>
        <source>Created %1 companies, %2 contacts, %3 contracts and %4 invoices.</source>
        <translation>สร้างบริษัท %1 แห่ง ผู้ติดต่อ %2 ราย สัญญา %3 ฉบับ และใบแจ้งหนี้ %4 ฉบับแล้ว</translation>
    </message>
    <message>
        <source>Create the database (or bring it up to date) and print its location.</source>
        <translation>สร้างฐานข้อมูล (หรืออัปเดตให้เป็นปัจจุบัน) และแสดงตำแหน่งของฐานข้อมูล</translation>
    </message>
    <message>
        <source>Fill the database with realistic demo data (deterministic for a seed).</source>
        <translation>เติมข้อมูลตัวอย่างที่สมจริงลงในฐานข้อมูล (ได้ผลเหมือนเดิมทุกครั้งเมื่อใช้ seed เดียวกัน)</translation>
    </message>
    <message>
        <source>List records in the chosen --format.</source>
        <translation>แสดงรายการระเบียนในรูปแบบที่เลือกด้วย --format</translation>
    </message>
    <message>
        <source>Say what to list, e.g. rapport-cli list companies.</source>
        <translation>โปรดระบุสิ่งที่จะแสดงรายการ เช่น rapport-cli list companies</translation>
    </message>
    <message>
        <source>Create a record from field options (names as in the spec); prints its id.</source>
        <translation>สร้างระเบียนจากตัวเลือกฟิลด์ (ชื่อตามข้อกำหนด) และแสดงรหัสของระเบียน</translation>
    </message>
    <message>
        <source>Say what to add, e.g. rapport-cli add company --name &quot;Siam Hotel&quot;.</source>
        <translation>โปรดระบุสิ่งที่จะเพิ่ม เช่น rapport-cli add company --name &quot;Siam Hotel&quot;</translation>
    </message>
    <message>
        <source>Change fields of a record.</source>
        <translation>เปลี่ยนฟิลด์ของระเบียน</translation>
    </message>
    <message>
        <source>Say what to change, e.g. rapport-cli set company 12 --city Bangkok.</source>
        <translation>โปรดระบุสิ่งที่จะเปลี่ยน เช่น rapport-cli set company 12 --city Bangkok</translation>
    </message>
    <message>
        <source>Delete a record and what belongs to it (a company&apos;s contacts, contracts and invoices).</source>
        <translation>ลบระเบียนพร้อมข้อมูลที่เกี่ยวข้อง (ผู้ติดต่อ สัญญา และใบแจ้งหนี้ของบริษัท)</translation>
    </message>
    <message>
        <source>Say what to delete, e.g. rapport-cli delete contact 42.</source>
        <translation>โปรดระบุสิ่งที่จะลบ เช่น rapport-cli delete contact 42</translation>
    </message>
</context>
<context>
    <name>RecordField</name>
    <message>
        <source>ID</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>อุตสาหกรรม</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>City</source>
        <translation>เมือง</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>เว็บไซต์</translation>
    </message>
    <message>
        <source>Billing entity</source>
        <translation>นิติบุคคลที่วางบิล</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>เงื่อนไขการชำระเงิน</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>แผนก</translation>
    </message>
    <message>
        <source>Contact type</source>
        <translation>ประเภทผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Billing contact</source>
        <translation>ผู้ติดต่อด้านวางบิล</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>ยกเลิกรับอีเมล</translation>
    </message>
    <message>
        <source>Unsubscribed at</source>
        <translation>ยกเลิกรับอีเมลเมื่อ</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>เลขที่สัญญา</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>วันเริ่มต้น</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>วันสิ้นสุด</translation>
    </message>
    <message>
        <source>Monthly value</source>
        <translation>มูลค่ารายเดือน</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Auto-renew</source>
        <translation>ต่ออายุอัตโนมัติ</translation>
    </message>
    <message>
        <source>Days until expiry</source>
        <translation>จำนวนวันก่อนหมดอายุ</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>สัญญา</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>เลขที่ใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>วันที่ออก</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>วันครบกำหนด</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Selects</source>
        <translation>เลือก</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>นับเมื่อ</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>การมองเห็น</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>เจ้าของ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>จำนวนครั้งที่ใช้</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>ใช้ล่าสุด</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>ตัวกรอง</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>หัวเรื่อง</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>เนื้อหา HTML</translation>
    </message>
    <message>
        <source>Text body</source>
        <translation>เนื้อหาข้อความ</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>หมายเลขทิกเก็ต</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>มอบหมายให้</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>ครบกำหนด</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>ตอบกลับครั้งแรก</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>แก้ไขเสร็จ</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>First response (hours)</source>
        <translation>ตอบกลับครั้งแรก (ชั่วโมง)</translation>
    </message>
    <message>
        <source>Resolution (hours)</source>
        <translation>เวลาแก้ไข (ชั่วโมง)</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>สร้างโดย</translation>
    </message>
    <message>
        <source>Created by (id)</source>
        <translation>สร้างโดย (รหัส)</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>There is no field called &quot;%1&quot;.</source>
        <translation>ไม่มีช่องข้อมูลชื่อ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be set.</source>
        <translation>ตั้งค่า %1 ไม่ได้</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>New company</source>
        <translation>บริษัทใหม่</translation>
    </message>
    <message>
        <source>Edit company</source>
        <translation>แก้ไขบริษัท</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>ผู้ติดต่อใหม่</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>แก้ไขผู้ติดต่อ</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>สัญญาใหม่</translation>
    </message>
    <message>
        <source>Edit contract</source>
        <translation>แก้ไขสัญญา</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>ใบแจ้งหนี้ใหม่</translation>
    </message>
    <message>
        <source>Edit invoice</source>
        <translation>แก้ไขใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0.00</translation>
    </message>
    <message>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Edit…</source>
        <translation>แก้ไข…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <source>Search companies by name, city or country</source>
        <translation>ค้นหาบริษัทตามชื่อ เมือง หรือประเทศ</translation>
    </message>
    <message>
        <source>New company…</source>
        <translation>บริษัทใหม่…</translation>
    </message>
    <message>
        <source>Search contacts by name, email or phone</source>
        <translation>ค้นหาผู้ติดต่อตามชื่อ อีเมล หรือโทรศัพท์</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>ผู้ติดต่อใหม่…</translation>
    </message>
    <message>
        <source>Search contracts by number or company</source>
        <translation>ค้นหาสัญญาตามเลขที่หรือบริษัท</translation>
    </message>
    <message>
        <source>New contract…</source>
        <translation>สัญญาใหม่…</translation>
    </message>
    <message>
        <source>Search invoices by number or company</source>
        <translation>ค้นหาใบแจ้งหนี้ตามเลขที่หรือบริษัท</translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation>ใบแจ้งหนี้ใหม่…</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>เฉพาะที่ใช้งานอยู่</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>ทุกบริษัท</translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation>หมดอายุภายใน</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>เฉพาะที่เกินกำหนด</translation>
    </message>
    <message>
        <source>Could not read the %1: %2</source>
        <translation>ไม่สามารถอ่าน%1ได้: %2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>ลบ %1 แล้ว</translation>
    </message>
    <message>
        <source>1 company</source>
        <translation>1 บริษัท</translation>
    </message>
    <message>
        <source>%1 companies</source>
        <translation>%1 บริษัท</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>ผู้ติดต่อ 1 ราย</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>ผู้ติดต่อ %1 ราย</translation>
    </message>
    <message>
        <source>1 contract</source>
        <translation>สัญญา 1 ฉบับ</translation>
    </message>
    <message>
        <source>%1 contracts</source>
        <translation>สัญญา %1 ฉบับ</translation>
    </message>
    <message>
        <source>1 invoice</source>
        <translation>ใบแจ้งหนี้ 1 ใบ</translation>
    </message>
    <message>
        <source>%1 invoices</source>
        <translation>ใบแจ้งหนี้ %1 ใบ</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>พบ 1 รายการ</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>พบ %1 รายการ</translation>
    </message>
    <message>
        <source>%1 matches so far; scroll for more</source>
        <translation>พบแล้ว %1 รายการ เลื่อนเพื่อดูเพิ่มเติม</translation>
    </message>
    <message>
        <source>Nothing here yet. Use “%1” to add the first one.</source>
        <translation>ยังไม่มีข้อมูล ใช้ “%1” เพื่อเพิ่มรายการแรก</translation>
    </message>
    <message>
        <source>Nothing matches the search and filters.</source>
        <translation>ไม่มีรายการที่ตรงกับการค้นหาและตัวกรอง</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>เปิด…</translation>
    </message>
    <message>
        <source>Enrol in sequence…</source>
        <translation>ลงทะเบียนเข้าลำดับอีเมล…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <source>Save this list, as filtered and with these columns, as a CSV file</source>
        <translation>บันทึกรายการนี้ตามตัวกรองและคอลัมน์ที่แสดงอยู่เป็นไฟล์ CSV</translation>
    </message>
    <message>
        <source>The list was exported.</source>
        <translation>ส่งออกรายการแล้ว</translation>
    </message>
    <message>
        <source>Enrolled; the first mail goes out as the sequence&apos;s first step says.</source>
        <translation>ลงทะเบียนแล้ว อีเมลฉบับแรกจะถูกส่งตามที่กำหนดไว้ในขั้นตอนแรกของลำดับอีเมล</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type part of a company name</source>
        <translation>พิมพ์ชื่อบริษัทบางส่วน</translation>
    </message>
    <message>
        <source>Type a contract number or company name</source>
        <translation>พิมพ์เลขที่สัญญาหรือชื่อบริษัท</translation>
    </message>
</context>
<context>
    <name>RecordValidation</name>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>&quot;%1&quot; ไม่ใช่ที่อยู่อีเมลที่ถูกต้อง</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>&quot;%1&quot; ไม่ใช่ที่อยู่เว็บที่ถูกต้อง</translation>
    </message>
</context>
<context>
    <name>ReminderJob</name>
    <message>
        <source>Reminders: today&apos;s run is already done.</source>
        <translation>การแจ้งเตือน: รอบของวันนี้ดำเนินการเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Reminders for %1: %2 queued, %3 already sent, %4 without an active template, %5 triggered enrolments.</source>
        <translation>การแจ้งเตือนสำหรับ %1: เข้าคิว %2 รายการ, ส่งไปแล้ว %3 รายการ, ไม่มีเทมเพลตที่ใช้งานอยู่ %4 รายการ, ทริกเกอร์การลงทะเบียน %5 รายการ</translation>
    </message>
</context>
<context>
    <name>ReminderService</name>
    <message>
        <source>invoice %1</source>
        <translation>ใบแจ้งหนี้ %1</translation>
    </message>
    <message>
        <source>contract %1</source>
        <translation>สัญญา %1</translation>
    </message>
    <message>
        <source>No active %1 template in %2 or English: reminders such as the one for %3 are not sent.</source>
        <translation>ไม่มีเทมเพลต %1 ที่ใช้งานอยู่สำหรับ %2 หรือภาษาอังกฤษ: การแจ้งเตือน เช่น รายการสำหรับ %3 จะไม่ถูกส่ง</translation>
    </message>
</context>
<context>
    <name>RichTextEditor</name>
    <message>
        <source>Undo</source>
        <translation>เลิกทำ</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>ทำซ้ำ</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>รูปแบบย่อหน้า</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>ย่อหน้า</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>หัวเรื่อง 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>หัวเรื่อง 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>หัวเรื่อง 3</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>ตัวหนา (%1)</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>ตัวเอียง (%1)</translation>
    </message>
    <message>
        <source>Underline (%1)</source>
        <translation>ขีดเส้นใต้ (%1)</translation>
    </message>
    <message>
        <source>Strikethrough (Ctrl+Shift+X)</source>
        <translation>ขีดทับ (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>สี</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>สีตัวอักษร</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• รายการ</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. รายการ</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>รายการสัญลักษณ์แสดงหัวข้อย่อย</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>รายการลำดับเลข</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>ซ้าย</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>กึ่งกลาง</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>ขวา</translation>
    </message>
    <message>
        <source>Justify</source>
        <translation>เต็มแนว</translation>
    </message>
    <message>
        <source>Align: %1</source>
        <translation>จัดแนว: %1</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>ลิงก์…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Clear formatting</source>
        <translation>ล้างการจัดรูปแบบ</translation>
    </message>
    <message>
        <source>HTML source</source>
        <translation>ซอร์ส HTML</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Show and edit the HTML that is stored and sent (Ctrl+Shift+H)</source>
        <translation>แสดงและแก้ไข HTML ที่จัดเก็บและส่งออกไป (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Ctrl+\</source>
        <translation>Ctrl+\</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Sales</source>
        <translation>ฝ่ายขาย</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>ฝ่ายการตลาด</translation>
    </message>
    <message>
        <source>Tech Support</source>
        <translation>ฝ่ายสนับสนุนด้านเทคนิค</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
</context>
<context>
    <name>SchedulerIndicator</name>
    <message>
        <source>last error: %1</source>
        <translation>ข้อผิดพลาดล่าสุด: %1</translation>
    </message>
    <message>
        <source>Last run: %1</source>
        <translation>ทำงานล่าสุด: %1</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>ทำงานครั้งถัดไป: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>ข้อผิดพลาดล่าสุด: %1</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>เรียกใช้ทันที</translation>
    </message>
    <message>
        <source>Run the scheduler now: due jobs, then the mail that is due.</source>
        <translation>เรียกใช้ตัวจัดกำหนดการทันที: ทำงานที่ถึงกำหนด แล้วส่งอีเมลที่ถึงกำหนด</translation>
    </message>
</context>
<context>
    <name>SchedulerJobRegistry</name>
    <message>
        <source>reminders</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>ลำดับอีเมล</translation>
    </message>
</context>
<context>
    <name>SchedulerStatus</name>
    <message>
        <source>Scheduler stopped</source>
        <translation>ตัวจัดกำหนดการหยุดทำงาน</translation>
    </message>
    <message>
        <source>Scheduler idle</source>
        <translation>ตัวจัดกำหนดการว่าง</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>กำลังเรียกใช้ %1</translation>
    </message>
    <message>
        <source>Sending %1 of %2</source>
        <translation>กำลังส่ง %1 จาก %2</translation>
    </message>
</context>
<context>
    <name>SchedulerWorker</name>
    <message>
        <source>Mail is waiting, but the SMTP password is not available yet.</source>
        <translation>มีอีเมลรอส่ง แต่ยังไม่มีรหัสผ่าน SMTP</translation>
    </message>
    <message>
        <source>Delivery is paused: the SMTP server refused the login. Check the SMTP user name and password.</source>
        <translation>หยุดการส่งชั่วคราว: เซิร์ฟเวอร์ SMTP ปฏิเสธการเข้าสู่ระบบ โปรดตรวจสอบชื่อผู้ใช้และรหัสผ่าน SMTP</translation>
    </message>
</context>
<context>
    <name>SegmentCommands</name>
    <message>
        <source>Give the filter with --filter-file FILE.json (or - for standard input).</source>
        <translation>โปรดระบุตัวกรองด้วย --filter-file FILE.json (หรือ - สำหรับอินพุตมาตรฐาน)</translation>
    </message>
    <message>
        <source>Cannot read the filter file %1: %2</source>
        <translation>ไม่สามารถอ่านไฟล์ตัวกรอง %1: %2</translation>
    </message>
    <message>
        <source>Give the %1 id, e.g. rapport-cli segment members 3.</source>
        <translation>โปรดระบุรหัส%1 เช่น rapport-cli segment members 3</translation>
    </message>
    <message>
        <source>--limit must be a whole number.</source>
        <translation>--limit ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>กลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <source>Give the segment a name with --name.</source>
        <translation>โปรดตั้งชื่อกลุ่มเป้าหมายด้วย --name</translation>
    </message>
    <message>
        <source>--visibility must be private or public.</source>
        <translation>--visibility ต้องเป็น private หรือ public</translation>
    </message>
    <message>
        <source>A static segment has no filter: give --static or --filter-file, not both.</source>
        <translation>กลุ่มเป้าหมายแบบคงที่ไม่มีตัวกรอง: โปรดระบุ --static หรือ --filter-file อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>Give the segment id.</source>
        <translation>โปรดระบุรหัสกลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <source>Give the sequence with --sequence ID.</source>
        <translation>โปรดระบุลำดับอีเมลด้วย --sequence ID</translation>
    </message>
    <message>
        <source>--sequence must be a sequence id.</source>
        <translation>--sequence ต้องเป็นรหัสลำดับอีเมล</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact id.</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัสผู้ติดต่อ</translation>
    </message>
    <message>
        <source>Give the contact ids after the segment id.</source>
        <translation>โปรดระบุรหัสผู้ติดต่อต่อจากรหัสกลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <source>Print how many contacts (or companies) a filter or segment selects: the number alone.</source>
        <translation>แสดงจำนวนผู้ติดต่อ (หรือบริษัท) ที่ตัวกรองหรือกลุ่มเป้าหมายเลือก โดยแสดงเฉพาะตัวเลข</translation>
    </message>
    <message>
        <source>List the members of a filter or segment, by name, in the chosen --format.</source>
        <translation>แสดงรายชื่อสมาชิกของตัวกรองหรือกลุ่มเป้าหมายตามชื่อ ในรูปแบบที่เลือกด้วย --format</translation>
    </message>
    <message>
        <source>Save a dynamic segment (its filter) or an empty static one; prints its id.</source>
        <translation>บันทึกกลุ่มเป้าหมายแบบไดนามิก (พร้อมตัวกรอง) หรือกลุ่มเป้าหมายแบบคงที่ที่ว่างเปล่า และแสดงรหัสของกลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <source>List the segments you can see (with --archived, archived ones too).</source>
        <translation>แสดงรายการกลุ่มเป้าหมายที่คุณมองเห็น (ใช้ --archived เพื่อรวมกลุ่มที่เก็บถาวรแล้วด้วย)</translation>
    </message>
    <message>
        <source>Enrol every member of a segment in a sequence in one go; prints each member&apos;s result (enrolled, or skipped: already_enrolled, unsubscribed, inactive, no_email) and a summary.</source>
        <translation>ลงทะเบียนสมาชิกทุกคนของกลุ่มเป้าหมายในลำดับอีเมลในครั้งเดียว และแสดงผลของสมาชิกแต่ละคน (enrolled หรือ skipped: already_enrolled, unsubscribed, inactive, no_email) พร้อมสรุป</translation>
    </message>
    <message>
        <source>Count a segment&apos;s members now, store the count and print it.</source>
        <translation>นับจำนวนสมาชิกของกลุ่มเป้าหมาย ณ ขณะนี้ บันทึกจำนวนไว้และแสดงผล</translation>
    </message>
    <message>
        <source>Copy a segment into a new private one of yours; prints its id.</source>
        <translation>คัดลอกกลุ่มเป้าหมายเป็นกลุ่มส่วนตัวใหม่ของคุณ และแสดงรหัสของกลุ่มใหม่</translation>
    </message>
    <message>
        <source>Archive a segment (hidden from lists, read-only).</source>
        <translation>เก็บถาวรกลุ่มเป้าหมาย (ซ่อนจากรายการและเป็นแบบอ่านอย่างเดียว)</translation>
    </message>
    <message>
        <source>Add contacts to a static segment.</source>
        <translation>เพิ่มผู้ติดต่อลงในกลุ่มเป้าหมายแบบคงที่</translation>
    </message>
    <message>
        <source>Remove contacts from a static segment.</source>
        <translation>นำผู้ติดต่อออกจากกลุ่มเป้าหมายแบบคงที่</translation>
    </message>
    <message>
        <source>Write a segment&apos;s members as CSV with all contact (or company) columns to standard output.</source>
        <translation>เขียนสมาชิกของกลุ่มเป้าหมายเป็น CSV พร้อมคอลัมน์ทั้งหมดของผู้ติดต่อ (หรือบริษัท) ไปยังเอาต์พุตมาตรฐาน</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>ไม่สามารถเขียนไปยังเอาต์พุตมาตรฐาน</translation>
    </message>
</context>
<context>
    <name>SegmentEditor</name>
    <message>
        <source>tags, separated by commas</source>
        <translation>แท็ก คั่นด้วยเครื่องหมายจุลภาค</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save the segment (%1)</source>
        <translation>บันทึกกลุ่มเป้าหมาย (%1)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>การมองเห็น</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>New static segment</source>
        <translation>กลุ่มเป้าหมายแบบคงที่ใหม่</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>กลุ่มเป้าหมายใหม่</translation>
    </message>
    <message>
        <source>%1 — %2, owned by %3</source>
        <translation>%1 — %2 เจ้าของ: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s), counted %1</source>
        <translation>
            <numerusform>สมาชิก %n ราย นับเมื่อ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the list and save it; then add contacts to it.</source>
        <translation>ตั้งชื่อรายการแล้วบันทึก จากนั้นจึงเพิ่มผู้ติดต่อเข้าไป</translation>
    </message>
    <message>
        <source>This segment is archived; restore it to change it.</source>
        <translation>กลุ่มเป้าหมายนี้ถูกเก็บถาวรแล้ว โปรดกู้คืนก่อนเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Only its owner or an admin can change this segment; duplicate it to make your own.</source>
        <translation>เฉพาะเจ้าของหรือผู้ดูแลระบบเท่านั้นที่เปลี่ยนแปลงกลุ่มเป้าหมายนี้ได้ ทำสำเนาเพื่อสร้างกลุ่มเป้าหมายของคุณเอง</translation>
    </message>
    <message>
        <source>Fix the rules marked in red to see who matches.</source>
        <translation>แก้ไขกฎที่ทำเครื่องหมายสีแดงเพื่อดูว่ามีใครตรงตามเงื่อนไขบ้าง</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>กำลังนับ…</translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n บริษัท</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>ผู้ติดต่อ %n ราย</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 by name:</source>
        <translation>%1 รายการแรกตามชื่อ:</translation>
    </message>
    <message>
        <source>The filter has problems:
%1</source>
        <translation>ตัวกรองมีปัญหา:
%1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>บันทึก &quot;%1&quot; แล้ว</translation>
    </message>
    <message>
        <source>about %1 companies</source>
        <translation>ประมาณ %1 บริษัท</translation>
    </message>
    <message>
        <source>about %1 contacts</source>
        <translation>ประมาณ %1 ผู้ติดต่อ</translation>
    </message>
    <message>
        <source>%1 or more companies</source>
        <translation>%1 บริษัทขึ้นไป</translation>
    </message>
    <message>
        <source>%1 or more contacts</source>
        <translation>%1 ผู้ติดต่อขึ้นไป</translation>
    </message>
    <message>
        <source>Counting exactly… The first %1 by name:</source>
        <translation>กำลังนับจำนวนที่แน่นอน… %1 รายการแรกเรียงตามชื่อ:</translation>
    </message>
</context>
<context>
    <name>SegmentEnrolment</name>
    <message numerus="yes">
        <source>Enrolled %1 of %n member(s) of &quot;%2&quot; in &quot;%3&quot;.</source>
        <translation>
            <numerusform>ลงทะเบียนสมาชิก %1 จาก %n รายของ &quot;%2&quot; เข้าลำดับอีเมล &quot;%3&quot; แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: %2.</source>
        <translation>ข้าม %1: %2</translation>
    </message>
    <message>
        <source>already enrolled</source>
        <translation>ลงทะเบียนอยู่แล้ว</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>ยกเลิกรับข่าวสารแล้ว</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>ไม่ใช้งาน</translation>
    </message>
    <message>
        <source>without an email address</source>
        <translation>ไม่มีที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>no longer found</source>
        <translation>ไม่พบข้อมูลแล้ว</translation>
    </message>
    <message>
        <source>The segment &quot;%1&quot; is %2; only an active segment can be enrolled.</source>
        <translation>กลุ่มเป้าหมาย &quot;%1&quot; อยู่ในสถานะ %2 ลงทะเบียนได้เฉพาะกลุ่มเป้าหมายที่ใช้งานอยู่เท่านั้น</translation>
    </message>
</context>
<context>
    <name>SegmentListModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>นับเมื่อ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>การมองเห็น</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>เจ้าของ</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>จำนวนครั้งที่ใช้</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>ใช้ล่าสุด</translation>
    </message>
</context>
<context>
    <name>SegmentMemberModel</name>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>ยกเลิกรับข่าวสารแล้ว</translation>
    </message>
</context>
<context>
    <name>SegmentService</name>
    <message>
        <source>The segment name is required.</source>
        <translation>ต้องระบุชื่อกลุ่ม</translation>
    </message>
    <message>
        <source>The segment name is longer than %1 characters.</source>
        <translation>ชื่อกลุ่มยาวเกิน %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>A static segment is a list of contacts.</source>
        <translation>กลุ่มแบบคงที่คือรายชื่อผู้ติดต่อ</translation>
    </message>
    <message>
        <source>You already have a segment called &quot;%1&quot;.</source>
        <translation>คุณมีกลุ่มชื่อ &quot;%1&quot; อยู่แล้ว</translation>
    </message>
    <message>
        <source>There is no segment with id %1.</source>
        <translation>ไม่พบกลุ่มที่มี ID %1</translation>
    </message>
    <message>
        <source>Only the owner of &quot;%1&quot; (%2) or an admin may change it.</source>
        <translation>เฉพาะเจ้าของ &quot;%1&quot; (%2) หรือผู้ดูแลระบบเท่านั้นที่เปลี่ยนแปลงได้</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is archived; restore it before changing it.</source>
        <translation>&quot;%1&quot; ถูกเก็บถาวรแล้ว โปรดกู้คืนก่อนเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>A segment&apos;s type cannot change; duplicate it instead.</source>
        <translation>ไม่สามารถเปลี่ยนประเภทของกลุ่มได้ ให้ทำสำเนาแทน</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (สำเนา)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (สำเนา %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is dynamic: its filter decides its members.</source>
        <translation>&quot;%1&quot; เป็นกลุ่มแบบไดนามิก: ตัวกรองเป็นตัวกำหนดสมาชิก</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>ไม่พบผู้ติดต่อที่มี ID %1</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>ไม่สามารถเขียนไฟล์ส่งออก: %1</translation>
    </message>
</context>
<context>
    <name>SegmentStatus</name>
    <message>
        <source>Active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>เก็บถาวร</translation>
    </message>
</context>
<context>
    <name>SegmentType</name>
    <message>
        <source>Dynamic</source>
        <translation>ไดนามิก</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>คงที่</translation>
    </message>
</context>
<context>
    <name>SegmentVisibility</name>
    <message>
        <source>Private</source>
        <translation>ส่วนตัว</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>สาธารณะ</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Export members to CSV</source>
        <translation>ส่งออกสมาชิกเป็น CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Enrol in sequence</source>
        <translation>ลงทะเบียนเข้าลำดับอีเมล</translation>
    </message>
    <message>
        <source>Enrol every member of &quot;%1&quot; in:</source>
        <translation>ลงทะเบียนสมาชิกทุกคนของ &quot;%1&quot; เข้า:</translation>
    </message>
    <message>
        <source>Search segments</source>
        <translation>ค้นหากลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>แสดงรายการที่เก็บถาวร</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>กลุ่มเป้าหมายใหม่</translation>
    </message>
    <message>
        <source>New static list</source>
        <translation>รายชื่อแบบคงที่ใหม่</translation>
    </message>
    <message>
        <source>Recalculate</source>
        <translation>คำนวณใหม่</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>ทำสำเนา</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>เก็บถาวร</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>ส่งออก CSV…</translation>
    </message>
    <message>
        <source>Enrol in sequence…</source>
        <translation>ลงทะเบียนเข้าลำดับอีเมล…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>กลุ่มเป้าหมาย %n กลุ่ม</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the members of &quot;%1&quot;…</source>
        <translation>กำลังนับสมาชิกของ &quot;%1&quot;…</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n member(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; มีสมาชิก %n ราย</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicated as &quot;%1&quot;.</source>
        <translation>ทำสำเนาเป็น &quot;%1&quot; แล้ว</translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot;.</source>
        <translation>กู้คืน &quot;%1&quot; แล้ว</translation>
    </message>
    <message>
        <source>Archived &quot;%1&quot;; tick &quot;Show archived&quot; to see it again.</source>
        <translation>เก็บถาวร &quot;%1&quot; แล้ว เลือก &quot;แสดงรายการที่เก็บถาวร&quot; เพื่อดูอีกครั้ง</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>กำลังส่งออกไปยัง %1…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>ไม่สามารถเขียน %1 ได้: %2</translation>
    </message>
    <message>
        <source>Exported the members to %1.</source>
        <translation>ส่งออกสมาชิกไปยัง %1 แล้ว</translation>
    </message>
    <message>
        <source>There is no active sequence with steps to enrol in.</source>
        <translation>ไม่มีลำดับอีเมลที่ใช้งานอยู่และมีขั้นตอนให้ลงทะเบียน</translation>
    </message>
    <message>
        <source>Enrolling the members of &quot;%1&quot;…</source>
        <translation>กำลังลงทะเบียนสมาชิกของ &quot;%1&quot;…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more skipped.</source>
        <translation>
            <numerusform>… และข้ามอีก %n ราย</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
</context>
<context>
    <name>SequenceCommands</name>
    <message>
        <source>Unknown option --%1.</source>
        <translation>ไม่รู้จักตัวเลือก --%1</translation>
    </message>
    <message>
        <source>--%1 ID is required.</source>
        <translation>ต้องระบุ --%1 ID</translation>
    </message>
    <message>
        <source>--%1 must be a record id.</source>
        <translation>--%1 ต้องเป็นรหัสระเบียน</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 id.</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัส %2</translation>
    </message>
    <message>
        <source>Usage: sequence add --name N [--trigger EVENT] [--description D]</source>
        <translation>วิธีใช้: sequence add --name N [--trigger EVENT] [--description D]</translation>
    </message>
    <message>
        <source>Unknown trigger &quot;%1&quot;; use one of %2.</source>
        <translation>ไม่รู้จักทริกเกอร์ &quot;%1&quot; โปรดใช้ค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <source>Say which sequence, e.g. rapport-cli sequence step add 3 --template 7 --days-delay 2.</source>
        <translation>โปรดระบุลำดับอีเมล เช่น rapport-cli sequence step add 3 --template 7 --days-delay 2</translation>
    </message>
    <message>
        <source>--days-delay must be a whole number.</source>
        <translation>--days-delay ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>--step-order must be 1 or more.</source>
        <translation>--step-order ต้องมีค่าตั้งแต่ 1 ขึ้นไป</translation>
    </message>
    <message>
        <source>--send-time must be HH:MM, e.g. 09:30.</source>
        <translation>--send-time ต้องอยู่ในรูปแบบ HH:MM เช่น 09:30</translation>
    </message>
    <message>
        <source>Unknown operator &quot;%1&quot;; use one of %2.</source>
        <translation>ไม่รู้จักตัวดำเนินการ &quot;%1&quot; โปรดใช้ค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <source>Usage: enrolment %1 ENROLMENT_ID</source>
        <translation>วิธีใช้: enrolment %1 ENROLMENT_ID</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; use one of %2.</source>
        <translation>ไม่รู้จักสถานะ &quot;%1&quot; โปรดใช้ค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <source>Create a sequence (triggered when --trigger is given); prints its id.</source>
        <translation>สร้างลำดับอีเมล (เริ่มทำงานตามเหตุการณ์เมื่อระบุ --trigger) และแสดงรหัสของลำดับอีเมล</translation>
    </message>
    <message>
        <source>Add a step to a sequence; prints its id.</source>
        <translation>เพิ่มขั้นตอนในลำดับอีเมล และแสดงรหัสของขั้นตอน</translation>
    </message>
    <message>
        <source>Enrol a company (its billing contacts, else all active contacts) or one contact in a sequence; prints the enrolment id.</source>
        <translation>ลงทะเบียนบริษัท (ผู้ติดต่อด้านการเรียกเก็บเงิน หากไม่มีจะใช้ผู้ติดต่อที่ใช้งานอยู่ทั้งหมด) หรือผู้ติดต่อหนึ่งรายในลำดับอีเมล และแสดงรหัสการลงทะเบียน</translation>
    </message>
    <message>
        <source>Pause, resume or cancel an enrolment.</source>
        <translation>หยุดชั่วคราว ดำเนินการต่อ หรือยกเลิกการลงทะเบียน</translation>
    </message>
    <message>
        <source>List sequences with their step and active enrolment counts.</source>
        <translation>แสดงรายการลำดับอีเมลพร้อมจำนวนขั้นตอนและจำนวนการลงทะเบียนที่ใช้งานอยู่</translation>
    </message>
    <message>
        <source>List enrolments, newest first.</source>
        <translation>แสดงรายการการลงทะเบียน เรียงจากใหม่สุด</translation>
    </message>
</context>
<context>
    <name>SequenceEditor</name>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Save sequence</source>
        <translation>บันทึกลำดับอีเมล</translation>
    </message>
    <message>
        <source>at</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Step active</source>
        <translation>เปิดใช้ขั้นตอน</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>เพิ่มขั้นตอน</translation>
    </message>
    <message>
        <source>Save step</source>
        <translation>บันทึกขั้นตอน</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>ลบขั้นตอน</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>เลื่อนขึ้น</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>เลื่อนลง</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>เทมเพลต</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>ระยะเวลารอ</translation>
    </message>
    <message>
        <source>Send time</source>
        <translation>เวลาส่ง</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>เงื่อนไข</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>ขั้นตอนที่เลือก</translation>
    </message>
    <message>
        <source>Send after</source>
        <translation>ส่งหลังจาก</translation>
    </message>
    <message>
        <source>Only if</source>
        <translation>เฉพาะเมื่อ</translation>
    </message>
    <message>
        <source>always</source>
        <translation>ทุกครั้ง</translation>
    </message>
    <message>
        <source>missing template %1</source>
        <translation>ไม่พบเทมเพลต %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <source>Sequence saved.</source>
        <translation>บันทึกลำดับอีเมลแล้ว</translation>
    </message>
    <message>
        <source>Drag a step to change the order, or use Move up and Move down.</source>
        <translation>ลากขั้นตอนเพื่อเปลี่ยนลำดับ หรือใช้ “เลื่อนขึ้น” และ “เลื่อนลง”</translation>
    </message>
    <message>
        <source>%1 (%2, %3) — switched off: its steps wait</source>
        <translation>%1 (%2, %3) — ปิดใช้งาน: ขั้นตอนที่ใช้แม่แบบนี้จะรอ</translation>
    </message>
</context>
<context>
    <name>SequenceEmailStatus</name>
    <message>
        <source>Pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>ตีกลับ</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>ข้าม</translation>
    </message>
</context>
<context>
    <name>SequenceJob</name>
    <message>
        <source>Sequences: %1 enrolled by trigger, %2 steps processed, %3 mails queued, %4 skipped, %5 completed, %6 cancelled.</source>
        <translation>ลำดับอีเมล: ลงทะเบียนจากทริกเกอร์ %1 รายการ, ประมวลผล %2 ขั้นตอน, เข้าคิว %3 อีเมล, ข้าม %4, เสร็จสิ้น %5, ยกเลิก %6</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) wait for a switched-off template.</source>
        <translation>
            <numerusform>มี %n ขั้นตอนที่รอแม่แบบที่ปิดใช้งานอยู่</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SequenceListModel</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>ทริกเกอร์</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Active enrolments</source>
        <translation>การลงทะเบียนที่ใช้งานอยู่</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
</context>
<context>
    <name>SequenceProcessor</name>
    <message>
        <source>%1 unsubscribed.</source>
        <translation>%1 ยกเลิกการรับข่าวสารแล้ว</translation>
    </message>
    <message>
        <source>%1 is no longer active.</source>
        <translation>%1 ไม่ได้ใช้งานแล้ว</translation>
    </message>
    <message>
        <source>%1 has no email address.</source>
        <translation>%1 ไม่มีที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>%1 has no active, subscribed contact with an email address left.</source>
        <translation>%1 ไม่มีผู้ติดต่อที่ใช้งานอยู่ รับข่าวสาร และมีที่อยู่อีเมลเหลืออยู่</translation>
    </message>
    <message>
        <source>The step&apos;s template (id %1) no longer exists.</source>
        <translation>เทมเพลตของขั้นตอนนี้ (ID %1) ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>The step is switched off.</source>
        <translation>ขั้นตอนนี้ถูกปิดใช้งาน</translation>
    </message>
    <message>
        <source>Condition not met: %1 %2 %3</source>
        <translation>ไม่ตรงตามเงื่อนไข: %1 %2 %3</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;, step %2: %3 Nothing was queued for it.</source>
        <translation>ลำดับอีเมล &quot;%1&quot; ขั้นตอนที่ %2: %3 ไม่มีอีเมลเข้าคิวสำหรับขั้นตอนนี้</translation>
    </message>
    <message>
        <source>The step&apos;s condition has no operator.</source>
        <translation>เงื่อนไขของขั้นตอนไม่มีตัวดำเนินการ</translation>
    </message>
    <message>
        <source>The step&apos;s condition cannot be checked: %1</source>
        <translation>ไม่สามารถตรวจสอบเงื่อนไขของขั้นตอนได้: %1</translation>
    </message>
    <message>
        <source>Sequence &quot;%1&quot;, step %2 waits: its template &quot;%3&quot; is switched off. Switch the template on, or switch the step off to skip it.</source>
        <translation>ลำดับอีเมล &quot;%1&quot; ขั้นตอนที่ %2 กำลังรอ: แม่แบบ &quot;%3&quot; ถูกปิดใช้งาน โปรดเปิดใช้งานแม่แบบ หรือปิดใช้งานขั้นตอนนี้เพื่อข้ามไป</translation>
    </message>
</context>
<context>
    <name>SequenceService</name>
    <message>
        <source>The sequence name is required.</source>
        <translation>ต้องระบุชื่อลำดับอีเมล</translation>
    </message>
    <message>
        <source>A triggered sequence needs its trigger event (%1).</source>
        <translation>ลำดับอีเมลแบบทริกเกอร์ต้องมีเหตุการณ์ทริกเกอร์ (%1)</translation>
    </message>
    <message>
        <source>Only a triggered sequence has a trigger event.</source>
        <translation>เฉพาะลำดับอีเมลแบบทริกเกอร์เท่านั้นที่มีเหตุการณ์ทริกเกอร์</translation>
    </message>
    <message>
        <source>A sequence called &quot;%1&quot; already exists.</source>
        <translation>มีลำดับอีเมลชื่อ &quot;%1&quot; อยู่แล้ว</translation>
    </message>
    <message>
        <source>There is no sequence with id %1.</source>
        <translation>ไม่พบลำดับอีเมลที่มี ID %1</translation>
    </message>
    <message>
        <source>The sequence could not be stored.</source>
        <translation>ไม่สามารถบันทึกลำดับอีเมลได้</translation>
    </message>
    <message>
        <source>Choose the template the step sends.</source>
        <translation>เลือกเทมเพลตที่ขั้นตอนนี้จะส่ง</translation>
    </message>
    <message>
        <source>There is no template with id %1.</source>
        <translation>ไม่พบเทมเพลตที่มี ID %1</translation>
    </message>
    <message>
        <source>The delay must be from 0 to 3650 days.</source>
        <translation>ระยะเวลารอต้องอยู่ระหว่าง 0 ถึง 3650 วัน</translation>
    </message>
    <message>
        <source>The send time must be a time of day such as 09:00.</source>
        <translation>เวลาส่งต้องเป็นเวลาของวัน เช่น 09:00</translation>
    </message>
    <message>
        <source>The step could not be stored.</source>
        <translation>ไม่สามารถบันทึกขั้นตอนได้</translation>
    </message>
    <message>
        <source>There is no step with id %1.</source>
        <translation>ไม่พบขั้นตอนที่มี ID %1</translation>
    </message>
    <message>
        <source>%1 is not a contact of %2.</source>
        <translation>%1 ไม่ใช่ผู้ติดต่อของ %2</translation>
    </message>
    <message>
        <source>%1 is not active.</source>
        <translation>%1 ไม่ได้ใช้งานอยู่</translation>
    </message>
    <message>
        <source>%1 has unsubscribed.</source>
        <translation>%1 ยกเลิกการรับข่าวสารแล้ว</translation>
    </message>
    <message>
        <source>%1 has no email address.</source>
        <translation>%1 ไม่มีที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>%1 has no active, subscribed contact with an email address.</source>
        <translation>%1 ไม่มีผู้ติดต่อที่ใช้งานอยู่ รับข่าวสาร และมีที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>This contact</source>
        <translation>ผู้ติดต่อนี้</translation>
    </message>
    <message>
        <source>%1 is already in the sequence &quot;%2&quot;.</source>
        <translation>%1 อยู่ในลำดับอีเมล &quot;%2&quot; แล้ว</translation>
    </message>
    <message>
        <source>The sequence &quot;%1&quot; is switched off; switch it on to enrol.</source>
        <translation>ลำดับอีเมล &quot;%1&quot; ถูกปิดใช้งาน โปรดเปิดใช้งานก่อนลงทะเบียน</translation>
    </message>
    <message>
        <source>The sequence &quot;%1&quot; has no steps yet.</source>
        <translation>ลำดับอีเมล &quot;%1&quot; ยังไม่มีขั้นตอน</translation>
    </message>
    <message>
        <source>There is no enrolment with id %1.</source>
        <translation>ไม่พบการลงทะเบียนที่มี ID %1</translation>
    </message>
    <message>
        <source>An enrolment that is %1 cannot become %2.</source>
        <translation>การลงทะเบียนที่มีสถานะ %1 ไม่สามารถเปลี่ยนเป็น %2 ได้</translation>
    </message>
    <message>
        <source>Cancelled by %1.</source>
        <translation>ยกเลิกโดย %1</translation>
    </message>
</context>
<context>
    <name>SequenceType</name>
    <message>
        <source>Manual</source>
        <translation>ด้วยตนเอง</translation>
    </message>
    <message>
        <source>Triggered</source>
        <translation>แบบทริกเกอร์</translation>
    </message>
</context>
<context>
    <name>SequencesPage</name>
    <message>
        <source>New sequence</source>
        <translation>ลำดับอีเมลใหม่</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>การลงทะเบียน</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;ผู้ใช้…</translation>
    </message>
    <message>
        <source>Create users, change their roles, deactivate them or reset passwords</source>
        <translation>สร้างผู้ใช้ เปลี่ยนบทบาท ปิดใช้งาน หรือรีเซ็ตรหัสผ่าน</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;การตั้งค่า…</translation>
    </message>
</context>
<context>
    <name>SessionMenus</name>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>ลงชื่อเข้าใช้ในชื่อ %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in: acting as %1 (%2)</source>
        <translation>ไม่ได้ลงชื่อเข้าใช้: ทำงานในนาม %1 (%2)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ออกจากระบบ(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Office time zone</source>
        <translation>เขตเวลาของสำนักงาน</translation>
    </message>
    <message>
        <source>Daily run time</source>
        <translation>เวลาทำงานประจำวัน</translation>
    </message>
    <message>
        <source>Attachment size limit (MB)</source>
        <translation>ขนาดไฟล์แนบสูงสุด (MB)</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>ชื่อผู้ส่ง</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>อีเมลผู้ส่ง</translation>
    </message>
    <message>
        <source>Scheduler interval (seconds)</source>
        <translation>รอบการทำงานของตัวจัดเวลา (วินาที)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Email ticket updates to the customer</source>
        <translation>ส่งอีเมลแจ้งความคืบหน้าของทิกเก็ตให้ลูกค้า</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>เซิร์ฟเวอร์ SMTP</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>พอร์ต SMTP</translation>
    </message>
    <message>
        <source>SMTP security</source>
        <translation>ความปลอดภัย SMTP</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>ชื่อผู้ใช้ SMTP</translation>
    </message>
    <message>
        <source>Reply-to address</source>
        <translation>ที่อยู่สำหรับตอบกลับ</translation>
    </message>
    <message>
        <source>Mails per minute at most</source>
        <translation>จำนวนอีเมลสูงสุดต่อนาที</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file)</source>
        <translation>ใบรับรอง CA เพิ่มเติม (ไฟล์ PEM)</translation>
    </message>
    <message>
        <source>SMTP connect and greeting timeout (seconds)</source>
        <translation>เวลารอการเชื่อมต่อและการทักทาย SMTP (วินาที)</translation>
    </message>
    <message>
        <source>SMTP command timeout (seconds)</source>
        <translation>เวลารอคำสั่ง SMTP (วินาที)</translation>
    </message>
    <message>
        <source>SMTP end-of-message timeout (seconds)</source>
        <translation>เวลารอการสิ้นสุดข้อความ SMTP (วินาที)</translation>
    </message>
    <message>
        <source>Unsubscribe mailbox</source>
        <translation>กล่องจดหมายสำหรับยกเลิกการรับข่าวสาร</translation>
    </message>
    <message>
        <source>Unsubscribe web address</source>
        <translation>ที่อยู่เว็บสำหรับยกเลิกการรับข่าวสาร</translation>
    </message>
    <message>
        <source>Back up the database every day</source>
        <translation>สำรองฐานข้อมูลทุกวัน</translation>
    </message>
    <message>
        <source>Daily backup folder</source>
        <translation>โฟลเดอร์สำรองข้อมูลรายวัน</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>จำนวนไฟล์สำรองรายวันที่เก็บไว้</translation>
    </message>
    <message>
        <source>Office database</source>
        <translation>ฐานข้อมูลสำนักงาน</translation>
    </message>
</context>
<context>
    <name>SettingsCatalogue</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 ต้องเป็นจำนวนเต็มตั้งแต่ %2 ถึง %3</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 ต้องเป็น true หรือ false</translation>
    </message>
    <message>
        <source>%1 must be a time of day such as 09:00.</source>
        <translation>%1 ต้องเป็นเวลาของวัน เช่น 09:00</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known time zone (for example Asia/Bangkok).</source>
        <translation>%1: &quot;%2&quot; ไม่ใช่เขตเวลาที่รู้จัก (ตัวอย่างเช่น Asia/Bangkok)</translation>
    </message>
    <message>
        <source>%1 is not a valid email address.</source>
        <translation>%1 ไม่ใช่ที่อยู่อีเมลที่ถูกต้อง</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>The translation for %1 is not installed.</source>
        <translation>ยังไม่ได้ติดตั้งคำแปลภาษา %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Office (all desktops)</source>
        <translation>สำนักงาน (ทุกเครื่อง)</translation>
    </message>
    <message>
        <source>This desktop</source>
        <translation>เครื่องนี้</translation>
    </message>
    <message>
        <source>Only an administrator can change office settings.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนการตั้งค่าสำนักงานได้</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;ภาษา:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <source>Folder for daily backups</source>
        <translation>โฟลเดอร์สำหรับสำรองข้อมูลรายวัน</translation>
    </message>
    <message>
        <source>&amp;Back up this desktop&apos;s database every day</source>
        <translation>สำรองฐานข้อมูลของเครื่องนี้ทุกวัน(&amp;B)</translation>
    </message>
    <message>
        <source>The first time Rapport is open on a day it copies the database to the folder below while you keep working, and deletes the oldest copies beyond the number to keep.</source>
        <translation>ครั้งแรกที่เปิด Rapport ในแต่ละวัน ระบบจะคัดลอกฐานข้อมูลไปยังโฟลเดอร์ด้านล่างโดยที่คุณยังทำงานต่อได้ตามปกติ และจะลบสำเนาที่เก่าที่สุดซึ่งเกินจำนวนที่กำหนดให้เก็บไว้</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>โฟลเดอร์สำรองข้อมูล(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>เก็บไว้ล่าสุด(&amp;K):</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> ไฟล์สำรอง</translation>
    </message>
    <message>
        <source>&amp;Office database:</source>
        <translation>ฐานข้อมูล&amp;สำนักงาน:</translation>
    </message>
    <message>
        <source>Empty: this computer&apos;s own database. An office database (postgresql://server/rapport) is used from the next start, signing in with your own username and password.</source>
        <translation>เว้นว่าง: ใช้ฐานข้อมูลของเครื่องนี้ ฐานข้อมูลของสำนักงาน (postgresql://server/rapport) จะถูกใช้ตั้งแต่การเปิดครั้งถัดไป โดยลงชื่อเข้าใช้ด้วยชื่อผู้ใช้และรหัสผ่านของคุณเอง</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>You can try again now.</source>
        <translation>ลองอีกครั้งได้แล้ว</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-in attempts. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>ลงชื่อเข้าใช้ไม่สำเร็จหลายครั้งเกินไป โปรดรอ %n วินาทีแล้วลองอีกครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to Rapport</source>
        <translation>ลงชื่อเข้าใช้ Rapport</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ลงชื่อเข้าใช้</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;ชื่อผู้ใช้:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;รหัสผ่าน:</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>ออก</translation>
    </message>
    <message>
        <source>Sign in to the office database %1</source>
        <translation>ลงชื่อเข้าใช้ฐานข้อมูลสำนักงาน %1</translation>
    </message>
    <message>
        <source>Your remembered password did not work; enter your password.</source>
        <translation>รหัสผ่านที่จำไว้ใช้ไม่ได้แล้ว กรุณากรอกรหัสผ่านของคุณ</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>กำลังลงชื่อเข้าใช้…</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Remember my password on this computer</source>
        <translation>&amp;จำรหัสผ่านของฉันไว้ในคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file. Signing out forgets it.</source>
        <translation>เก็บไว้ในพวงกุญแจของระบบ ไม่เก็บในไฟล์ใด ๆ และจะลืมเมื่อออกจากระบบ</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>The connection to %1 was lost during %2 (%3).</source>
        <translation>การเชื่อมต่อกับ %1 ขาดหายระหว่าง%2 (%3)</translation>
    </message>
    <message>
        <source>The SMTP server %1 answered %2 with: %3</source>
        <translation>เซิร์ฟเวอร์ SMTP %1 ตอบกลับ%2ว่า: %3</translation>
    </message>
    <message>
        <source>The SMTP server %1 did not answer %2 within %3 seconds.</source>
        <translation>เซิร์ฟเวอร์ SMTP %1 ไม่ตอบกลับ%2ภายใน %3 วินาที</translation>
    </message>
    <message>
        <source>The SMTP server %1 sent something that is not an SMTP reply during %2.</source>
        <translation>เซิร์ฟเวอร์ SMTP %1 ส่งข้อมูลที่ไม่ใช่การตอบกลับ SMTP ระหว่าง%2</translation>
    </message>
    <message>
        <source>The SMTP server %1 does not offer STARTTLS, which the settings require; nothing was sent unencrypted.</source>
        <translation>เซิร์ฟเวอร์ SMTP %1 ไม่รองรับ STARTTLS ซึ่งการตั้งค่ากำหนดไว้ ไม่มีข้อมูลใดถูกส่งโดยไม่เข้ารหัส</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2). Its SHA-256 fingerprint is %3; trust it only if your mail provider confirms that fingerprint.</source>
        <translation>ใบรับรองของ %1 ไม่น่าเชื่อถือ (%2) ลายนิ้วมือ SHA-256 คือ %3 โปรดเชื่อถือใบรับรองนี้เฉพาะเมื่อผู้ให้บริการอีเมลของคุณยืนยันลายนิ้วมือดังกล่าว</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 did not finish in time.</source>
        <translation>การเชื่อมต่อ TLS กับ %1 ไม่เสร็จสิ้นภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <source>Rapport does not send the SMTP password to %1 unencrypted; choose STARTTLS or TLS.</source>
        <translation>Rapport จะไม่ส่งรหัสผ่าน SMTP ไปยัง %1 โดยไม่เข้ารหัส โปรดเลือก STARTTLS หรือ TLS</translation>
    </message>
    <message>
        <source>The SMTP server %1 offers no login method Rapport supports (PLAIN or LOGIN).</source>
        <translation>เซิร์ฟเวอร์ SMTP %1 ไม่มีวิธีเข้าสู่ระบบที่ Rapport รองรับ (PLAIN หรือ LOGIN)</translation>
    </message>
    <message>
        <source>the login</source>
        <translation>การเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>No SMTP server is set up yet.</source>
        <translation>ยังไม่ได้ตั้งค่าเซิร์ฟเวอร์ SMTP</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 seconds.</source>
        <translation>ไม่สามารถเชื่อมต่อกับ %1 ภายใน %2 วินาที</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>ไม่สามารถเชื่อมต่อกับ %1: %2</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>การทักทาย</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>การเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>ไม่ได้เชื่อมต่อกับ %1</translation>
    </message>
    <message>
        <source>The address %1 needs an SMTP server with SMTPUTF8, which %2 does not offer.</source>
        <translation>ที่อยู่ %1 ต้องใช้เซิร์ฟเวอร์ SMTP ที่รองรับ SMTPUTF8 ซึ่ง %2 ไม่รองรับ</translation>
    </message>
    <message>
        <source>The message is %1 bytes; the SMTP server %2 accepts at most %3.</source>
        <translation>ข้อความมีขนาด %1 ไบต์ แต่เซิร์ฟเวอร์ SMTP %2 รับได้สูงสุด %3</translation>
    </message>
    <message>
        <source>the recipient %1</source>
        <translation>ผู้รับ %1</translation>
    </message>
    <message>
        <source>Sending the message to %1 stalled for %2 seconds.</source>
        <translation>การส่งข้อความไปยัง %1 หยุดชะงักนาน %2 วินาที</translation>
    </message>
    <message>
        <source>the message data</source>
        <translation>ข้อมูลข้อความ</translation>
    </message>
    <message>
        <source>The mail was given up before it was complete.</source>
        <translation>ยกเลิกการส่งอีเมลก่อนที่จะเสร็จสมบูรณ์</translation>
    </message>
    <message>
        <source>no reply within %1 seconds</source>
        <translation>ไม่มีการตอบกลับภายใน %1 วินาที</translation>
    </message>
    <message>
        <source>an unreadable reply</source>
        <translation>การตอบกลับที่อ่านไม่ได้</translation>
    </message>
    <message>
        <source>connection closed</source>
        <translation>การเชื่อมต่อถูกปิด</translation>
    </message>
    <message>
        <source>The connection to %1 ended after the whole message was sent but before the server confirmed it (%2); it may or may not have been delivered.</source>
        <translation>การเชื่อมต่อกับ %1 สิ้นสุดลงหลังจากส่งข้อความครบแล้ว แต่ก่อนที่เซิร์ฟเวอร์จะยืนยัน (%2) ข้อความอาจส่งถึงหรือไม่ถึงก็ได้</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>ข้อความ</translation>
    </message>
</context>
<context>
    <name>SmtpPasswordKeeper</name>
    <message>
        <source>The SMTP password could not be kept in the keychain (%1); Rapport keeps it until it closes.</source>
        <translation>ไม่สามารถเก็บรหัสผ่าน SMTP ไว้ในคีย์เชนได้ (%1) Rapport จะเก็บรหัสผ่านไว้จนกว่าจะปิดโปรแกรม</translation>
    </message>
    <message>
        <source>Rapport sends mail through %1 as %2. Enter the SMTP password (it will be kept in the keychain):</source>
        <translation>Rapport ส่งอีเมลผ่าน %1 ในชื่อ %2 โปรดใส่รหัสผ่าน SMTP (รหัสผ่านจะถูกเก็บไว้ในคีย์เชน):</translation>
    </message>
    <message>
        <source>There is no keychain on this computer, so Rapport asks once each time it starts. Enter the SMTP password for %1 on %2:</source>
        <translation>คอมพิวเตอร์เครื่องนี้ไม่มีคีย์เชน Rapport จึงจะถามรหัสผ่านหนึ่งครั้งทุกครั้งที่เริ่มทำงาน โปรดใส่รหัสผ่าน SMTP สำหรับ %1 บน %2:</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>รหัสผ่าน SMTP</translation>
    </message>
    <message>
        <source>Mail waits in the outbox until the SMTP password is entered (Mail → SMTP settings).</source>
        <translation>อีเมลจะรออยู่ในกล่องขาออกจนกว่าจะใส่รหัสผ่าน SMTP (อีเมล → การตั้งค่า SMTP)</translation>
    </message>
</context>
<context>
    <name>SmtpSecurity</name>
    <message>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS (implicit)</source>
        <translation>TLS (โดยตรง)</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>Send &amp;test email</source>
        <translation>ส่งอีเมลทดสอบ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>เชื่อถือใบรับรองนี้(&amp;T)</translation>
    </message>
    <message>
        <source>SMTP settings</source>
        <translation>การตั้งค่า SMTP</translation>
    </message>
    <message>
        <source> per minute</source>
        <translation> อีเมลต่อนาที</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(ไม่เปลี่ยนแปลง)</translation>
    </message>
    <message>
        <source>Only for a server whose certificate authority is not in the system store</source>
        <translation>ใช้เฉพาะกับเซิร์ฟเวอร์ที่ผู้ออกใบรับรอง (CA) ไม่อยู่ในที่เก็บใบรับรองของระบบ</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>เซิร์ฟเวอร์:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>พอร์ต:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>ความปลอดภัย:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>ชื่อผู้ใช้:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>รหัสผ่าน:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>ชื่อผู้ส่ง:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>อีเมลผู้ส่ง:</translation>
    </message>
    <message>
        <source>Reply-to address:</source>
        <translation>ที่อยู่สำหรับตอบกลับ:</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>อัตราการส่งสูงสุด:</translation>
    </message>
    <message>
        <source>Extra CA file:</source>
        <translation>ไฟล์ CA เพิ่มเติม:</translation>
    </message>
    <message>
        <source>Test recipient:</source>
        <translation>ผู้รับอีเมลทดสอบ:</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>ใบรับรอง CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>ใบรับรอง PEM (*.pem *.crt);;ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>Only an administrator can change the SMTP settings.</source>
        <translation>เฉพาะผู้ดูแลระบบเท่านั้นที่เปลี่ยนการตั้งค่า SMTP ได้</translation>
    </message>
    <message>
        <source>Sending a test email to %1…</source>
        <translation>กำลังส่งอีเมลทดสอบไปยัง %1…</translation>
    </message>
    <message>
        <source>The test email went to %1; the server answered: %2</source>
        <translation>ส่งอีเมลทดสอบไปยัง %1 แล้ว เซิร์ฟเวอร์ตอบกลับว่า: %2</translation>
    </message>
    <message>
        <source>The server changed since the test; send the test email again first.</source>
        <translation>การตั้งค่าเซิร์ฟเวอร์เปลี่ยนไปหลังจากการทดสอบ โปรดส่งอีเมลทดสอบอีกครั้งก่อน</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>เชื่อถือใบรับรองนี้</translation>
    </message>
    <message>
        <source>Trust the certificate of %1:%2 with the SHA-256 fingerprint
%3

Only do this if your mail provider or administrator confirms this exact fingerprint. Rapport will accept this one certificate for this server, and nothing else.</source>
        <translation>เชื่อถือใบรับรองของ %1:%2 ที่มีลายนิ้วมือ SHA-256
%3

ทำเช่นนี้เฉพาะเมื่อผู้ให้บริการอีเมลหรือผู้ดูแลระบบของคุณยืนยันว่าลายนิ้วมือตรงกันทุกตัวอักษรเท่านั้น Rapport จะยอมรับเฉพาะใบรับรองนี้ใบเดียวสำหรับเซิร์ฟเวอร์นี้ และจะไม่ยอมรับใบรับรองอื่น</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>เชื่อถือ</translation>
    </message>
    <message>
        <source>The certificate is trusted for %1:%2. Send the test email again to check.</source>
        <translation>เชื่อถือใบรับรองสำหรับ %1:%2 แล้ว โปรดส่งอีเมลทดสอบอีกครั้งเพื่อตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsStore</name>
    <message>
        <source>The SMTP server name is required.</source>
        <translation>ต้องระบุชื่อเซิร์ฟเวอร์ SMTP</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server name or address.</source>
        <translation>&quot;%1&quot; ไม่ใช่ชื่อหรือที่อยู่เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>The SMTP port must be a number from 1 to 65535.</source>
        <translation>พอร์ต SMTP ต้องเป็นตัวเลขตั้งแต่ 1 ถึง 65535</translation>
    </message>
    <message>
        <source>The sender address is required.</source>
        <translation>ต้องระบุที่อยู่ผู้ส่ง</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid sender address.</source>
        <translation>&quot;%1&quot; ไม่ใช่ที่อยู่ผู้ส่งที่ถูกต้อง</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid reply-to address.</source>
        <translation>&quot;%1&quot; ไม่ใช่ที่อยู่สำหรับตอบกลับที่ถูกต้อง</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid unsubscribe address.</source>
        <translation>&quot;%1&quot; ไม่ใช่ที่อยู่สำหรับยกเลิกการรับข่าวสารที่ถูกต้อง</translation>
    </message>
    <message>
        <source>The unsubscribe web address must be an https:// address.</source>
        <translation>ที่อยู่เว็บสำหรับยกเลิกการรับข่าวสารต้องขึ้นต้นด้วย https://</translation>
    </message>
    <message>
        <source>The rate limit must be from 1 to 1,000,000 mails per minute.</source>
        <translation>อัตราการส่งต้องอยู่ระหว่าง 1 ถึง 1,000,000 อีเมลต่อนาที</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>ไม่สามารถอ่านไฟล์ CA %1 ได้</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>ไฟล์ CA %1 ไม่มีใบรับรอง PEM</translation>
    </message>
    <message>
        <source>Timeouts must be from 1 to 1800 seconds.</source>
        <translation>เวลารอต้องอยู่ระหว่าง 1 ถึง 1800 วินาที</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 certificate fingerprint.</source>
        <translation>&quot;%1&quot; ไม่ใช่ลายนิ้วมือใบรับรอง SHA-256</translation>
    </message>
</context>
<context>
    <name>SqlRun</name>
    <message>
        <source>A record with the same key already exists (%1).</source>
        <translation>มีระเบียนที่ใช้คีย์เดียวกันอยู่แล้ว (%1)</translation>
    </message>
    <message>
        <source>A referenced record does not exist or is still in use (%1).</source>
        <translation>ระเบียนที่อ้างถึงไม่มีอยู่หรือยังถูกใช้งานอยู่ (%1)</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>ฐานข้อมูลแจ้งข้อผิดพลาด: %1</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>ไม่สามารถเปิด %1: %2</translation>
    </message>
    <message>
        <source>Copying the database failed: %1</source>
        <translation>คัดลอกฐานข้อมูลไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>StarterTemplates</name>
    <message>
        <source>The starter template file %1 is missing from this build.</source>
        <translation>ไม่พบไฟล์เทมเพลตเริ่มต้น %1 ในบิลด์นี้</translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
</context>
<context>
    <name>StaticMembersView</name>
    <message>
        <source>Search members by name, email or company</source>
        <translation>ค้นหาสมาชิกตามชื่อ อีเมล หรือบริษัท</translation>
    </message>
    <message>
        <source>Remove from segment</source>
        <translation>นำออกจากกลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <source>Find contacts to add: name, email or company</source>
        <translation>ค้นหาผู้ติดต่อที่จะเพิ่ม: ชื่อ อีเมล หรือบริษัท</translation>
    </message>
    <message>
        <source>Add to segment</source>
        <translation>เพิ่มในกลุ่มเป้าหมาย</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Add contacts</source>
        <translation>เพิ่มผู้ติดต่อ</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>แสดง %1 จาก %2</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>สมาชิก %n ราย</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s).</source>
        <translation>
            <numerusform>เพิ่มผู้ติดต่อ %n รายแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n contact(s).</source>
        <translation>
            <numerusform>นำผู้ติดต่อออก %n รายแล้ว</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepCondition</name>
    <message>
        <source>Choose the field the condition tests.</source>
        <translation>เลือกฟิลด์ที่เงื่อนไขจะตรวจสอบ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact or company field a condition can test.</source>
        <translation>&quot;%1&quot; ไม่ใช่ฟิลด์ผู้ติดต่อหรือบริษัทที่เงื่อนไขตรวจสอบได้</translation>
    </message>
    <message>
        <source>Choose the condition&apos;s operator.</source>
        <translation>เลือกตัวดำเนินการของเงื่อนไข</translation>
    </message>
    <message>
        <source>Enter the value to compare %1 with.</source>
        <translation>ป้อนค่าที่จะเปรียบเทียบกับ %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a contact or company field a condition can test; did you mean &quot;%2&quot;?</source>
        <translation>&quot;%1&quot; ไม่ใช่ฟิลด์ของผู้ติดต่อหรือบริษัทที่เงื่อนไขตรวจสอบได้ คุณหมายถึง &quot;%2&quot; ใช่หรือไม่?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to the field %2; use one of: %3.</source>
        <translation>&quot;%1&quot; ใช้กับฟิลด์ %2 ไม่ได้ ให้ใช้ค่าใดค่าหนึ่งต่อไปนี้: %3</translation>
    </message>
</context>
<context>
    <name>TemplateCommands</name>
    <message>
        <source>Cannot read --%1 &quot;%2&quot;: %3.</source>
        <translation>ไม่สามารถอ่าน --%1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 id.</source>
        <translation>&quot;%1&quot; ไม่ใช่รหัส %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template type; use one of: %2.</source>
        <translation>&quot;%1&quot; ไม่ใช่ประเภทเทมเพลต ให้ใช้ค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <source>template add takes options only, e.g. --name N --type T --language L --subject S --html-file F.</source>
        <translation>template add รับเฉพาะตัวเลือกเท่านั้น เช่น --name N --type T --language L --subject S --html-file F</translation>
    </message>
    <message>
        <source>template add needs --%1.</source>
        <translation>template add ต้องมี --%1</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>ไม่ได้บันทึกเทมเพลต: %1</translation>
    </message>
    <message>
        <source>Say which template and contact, e.g. rapport-cli template render 3 --contact 12.</source>
        <translation>โปรดระบุแม่แบบและผู้ติดต่อ เช่น rapport-cli template render 3 --contact 12</translation>
    </message>
    <message>
        <source>Note: no value for %1 for this contact; left empty.</source>
        <translation>หมายเหตุ: ไม่มีค่าของ %1 สำหรับผู้ติดต่อนี้ จึงเว้นว่างไว้</translation>
    </message>
    <message>
        <source>Say which template, e.g. rapport-cli template activate 3.</source>
        <translation>โปรดระบุแม่แบบ เช่น rapport-cli template activate 3</translation>
    </message>
    <message>
        <source>List email templates (CSV and JSON include the bodies).</source>
        <translation>แสดงรายการแม่แบบอีเมล (CSV และ JSON จะรวมเนื้อหาอีเมลด้วย)</translation>
    </message>
    <message>
        <source>The same as list templates.</source>
        <translation>เหมือนกับ list templates</translation>
    </message>
    <message>
        <source>Create an email template; its {{variables}} must suit its type. Prints the new id.</source>
        <translation>สร้างแม่แบบอีเมล โดย {{variables}} ต้องเหมาะกับประเภทของแม่แบบ และแสดงรหัสใหม่</translation>
    </message>
    <message>
        <source>Print a template filled in for a contact: the subject, a blank line, then the HTML body (or the text body with --text-only).</source>
        <translation>แสดงแม่แบบที่เติมข้อมูลของผู้ติดต่อแล้ว: หัวเรื่อง บรรทัดว่าง แล้วตามด้วยเนื้อหา HTML (หรือเนื้อหาแบบข้อความเมื่อใช้ --text-only)</translation>
    </message>
    <message>
        <source>Make a template active, so reminders and sequences use it.</source>
        <translation>เปิดใช้งานแม่แบบ เพื่อให้การแจ้งเตือนและลำดับอีเมลใช้แม่แบบนี้</translation>
    </message>
    <message>
        <source>Make a template inactive.</source>
        <translation>ปิดใช้งานแม่แบบ</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>← Templates</source>
        <translation>← เทมเพลต</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Save the template (Ctrl+S)</source>
        <translation>บันทึกเทมเพลต (Ctrl+S)</translation>
    </message>
    <message>
        <source>e.g. Renewal reminder, 30 days (English)</source>
        <translation>เช่น แจ้งเตือนการต่ออายุ 30 วัน (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Only active templates are used by reminders and sequences.</source>
        <translation>การแจ้งเตือนและลำดับอีเมลจะใช้เฉพาะเทมเพลตที่ใช้งานอยู่เท่านั้น</translation>
    </message>
    <message>
        <source>e.g. Your contract {{contract_number}} ends on {{end_date}}</source>
        <translation>เช่น สัญญาเลขที่ {{contract_number}} ของคุณจะสิ้นสุดในวันที่ {{end_date}}</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ชื่อ:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>หัวเรื่อง:</translation>
    </message>
    <message>
        <source>Optional. Leave empty and the plain-text part of the mail is made from the HTML body (links are kept as &quot;text (address)&quot;).</source>
        <translation>ไม่บังคับ หากเว้นว่างไว้ ส่วนข้อความธรรมดาของอีเมลจะสร้างจากเนื้อหา HTML (ลิงก์จะแสดงเป็น &quot;ข้อความ (ที่อยู่)&quot;)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>เนื้อหา</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>ข้อความธรรมดา</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>ตัวอย่าง</translation>
    </message>
    <message>
        <source>The template was not saved: %1</source>
        <translation>ไม่ได้บันทึกเทมเพลต: %1</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>เทมเพลตใหม่</translation>
    </message>
    <message>
        <source>Untitled template</source>
        <translation>เทมเพลตไม่มีชื่อ</translation>
    </message>
    <message>
        <source> (view only)</source>
        <translation> (ดูอย่างเดียว)</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>ส่งอีเมลทดสอบ</translation>
    </message>
    <message>
        <source>Send the template, filled in as on the Preview tab, to your own email address</source>
        <translation>ส่งเทมเพลตที่กรอกข้อมูลแล้วตามแท็บตัวอย่างไปยังอีเมลของคุณเอง</translation>
    </message>
    <message>
        <source>The test email was not sent. Click a problem to select it:</source>
        <translation>ไม่ได้ส่งอีเมลทดสอบ คลิกปัญหาเพื่อเลือกตำแหน่งนั้น:</translation>
    </message>
    <message>
        <source>The test email was not sent: %1</source>
        <translation>ไม่ได้ส่งอีเมลทดสอบ: %1</translation>
    </message>
    <message>
        <source>Test email queued to %1; it goes out with the next scheduler run.</source>
        <translation>อีเมลทดสอบเข้าคิวส่งถึง %1 แล้ว จะถูกส่งออกในรอบการทำงานถัดไปของตัวจัดกำหนดการ</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <source>Active</source>
        <translation>ใช้งาน</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>ไม่ใช้งาน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>แก้ไขล่าสุด</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Search contacts by name or email…</source>
        <translation>ค้นหาผู้ติดต่อตามชื่อหรืออีเมล…</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>ข้อมูลตัวอย่าง</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>แสดงตัวอย่างสำหรับ:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>หัวเรื่อง:</translation>
    </message>
    <message>
        <source>No value for %1: it is left empty in the mail.</source>
        <translation>ไม่มีค่าสำหรับ %1: จะเว้นว่างไว้ในอีเมล</translation>
    </message>
</context>
<context>
    <name>TemplateService</name>
    <message>
        <source>The template needs a name.</source>
        <translation>เทมเพลตต้องมีชื่อ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template type; use one of: %2.</source>
        <translation>&quot;%1&quot; ไม่ใช่ประเภทเทมเพลต ให้ใช้ค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template language; use one of: %2.</source>
        <translation>&quot;%1&quot; ไม่ใช่ภาษาของเทมเพลต ให้ใช้ค่าใดค่าหนึ่งต่อไปนี้: %2</translation>
    </message>
    <message>
        <source>The subject is required.</source>
        <translation>ต้องระบุหัวเรื่อง</translation>
    </message>
    <message>
        <source>The subject must be a single line.</source>
        <translation>หัวเรื่องต้องมีเพียงบรรทัดเดียว</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>เนื้อหาว่างเปล่า</translation>
    </message>
    <message>
        <source>A template called &quot;%1&quot; already exists (names are compared ignoring case).</source>
        <translation>มีเทมเพลตชื่อ &quot;%1&quot; อยู่แล้ว (การเปรียบเทียบชื่อไม่สนใจตัวพิมพ์เล็ก/ใหญ่)</translation>
    </message>
    <message>
        <source>There is no template with id %1.</source>
        <translation>ไม่พบเทมเพลตที่มี ID %1</translation>
    </message>
</context>
<context>
    <name>TemplateTestMail</name>
    <message>
        <source>A test email goes to the signed-in user; sign in first.</source>
        <translation>อีเมลทดสอบจะส่งถึงผู้ใช้ที่ลงชื่อเข้าใช้อยู่ โปรดลงชื่อเข้าใช้ก่อน</translation>
    </message>
    <message>
        <source>Your user account has no email address to send the test to; add one in Users.</source>
        <translation>บัญชีผู้ใช้ของคุณไม่มีที่อยู่อีเมลสำหรับส่งอีเมลทดสอบ โปรดเพิ่มในหน้าผู้ใช้</translation>
    </message>
    <message>
        <source>[Test] %1</source>
        <translation>[ทดสอบ] %1</translation>
    </message>
</context>
<context>
    <name>TemplateType</name>
    <message>
        <source>Renewal: 30 days before</source>
        <translation>ต่ออายุ: ก่อน 30 วัน</translation>
    </message>
    <message>
        <source>Renewal: 14 days before</source>
        <translation>ต่ออายุ: ก่อน 14 วัน</translation>
    </message>
    <message>
        <source>Renewal: 7 days before</source>
        <translation>ต่ออายุ: ก่อน 7 วัน</translation>
    </message>
    <message>
        <source>Renewal: urgent (3 days or fewer)</source>
        <translation>ต่ออายุ: ด่วน (เหลือไม่เกิน 3 วัน)</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>ใบแจ้งหนี้ใหม่</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>แจ้งเตือนการชำระเงิน</translation>
    </message>
    <message>
        <source>Payment overdue</source>
        <translation>ชำระเงินเกินกำหนด</translation>
    </message>
    <message>
        <source>Quarterly check-in</source>
        <translation>ติดตามรายไตรมาส</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>เซ็นสัญญาแล้ว</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ต้อนรับ</translation>
    </message>
    <message>
        <source>Seasonal: New Year</source>
        <translation>เทศกาล: ปีใหม่</translation>
    </message>
    <message>
        <source>Seasonal: Songkran</source>
        <translation>เทศกาล: สงกรานต์</translation>
    </message>
    <message>
        <source>Seasonal: Chinese New Year</source>
        <translation>เทศกาล: ตรุษจีน</translation>
    </message>
    <message>
        <source>Seasonal: Christmas</source>
        <translation>เทศกาล: คริสต์มาส</translation>
    </message>
    <message>
        <source>Zone offline alert</source>
        <translation>แจ้งเตือนโซนออฟไลน์</translation>
    </message>
    <message>
        <source>Ticket update</source>
        <translation>อัปเดตทิกเก็ต</translation>
    </message>
    <message>
        <source>Sequence step</source>
        <translation>ขั้นตอนในลำดับอีเมล</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>กำหนดเอง</translation>
    </message>
</context>
<context>
    <name>TemplateValidator</name>
    <message>
        <source>at position %1</source>
        <translation>ที่ตำแหน่ง %1</translation>
    </message>
    <message>
        <source>at line %1, column %2</source>
        <translation>ที่บรรทัด %1 คอลัมน์ %2</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>หัวเรื่อง</translation>
    </message>
    <message>
        <source>text body</source>
        <translation>เนื้อหาแบบข้อความ</translation>
    </message>
    <message>
        <source>body</source>
        <translation>เนื้อหา</translation>
    </message>
    <message>
        <source>Unbalanced braces in the %1: &quot;{{&quot; %2 is never closed with &quot;}}&quot;.</source>
        <translation>วงเล็บปีกกาใน%1ไม่สมดุล: &quot;{{&quot; %2 ไม่มี &quot;}}&quot; ปิด</translation>
    </message>
    <message>
        <source>Unbalanced braces in the %1: &quot;}}&quot; %2 has no &quot;{{&quot; before it.</source>
        <translation>วงเล็บปีกกาใน%1ไม่สมดุล: &quot;}}&quot; %2 ไม่มี &quot;{{&quot; อยู่ก่อนหน้า</translation>
    </message>
    <message>
        <source>%1: this variable is not offered by %2 templates.</source>
        <translation>%1: เทมเพลตประเภท %2 ไม่มีตัวแปรนี้</translation>
    </message>
    <message>
        <source>%1: did you mean %2?</source>
        <translation>%1: หมายถึง %2 หรือไม่</translation>
    </message>
    <message>
        <source>%1 %2 in the %3 is not a variable: names use only letters, digits and underscores.</source>
        <translation>%1 %2 ใน%3 ไม่ใช่ตัวแปร: ชื่อตัวแปรใช้ได้เฉพาะตัวอักษร ตัวเลข และขีดล่างเท่านั้น</translation>
    </message>
    <message>
        <source>%1: there is no such variable in %2 templates; pick one from the variable guide.</source>
        <translation>%1: ไม่มีตัวแปรนี้ในเทมเพลตประเภท %2 โปรดเลือกจากคู่มือตัวแปร</translation>
    </message>
</context>
<context>
    <name>TemplateVariable</name>
    <message>
        <source>The customer company&apos;s name.</source>
        <translation>ชื่อบริษัทลูกค้า</translation>
    </message>
    <message>
        <source>The full name of the contact receiving the email.</source>
        <translation>ชื่อ-นามสกุลของผู้ติดต่อที่รับอีเมล</translation>
    </message>
    <message>
        <source>The current year (Buddhist Era in Thai templates, e.g. 2568).</source>
        <translation>ปีปัจจุบัน (เป็นปีพุทธศักราชในเทมเพลตภาษาไทย เช่น 2568)</translation>
    </message>
    <message>
        <source>A link the recipient follows to stop receiving these emails.</source>
        <translation>ลิงก์สำหรับให้ผู้รับยกเลิกการรับอีเมลเหล่านี้</translation>
    </message>
    <message>
        <source>The sender name from the office mail settings.</source>
        <translation>ชื่อผู้ส่งจากการตั้งค่าอีเมลของสำนักงาน</translation>
    </message>
    <message>
        <source>The contract&apos;s number, e.g. C-2025-001.</source>
        <translation>เลขที่สัญญา เช่น C-2025-001</translation>
    </message>
    <message>
        <source>The date the contract ends, written for the template&apos;s language.</source>
        <translation>วันที่สัญญาสิ้นสุด ในรูปแบบตามภาษาของเทมเพลต</translation>
    </message>
    <message>
        <source>Whole days from today until the contract ends.</source>
        <translation>จำนวนวันเต็มนับจากวันนี้จนถึงวันที่สัญญาสิ้นสุด</translation>
    </message>
    <message>
        <source>The contract&apos;s monthly value with its currency.</source>
        <translation>มูลค่าสัญญาต่อเดือนพร้อมสกุลเงิน</translation>
    </message>
    <message>
        <source>The date the contract starts, written for the template&apos;s language.</source>
        <translation>วันที่สัญญาเริ่มต้น ในรูปแบบตามภาษาของเทมเพลต</translation>
    </message>
    <message>
        <source>The invoice&apos;s number.</source>
        <translation>เลขที่ใบแจ้งหนี้</translation>
    </message>
    <message>
        <source>The invoice amount with its currency.</source>
        <translation>ยอดเงินในใบแจ้งหนี้พร้อมสกุลเงิน</translation>
    </message>
    <message>
        <source>The date payment is due, written for the template&apos;s language.</source>
        <translation>วันครบกำหนดชำระ ในรูปแบบตามภาษาของเทมเพลต</translation>
    </message>
    <message>
        <source>Whole days since the due date (0 when the invoice is not yet overdue).</source>
        <translation>จำนวนวันเต็มนับจากวันครบกำหนด (0 หากใบแจ้งหนี้ยังไม่เกินกำหนด)</translation>
    </message>
    <message>
        <source>Whole days from today until the due date (0 when it is due or overdue).</source>
        <translation>จำนวนวันเต็มนับจากวันนี้จนถึงวันครบกำหนด (0 หากถึงหรือเกินกำหนดแล้ว)</translation>
    </message>
    <message>
        <source>The ticket&apos;s number, e.g. T-20250314-0001.</source>
        <translation>เลขที่ทิกเก็ต เช่น T-20250314-0001</translation>
    </message>
    <message>
        <source>The ticket&apos;s subject line.</source>
        <translation>หัวเรื่องของทิกเก็ต</translation>
    </message>
    <message>
        <source>The ticket&apos;s current status, e.g. Resolved.</source>
        <translation>สถานะปัจจุบันของทิกเก็ต เช่น แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>The name of the email sequence sending this step.</source>
        <translation>ชื่อลำดับอีเมลที่ส่งขั้นตอนนี้</translation>
    </message>
    <message>
        <source>The latest public message on the ticket: the reply this update is about, else the customer&apos;s original request. Internal notes never appear.</source>
        <translation>ข้อความสาธารณะล่าสุดในตั๋วงาน: คำตอบที่การอัปเดตนี้เกี่ยวข้อง หรือหากไม่มี จะเป็นคำขอเดิมของลูกค้า บันทึกภายในจะไม่ปรากฏเด็ดขาด</translation>
    </message>
</context>
<context>
    <name>TemplateVariables</name>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>ไม่พบผู้ติดต่อที่มี id %1</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>ไม่พบ%1ที่มี id %2</translation>
    </message>
    <message>
        <source>The %1 with id %2 belongs to another company than the contact.</source>
        <translation>%1ที่มี id %2 เป็นของบริษัทอื่นที่ไม่ใช่บริษัทของผู้ติดต่อ</translation>
    </message>
    <message>
        <source>There is no contract with id %1.</source>
        <translation>ไม่พบสัญญาที่มี id %1</translation>
    </message>
    <message>
        <source>There is no invoice with id %1.</source>
        <translation>ไม่พบใบแจ้งหนี้ที่มี id %1</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>New template</source>
        <translation>เทมเพลตใหม่</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>เปิดใช้งาน</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>ทุกภาษา</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>ประเภท:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>ภาษา:</translation>
    </message>
    <message>
        <source>No templates match. Create one with New template (Ctrl+N).</source>
        <translation>ไม่พบเทมเพลตที่ตรงกัน สร้างใหม่ได้ด้วย เทมเพลตใหม่ (Ctrl+N)</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to this template?</source>
        <translation>ยกเลิกการเปลี่ยนแปลงที่ยังไม่ได้บันทึกของเทมเพลตนี้หรือไม่</translation>
    </message>
    <message>
        <source>Delete the template &quot;%1&quot;? Sequence steps that use it will have no template.</source>
        <translation>ลบเทมเพลต &quot;%1&quot; หรือไม่ ขั้นตอนในลำดับอีเมลที่ใช้เทมเพลตนี้จะไม่มีเทมเพลต</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>ปิดใช้งาน</translation>
    </message>
    <message>
        <source>Search name or subject…</source>
        <translation>ค้นหาชื่อหรือหัวเรื่อง…</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>ลบเทมเพลต</translation>
    </message>
    <message>
        <source>Editing template %1</source>
        <translation>กำลังแก้ไขเทมเพลต %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s), %1 active</source>
        <translation>
            <numerusform>เทมเพลต %n รายการ ใช้งานอยู่ %1 รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>เทมเพลตที่ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ละทิ้ง</translation>
    </message>
</context>
<context>
    <name>TicketCategory</name>
    <message>
        <source>Technical</source>
        <translation>ด้านเทคนิค</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>การเรียกเก็บเงิน</translation>
    </message>
    <message>
        <source>Zone configuration</source>
        <translation>การตั้งค่าโซน</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>บัญชีผู้ใช้</translation>
    </message>
    <message>
        <source>Feature request</source>
        <translation>ขอฟีเจอร์ใหม่</translation>
    </message>
    <message>
        <source>General</source>
        <translation>ทั่วไป</translation>
    </message>
</context>
<context>
    <name>TicketCommands</name>
    <message>
        <source>add ticket takes only options, e.g. --company 3 --subject &quot;No sound&quot;.</source>
        <translation>add ticket รับเฉพาะตัวเลือกเท่านั้น เช่น --company 3 --subject &quot;ไม่มีเสียง&quot;</translation>
    </message>
    <message>
        <source>--status must be one of %1.</source>
        <translation>--status ต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %1</translation>
    </message>
    <message>
        <source>--filter must be all, mine, unassigned, open, urgent or overdue.</source>
        <translation>--filter ต้องเป็น all, mine, unassigned, open, urgent หรือ overdue</translation>
    </message>
    <message>
        <source>--company must be a whole number.</source>
        <translation>--company ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>--limit must be a whole number.</source>
        <translation>--limit ต้องเป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <source>Say which ticket to change, e.g. rapport-cli set ticket T-20260301-0001 --status resolved.</source>
        <translation>โปรดระบุตั๋วงานที่จะเปลี่ยน เช่น rapport-cli set ticket T-20260301-0001 --status resolved</translation>
    </message>
    <message>
        <source>Name at least one field to change, e.g. --status in_progress.</source>
        <translation>โปรดระบุฟิลด์ที่จะเปลี่ยนอย่างน้อยหนึ่งฟิลด์ เช่น --status in_progress</translation>
    </message>
    <message>
        <source>Say which ticket to delete, e.g. rapport-cli delete ticket 42.</source>
        <translation>โปรดระบุตั๋วงานที่จะลบ เช่น rapport-cli delete ticket 42</translation>
    </message>
    <message>
        <source>Deleted ticket %1 with its comments, attachments and events.</source>
        <translation>ลบตั๋วงาน %1 พร้อมความคิดเห็น ไฟล์แนบ และเหตุการณ์แล้ว</translation>
    </message>
    <message>
        <source>Usage: rapport-cli ticket comment ID|NUMBER --text T [--internal].</source>
        <translation>วิธีใช้: rapport-cli ticket comment ID|NUMBER --text T [--internal]</translation>
    </message>
    <message>
        <source>Usage: rapport-cli ticket attach ID|NUMBER FILE.</source>
        <translation>วิธีใช้: rapport-cli ticket attach ID|NUMBER FILE</translation>
    </message>
    <message>
        <source>Usage: rapport-cli ticket show ID|NUMBER.</source>
        <translation>วิธีใช้: rapport-cli ticket show ID|NUMBER</translation>
    </message>
    <message>
        <source>Open a support ticket; prints its number (T-YYYYMMDD-NNNN).</source>
        <translation>เปิดตั๋วงานสนับสนุน และแสดงหมายเลขตั๋วงาน (T-YYYYMMDD-NNNN)</translation>
    </message>
    <message>
        <source>List tickets, newest first.</source>
        <translation>แสดงรายการตั๋วงาน เรียงจากใหม่สุด</translation>
    </message>
    <message>
        <source>Change a ticket; status, priority, assignee, team and due date changes are recorded as events.</source>
        <translation>เปลี่ยนแปลงตั๋วงาน โดยการเปลี่ยนสถานะ ลำดับความสำคัญ ผู้รับผิดชอบ ทีม และวันครบกำหนดจะถูกบันทึกเป็นเหตุการณ์</translation>
    </message>
    <message>
        <source>Delete a ticket (its number is never given out again).</source>
        <translation>ลบตั๋วงาน (หมายเลขของตั๋วงานจะไม่ถูกนำกลับมาใช้อีก)</translation>
    </message>
    <message>
        <source>Add a public reply (mailed to the contact) or, with --internal, an internal note.</source>
        <translation>เพิ่มการตอบกลับแบบสาธารณะ (ส่งอีเมลถึงผู้ติดต่อ) หรือบันทึกภายในเมื่อใช้ --internal</translation>
    </message>
    <message>
        <source>Store a file with a ticket (up to the attachment size limit).</source>
        <translation>จัดเก็บไฟล์ไว้กับตั๋วงาน (ไม่เกินขนาดไฟล์แนบสูงสุด)</translation>
    </message>
    <message>
        <source>Print a ticket&apos;s timeline: comments, internal notes, events and attachments.</source>
        <translation>แสดงไทม์ไลน์ของตั๋วงาน: ความคิดเห็น บันทึกภายใน เหตุการณ์ และไฟล์แนบ</translation>
    </message>
    <message>
        <source>Ticket statistics: totals by status and priority, my open, unassigned, overdue, average first-response and resolution hours.</source>
        <translation>สถิติตั๋วงาน: ยอดรวมตามสถานะและลำดับความสำคัญ ตั๋วงานที่เปิดอยู่ของฉัน ที่ยังไม่มอบหมาย ที่เลยกำหนด ชั่วโมงเฉลี่ยในการตอบกลับครั้งแรกและในการแก้ไขปัญหา</translation>
    </message>
    <message>
        <source>Attached %1 (%2 bytes, %3, SHA-256 %4)</source>
        <translation>แนบ %1 แล้ว (%2 ไบต์, %3, SHA-256 %4)</translation>
    </message>
    <message>
        <source>Give the category with --category: one of %1.</source>
        <translation>ระบุหมวดหมู่ด้วย --category: ค่าใดค่าหนึ่งใน %1</translation>
    </message>
</context>
<context>
    <name>TicketFormDialog</name>
    <message>
        <source>New ticket</source>
        <translation>ทิกเก็ตใหม่</translation>
    </message>
    <message>
        <source>Edit ticket</source>
        <translation>แก้ไขทิกเก็ต</translation>
    </message>
    <message>
        <source>Start typing a company name</source>
        <translation>เริ่มพิมพ์ชื่อบริษัท</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>บริษัท(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ontact</source>
        <translation>ผู้ติดต่อ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>หัวเรื่อง(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>รายละเอียด(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>ความสำคัญ(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>หมวดหมู่(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>กำหนดเสร็จ(&amp;U)</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>ไม่ระบุผู้ติดต่อ</translation>
    </message>
    <message>
        <source>There is no company called &quot;%1&quot;; pick one from the list.</source>
        <translation>ไม่พบบริษัทชื่อ &quot;%1&quot; โปรดเลือกจากรายการ</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (ไม่ได้ใช้งาน)</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Unassigned</source>
        <translation>ยังไม่มอบหมาย</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>เกินกำหนด · %1</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>เลขที่</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>หัวเรื่อง</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ความสำคัญ</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>ทีม</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>สร้างเมื่อ</translation>
    </message>
</context>
<context>
    <name>TicketListPage</name>
    <message>
        <source>All</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>ทิกเก็ตของฉัน</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>ยังไม่มอบหมาย</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>ด่วน</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <source>Search number, subject or company (Ctrl+F)</source>
        <translation>ค้นหาเลขที่ หัวเรื่อง หรือบริษัท (Ctrl+F)</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>สถิติ</translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation>ทิกเก็ตใหม่</translation>
    </message>
    <message>
        <source>Open a new ticket (Ctrl+N)</source>
        <translation>เปิดทิกเก็ตใหม่ (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ทิกเก็ต</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Delete the selected ticket with its comments and attachments (Delete)</source>
        <translation>ลบตั๋วงานที่เลือกพร้อมความคิดเห็นและไฟล์แนบ (Delete)</translation>
    </message>
    <message>
        <source>Show all tickets</source>
        <translation>แสดงตั๋วงานทั้งหมด</translation>
    </message>
    <message>
        <source>No tickets match this filter or search.</source>
        <translation>ไม่มีตั๋วงานที่ตรงกับตัวกรองหรือการค้นหานี้</translation>
    </message>
    <message>
        <source>No tickets yet.
When a customer reports a problem, open a ticket to keep track of it.</source>
        <translation>ยังไม่มีตั๋วงาน
เมื่อลูกค้าแจ้งปัญหา ให้เปิดตั๋วงานเพื่อติดตามเรื่อง</translation>
    </message>
    <message>
        <source>Delete ticket</source>
        <translation>ลบตั๋วงาน</translation>
    </message>
    <message>
        <source>Delete ticket %1 “%2” with all its comments, internal notes and attachments? This cannot be undone.</source>
        <translation>ลบตั๋วงาน %1 “%2” พร้อมความคิดเห็น บันทึกภายใน และไฟล์แนบทั้งหมดหรือไม่? การดำเนินการนี้ไม่สามารถย้อนกลับได้</translation>
    </message>
    <message>
        <source>Deleted ticket %1.</source>
        <translation>ลบตั๋วงาน %1 แล้ว</translation>
    </message>
</context>
<context>
    <name>TicketMessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>← Tickets</source>
        <translation>← ทิกเก็ต</translation>
    </message>
    <message>
        <source>Drop files to attach them to this ticket</source>
        <translation>วางไฟล์ที่นี่เพื่อแนบกับทิกเก็ตนี้</translation>
    </message>
    <message>
        <source>Internal note (staff only)</source>
        <translation>บันทึกภายใน (เฉพาะพนักงาน)</translation>
    </message>
    <message>
        <source>Internal notes are never shown or mailed to the customer.</source>
        <translation>บันทึกภายในจะไม่แสดงหรือส่งอีเมลถึงลูกค้า</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>แนบไฟล์…</translation>
    </message>
    <message>
        <source>Save attachment…</source>
        <translation>บันทึกไฟล์แนบ…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>สถานะ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>ความสำคัญ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation>ผู้รับผิดชอบ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>ทีม(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>กำหนดเสร็จ(&amp;D)</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>บันทึกการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>เพิ่มบันทึกภายใน</translation>
    </message>
    <message>
        <source>Send reply to customer</source>
        <translation>ส่งคำตอบถึงลูกค้า</translation>
    </message>
    <message>
        <source>Internal note — only staff will see this. It is not mailed to the customer.</source>
        <translation>บันทึกภายใน — เฉพาะพนักงานเท่านั้นที่เห็น และจะไม่ส่งอีเมลถึงลูกค้า</translation>
    </message>
    <message>
        <source>Public reply — the customer sees this and is emailed a copy.</source>
        <translation>คำตอบสาธารณะ — ลูกค้าจะเห็นข้อความนี้และได้รับสำเนาทางอีเมล</translation>
    </message>
    <message>
        <source>Write an internal note for your colleagues…</source>
        <translation>เขียนบันทึกภายในถึงเพื่อนร่วมงาน…</translation>
    </message>
    <message>
        <source>Write a reply to the customer…</source>
        <translation>เขียนคำตอบถึงลูกค้า…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>ปิดทิกเก็ต</translation>
    </message>
    <message>
        <source>Reopen ticket</source>
        <translation>เปิดทิกเก็ตอีกครั้ง</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>ยังไม่มอบหมาย</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>ฉัน (%1)</translation>
    </message>
    <message>
        <source>You can only comment on your own tickets.</source>
        <translation>คุณแสดงความคิดเห็นได้เฉพาะในทิกเก็ตของคุณเองเท่านั้น</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ชม.</translation>
    </message>
    <message>
        <source>Created: %1 by %2
First response: %3 (%4)
Resolved: %5 (%6)
Closed: %7</source>
        <translation>สร้างเมื่อ: %1 โดย %2
ตอบกลับครั้งแรก: %3 (%4)
แก้ไขเสร็จ: %5 (%6)
ปิดเมื่อ: %7</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>บันทึก %1 แล้ว</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>ไม่สามารถเขียน %1 ได้: %2</translation>
    </message>
    <message>
        <source>No application is set up to open %1.</source>
        <translation>ไม่มีแอปพลิเคชันที่ตั้งค่าไว้สำหรับเปิด %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>บันทึกเป็น…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>ลบ…</translation>
    </message>
    <message>
        <source>Delete this ticket with its comments and attachments</source>
        <translation>ลบตั๋วงานนี้พร้อมความคิดเห็นและไฟล์แนบ</translation>
    </message>
    <message>
        <source>Delete ticket</source>
        <translation>ลบตั๋วงาน</translation>
    </message>
    <message>
        <source>Delete ticket %1 “%2” with all its comments, internal notes and attachments? This cannot be undone.</source>
        <translation>ลบตั๋วงาน %1 “%2” พร้อมความคิดเห็น บันทึกภายใน และไฟล์แนบทั้งหมดหรือไม่? การดำเนินการนี้ไม่สามารถย้อนกลับได้</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;แก้ไข…</translation>
    </message>
    <message>
        <source>Change the company, contact, subject, description or category</source>
        <translation>เปลี่ยนบริษัท ผู้ติดต่อ หัวเรื่อง รายละเอียด หรือหมวดหมู่</translation>
    </message>
</context>
<context>
    <name>TicketPriority</name>
    <message>
        <source>Low</source>
        <translation>ต่ำ</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <source>High</source>
        <translation>สูง</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>ด่วน</translation>
    </message>
</context>
<context>
    <name>TicketService</name>
    <message>
        <source>%1 may only change their own tickets, and %2 is not theirs.</source>
        <translation>%1 แก้ไขได้เฉพาะทิกเก็ตของตนเอง และ %2 ไม่ใช่ทิกเก็ตของผู้ใช้นี้</translation>
    </message>
    <message>
        <source>There is no ticket with id %1.</source>
        <translation>ไม่พบทิกเก็ตที่มี id %1</translation>
    </message>
    <message>
        <source>There is no ticket numbered %1.</source>
        <translation>ไม่พบทิกเก็ตเลขที่ %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a ticket id nor a ticket number such as T-20260301-0001.</source>
        <translation>&quot;%1&quot; ไม่ใช่ทั้ง id ของทิกเก็ตและเลขที่ทิกเก็ต (เช่น T-20260301-0001)</translation>
    </message>
    <message>
        <source>Choose the company this ticket is for.</source>
        <translation>เลือกบริษัทของทิกเก็ตนี้</translation>
    </message>
    <message>
        <source>There is no company with id %1.</source>
        <translation>ไม่พบบริษัทที่มี id %1</translation>
    </message>
    <message>
        <source>There is no contact with id %1.</source>
        <translation>ไม่พบผู้ติดต่อที่มี id %1</translation>
    </message>
    <message>
        <source>The contact must work for the ticket&apos;s company.</source>
        <translation>ผู้ติดต่อต้องเป็นพนักงานของบริษัทในทิกเก็ต</translation>
    </message>
    <message>
        <source>The subject is required.</source>
        <translation>ต้องระบุหัวเรื่อง</translation>
    </message>
    <message>
        <source>Describe the problem or request.</source>
        <translation>โปรดอธิบายปัญหาหรือคำขอ</translation>
    </message>
    <message>
        <source>The status must be one of %1.</source>
        <translation>สถานะต้องเป็นค่าใดค่าหนึ่งใน %1</translation>
    </message>
    <message>
        <source>The priority must be one of %1.</source>
        <translation>ความสำคัญต้องเป็นค่าใดค่าหนึ่งใน %1</translation>
    </message>
    <message>
        <source>The category must be one of %1.</source>
        <translation>หมวดหมู่ต้องเป็นค่าใดค่าหนึ่งใน %1</translation>
    </message>
    <message>
        <source>The team must be one of %1.</source>
        <translation>ทีมต้องเป็นค่าใดค่าหนึ่งใน %1</translation>
    </message>
    <message>
        <source>The assignee must be a user id.</source>
        <translation>ผู้รับผิดชอบต้องเป็น id ผู้ใช้</translation>
    </message>
    <message>
        <source>The due date is required.</source>
        <translation>ต้องระบุวันกำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Ticket %1 is already open.</source>
        <translation>ทิกเก็ต %1 เปิดอยู่แล้ว</translation>
    </message>
    <message>
        <source>Write something before adding the comment.</source>
        <translation>โปรดพิมพ์ข้อความก่อนเพิ่มความคิดเห็น</translation>
    </message>
    <message>
        <source>%1 is %2 MB; attachments may be at most %3 MB (the attachment size limit).</source>
        <translation>%1 มีขนาด %2 MB ไฟล์แนบต้องมีขนาดไม่เกิน %3 MB (ขีดจำกัดขนาดไฟล์แนบ)</translation>
    </message>
    <message>
        <source>The attachment needs a file name.</source>
        <translation>ไฟล์แนบต้องมีชื่อไฟล์</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>ไม่พบไฟล์ที่ %1</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>ไม่สามารถอ่าน %1 ได้: %2</translation>
    </message>
    <message>
        <source>There is no attachment with id %1.</source>
        <translation>ไม่พบไฟล์แนบที่มี id %1</translation>
    </message>
    <message>
        <source>The database did not let %1 change %2.</source>
        <translation>ฐานข้อมูลไม่อนุญาตให้ %1 เปลี่ยน %2</translation>
    </message>
    <message>
        <source>There is no active user with id %1 to assign the ticket to.</source>
        <translation>ไม่มีผู้ใช้ที่ใช้งานอยู่รหัส %1 ที่จะมอบหมายตั๋วงานให้</translation>
    </message>
</context>
<context>
    <name>TicketStatisticsView</name>
    <message>
        <source>← Tickets</source>
        <translation>← ทิกเก็ต</translation>
    </message>
    <message>
        <source>Ticket statistics</source>
        <translation>สถิติทิกเก็ต</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>ทิกเก็ต</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิดอยู่</translation>
    </message>
    <message>
        <source>My open</source>
        <translation>ที่เปิดอยู่ของฉัน</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>ยังไม่มอบหมาย</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>เกินกำหนด</translation>
    </message>
    <message>
        <source>Average first response</source>
        <translation>เวลาตอบกลับครั้งแรกเฉลี่ย</translation>
    </message>
    <message>
        <source>Average resolution</source>
        <translation>เวลาแก้ไขเฉลี่ย</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>ตามสถานะ</translation>
    </message>
    <message>
        <source>By priority</source>
        <translation>ตามความสำคัญ</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ชม.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>New</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>มอบหมายแล้ว</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>รอดำเนินการ</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>แก้ไขแล้ว</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
</context>
<context>
    <name>TicketTeam</name>
    <message>
        <source>Tech</source>
        <translation>เทคนิค</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>การเงิน</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>ฝ่ายขาย</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>ฝ่ายสนับสนุน</translation>
    </message>
</context>
<context>
    <name>TicketTimelineModel</name>
    <message>
        <source>nobody</source>
        <translation>ไม่มีผู้รับผิดชอบ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>changed the status from %1 to %2</source>
        <translation>เปลี่ยนสถานะจาก %1 เป็น %2</translation>
    </message>
    <message>
        <source>changed the priority from %1 to %2</source>
        <translation>เปลี่ยนความสำคัญจาก %1 เป็น %2</translation>
    </message>
    <message>
        <source>reassigned the ticket from %1 to %2</source>
        <translation>มอบหมายทิกเก็ตใหม่จาก %1 เป็น %2</translation>
    </message>
    <message>
        <source>moved the ticket from team %1 to %2</source>
        <translation>ย้ายทิกเก็ตจากทีม %1 ไปยัง %2</translation>
    </message>
    <message>
        <source>changed the due date from %1 to %2</source>
        <translation>เปลี่ยนวันกำหนดเสร็จจาก %1 เป็น %2</translation>
    </message>
    <message>
        <source>changed %1 from %2 to %3</source>
        <translation>เปลี่ยน%1จาก %2 เป็น %3</translation>
    </message>
    <message>
        <source>%1 opened the ticket · %2</source>
        <translation>%1 เปิดทิกเก็ต · %2</translation>
    </message>
    <message>
        <source>%1 replied to the customer · %2</source>
        <translation>%1 ตอบกลับลูกค้า · %2</translation>
    </message>
    <message>
        <source>Internal note by %1 · %2 · not visible to the customer</source>
        <translation>บันทึกภายในโดย %1 · %2 · ลูกค้ามองไม่เห็น</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>%1 attached a file · %2</source>
        <translation>%1 แนบไฟล์ · %2</translation>
    </message>
    <message>
        <source>%1, %2, SHA-256 %3. Double-click to open; right-click to save.</source>
        <translation>%1, %2, SHA-256 %3 ดับเบิลคลิกเพื่อเปิด คลิกขวาเพื่อบันทึก</translation>
    </message>
</context>
<context>
    <name>TicketUpdateMail</name>
    <message>
        <source>This build has no built-in ticket_update text; activate a ticket_update template.</source>
        <translation>บิลด์นี้ไม่มีข้อความ ticket_update ในตัว โปรดเปิดใช้งานแม่แบบ ticket_update</translation>
    </message>
</context>
<context>
    <name>TriggerEvent</name>
    <message>
        <source>Contract signed</source>
        <translation>เซ็นสัญญาแล้ว</translation>
    </message>
    <message>
        <source>30 days before renewal</source>
        <translation>30 วันก่อนต่ออายุ</translation>
    </message>
    <message>
        <source>7 days before renewal</source>
        <translation>7 วันก่อนต่ออายุ</translation>
    </message>
    <message>
        <source>Payment overdue</source>
        <translation>ชำระเงินเกินกำหนด</translation>
    </message>
</context>
<context>
    <name>UserCommands</name>
    <message>
        <source>Standard input could not be read.</source>
        <translation>อ่านข้อมูลจากอินพุตมาตรฐานไม่ได้</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; use sales, marketing, tech_support or admin.</source>
        <translation>&quot;%1&quot; ไม่ใช่บทบาท ให้ใช้ sales, marketing, tech_support หรือ admin</translation>
    </message>
    <message>
        <source>--%1 takes true or false.</source>
        <translation>--%1 รับค่า true หรือ false</translation>
    </message>
    <message>
        <source>Name the user, e.g. rapport-cli user add alice --role sales --password-stdin.</source>
        <translation>ระบุชื่อผู้ใช้ เช่น rapport-cli user add alice --role sales --password-stdin</translation>
    </message>
    <message>
        <source>Give the new user&apos;s role with --role (sales, marketing, tech_support or admin).</source>
        <translation>ระบุบทบาทของผู้ใช้ใหม่ด้วย --role (sales, marketing, tech_support หรือ admin)</translation>
    </message>
    <message>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation>ส่งรหัสผ่านทางอินพุตมาตรฐานพร้อม --password-stdin</translation>
    </message>
    <message>
        <source>user list takes no arguments.</source>
        <translation>user list ไม่รับอาร์กิวเมนต์</translation>
    </message>
    <message>
        <source>Name the user, e.g. rapport-cli user set alice --role marketing.</source>
        <translation>ระบุชื่อผู้ใช้ เช่น rapport-cli user set alice --role marketing</translation>
    </message>
    <message>
        <source>Name at least one field to change, e.g. --role admin.</source>
        <translation>ระบุอย่างน้อยหนึ่งช่องที่จะเปลี่ยน เช่น --role admin</translation>
    </message>
    <message>
        <source>Unknown option --%1; user set changes --username, --full-name, --email, --role and --is-active.</source>
        <translation>ไม่รู้จักตัวเลือก --%1 คำสั่ง user set เปลี่ยนได้เฉพาะ --username, --full-name, --email, --role และ --is-active</translation>
    </message>
    <message>
        <source>Usage: rapport-cli user password USERNAME --password-stdin.</source>
        <translation>วิธีใช้: rapport-cli user password USERNAME --password-stdin</translation>
    </message>
    <message>
        <source>Create a user (roles: sales, marketing, tech_support, admin); prints its id.</source>
        <translation>สร้างผู้ใช้ (บทบาท: sales, marketing, tech_support, admin) แล้วพิมพ์รหัสของผู้ใช้</translation>
    </message>
    <message>
        <source>List users with their role and whether they are active (never their password).</source>
        <translation>แสดงรายชื่อผู้ใช้พร้อมบทบาทและสถานะการใช้งาน (ไม่แสดงรหัสผ่านเด็ดขาด)</translation>
    </message>
    <message>
        <source>Change a user&apos;s details, role or whether they may sign in.</source>
        <translation>เปลี่ยนรายละเอียด บทบาท หรือสิทธิ์ลงชื่อเข้าใช้ของผู้ใช้</translation>
    </message>
    <message>
        <source>Set a new password for a user (also lifts a sign-in lockout).</source>
        <translation>ตั้งรหัสผ่านใหม่ให้ผู้ใช้ (และปลดการล็อกการลงชื่อเข้าใช้ด้วย)</translation>
    </message>
</context>
<context>
    <name>UserEditDialog</name>
    <message>
        <source>New user</source>
        <translation>ผู้ใช้ใหม่</translation>
    </message>
    <message>
        <source>Edit user %1</source>
        <translation>แก้ไขผู้ใช้ %1</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>อนุญาตให้ลงชื่อเข้าใช้</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;ชื่อผู้ใช้:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>ชื่อ-&amp;นามสกุล:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;อีเมล:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;บทบาท:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>สถานะ:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;รหัสผ่าน:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;ยืนยันรหัสผ่าน:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Reset password for %1</source>
        <translation>รีเซ็ตรหัสผ่านของ %1</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>รหัสผ่าน&amp;ใหม่:</translation>
    </message>
    <message>
        <source>The password must not be empty.</source>
        <translation>รหัสผ่านต้องไม่ว่าง</translation>
    </message>
</context>
<context>
    <name>UserManagementPage</name>
    <message>
        <source>Reactivate</source>
        <translation>เปิดใช้งานอีกครั้ง</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>ปิดใช้งาน</translation>
    </message>
    <message>
        <source>User %1 was created.</source>
        <translation>สร้างผู้ใช้ %1 แล้ว</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ไม่สามารถลงชื่อเข้าใช้ได้อีกต่อไป</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 ลงชื่อเข้าใช้ได้อีกครั้งแล้ว</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>รีเซ็ตรหัสผ่านของ %1 แล้ว</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>ผู้ใช้&amp;ใหม่…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;แก้ไข…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>รีเซ็ต&amp;รหัสผ่าน…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;ประวัติ</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>The password must not be empty.</source>
        <translation>รหัสผ่านต้องไม่ว่าง</translation>
    </message>
    <message>
        <source>The password is too long (at most 1024 characters).</source>
        <translation>รหัสผ่านยาวเกินไป (ไม่เกิน 1024 ตัวอักษร)</translation>
    </message>
    <message>
        <source>The username is required.</source>
        <translation>ต้องระบุชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>The username may only contain letters, digits, dots, dashes, underscores and @, and be at most 64 characters long.</source>
        <translation>ชื่อผู้ใช้มีได้เฉพาะตัวอักษร ตัวเลข จุด ขีด ขีดล่าง และ @ และยาวไม่เกิน 64 ตัวอักษร</translation>
    </message>
    <message>
        <source>There is already a user called &quot;%1&quot; (usernames are compared ignoring case).</source>
        <translation>มีผู้ใช้ชื่อ &quot;%1&quot; อยู่แล้ว (เปรียบเทียบชื่อผู้ใช้โดยไม่สนตัวพิมพ์เล็กใหญ่)</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>ไม่มีผู้ใช้รหัส %1</translation>
    </message>
    <message>
        <source>There is no user called &quot;%1&quot;.</source>
        <translation>ไม่มีผู้ใช้ชื่อ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>This database already has users; sign in as an administrator to add more.</source>
        <translation>ฐานข้อมูลนี้มีผู้ใช้อยู่แล้ว โปรดลงชื่อเข้าใช้ในฐานะผู้ดูแลระบบเพื่อเพิ่มผู้ใช้</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make another user an administrator first.</source>
        <translation>%1 เป็นผู้ดูแลระบบคนสุดท้ายที่ยังใช้งานอยู่ โปรดตั้งผู้ใช้อื่นเป็นผู้ดูแลระบบก่อน</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>ใช้งานอยู่</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>ปิดใช้งานแล้ว</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ชื่อผู้ใช้</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>ลงชื่อเข้าใช้ล่าสุด</translation>
    </message>
</context>
<context>
    <name>VariableGuide</name>
    <message>
        <source>Click a variable to insert it where the cursor is, in the subject or the body. Hover for what it contains; right-click to copy it.</source>
        <translation>คลิกตัวแปรเพื่อแทรกที่ตำแหน่งเคอร์เซอร์ในหัวเรื่องหรือเนื้อหา วางเมาส์เหนือตัวแปรเพื่อดูว่ามีข้อมูลอะไร คลิกขวาเพื่อคัดลอก</translation>
    </message>
    <message>
        <source>Variables for %1</source>
        <translation>ตัวแปรสำหรับ %1</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>แทรก %1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>คัดลอก %1</translation>
    </message>
</context>
</TS>
