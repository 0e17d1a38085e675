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
    <name>OfficeSettings</name>
    <message>
        <source>There is no office setting called &quot;%1&quot;.</source>
        <translation>ไม่มีการตั้งค่าสำนักงานชื่อ &quot;%1&quot;</translation>
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
    <name>RecordKind</name>
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
    <name>StartupFlow</name>
    <message>
        <source>Rapport</source>
        <translation>Rapport</translation>
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
</TS>
