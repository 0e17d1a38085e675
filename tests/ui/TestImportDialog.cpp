#include "common/FixedClock.h"
#include "db/Database.h"
#include "db/SqlRun.h"
#include "importexport/ExportDialog.h"
#include "importexport/ImportDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

class TestImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    int m_counter = 0;

    ServiceContext context() const { return {m_db, &m_clock, Actor::cli()}; }

    QString writeCsv(const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(QStringLiteral("in-%1.csv").arg(++m_counter)));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return file.fileName();
    }

    qint64 companies()
    {
        return SqlRun::scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM companies"))
            ->toLongLong();
    }

private slots:
    void init()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("ui-%1.db").arg(++m_counter)));
        QVERIFY(db.ok());
        m_db = db.value();
    }

    void mapsPreviewsChecksImportsAndUndoes()
    {
        QByteArray csv = "\xEF\xBB\xBF"
                         "Company Name;City;Web;Extra\n";
        for (int i = 1; i <= 12; ++i)
            csv += (i == 7 ? QByteArray("Broken;Bangkok;not a site;x\n")
                           : "โรงแรม " + QByteArray::number(i) + ";กรุงเทพ;https://hotel" +
                                 QByteArray::number(i) + ".example;x\n");
        const QString file = writeCsv(csv);

        ImportDialog dialog(context());
        QStringList questions;
        dialog.confirm = [&](QWidget*, const QString&, const QString& text) {
            questions << text;
            return true;
        };
        dialog.show();
        dialog.openFile(file);
        QTRY_VERIFY(!dialog.isBusy());

        auto* mapping = dialog.findChild<QTableWidget*>(QStringLiteral("mappingTable"));
        QCOMPARE(mapping->rowCount(), 4);
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("mapColumn0"))->currentData().toString(),
                 QStringLiteral("name"));
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("mapColumn2"))->currentData().toString(),
                 QStringLiteral("website"));
        QCOMPARE(dialog.findChild<QComboBox*>(QStringLiteral("mapColumn3"))->currentData().toString(),
                 QString());
        auto* preview = dialog.findChild<QTableWidget*>(QStringLiteral("previewTable"));
        QCOMPARE(preview->rowCount(), 10);
        QCOMPARE(preview->columnCount(), 3);
        QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("โรงแรม 1"));

        auto* problems = dialog.findChild<QListWidget*>(QStringLiteral("problemList"));
        QCOMPARE(problems->count(), 1);
        QVERIFY2(problems->item(0)->text().startsWith(QStringLiteral("Line 8: website")),
                 qPrintable(problems->item(0)->text()));
        auto* importButton = dialog.findChild<QPushButton*>(QStringLiteral("importButton"));
        QVERIFY(!importButton->isEnabled());

        // RAPPORT_SCREENSHOT=path.png keeps a picture of the dialog showing a problem.
        if (qEnvironmentVariableIsSet("RAPPORT_SCREENSHOT"))
            QVERIFY(dialog.grab().save(qEnvironmentVariable("RAPPORT_SCREENSHOT"), "PNG"));

        // Ignoring the website column clears the problem; the import goes in once confirmed.
        dialog.findChild<QComboBox*>(QStringLiteral("mapColumn2"))->setCurrentIndex(0);
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(problems->count(), 0);
        QVERIFY(importButton->isEnabled());
        QCOMPARE(companies(), 0);
        QSignalSpy changed(&dialog, &ImportDialog::recordsChanged);
        importButton->click();
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.first().contains(QStringLiteral("12 new")));
        QCOMPARE(companies(), 12);
        QCOMPARE(changed.count(), 1);

        auto* undo = dialog.findChild<QPushButton*>(QStringLiteral("undoImportButton"));
        QVERIFY(undo->isEnabled());
        undo->click();
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(companies(), 0);
        QVERIFY(!undo->isEnabled());
    }

    void duplicatesCanBeUpdated()
    {
        QVERIFY(
            SqlRun::exec(
                m_db->connection(),
                QStringLiteral("INSERT INTO companies (name, name_key, city, created_at, updated_at) VALUES "
                               "('Siam', 'siam', 'Old', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"))
                .ok());
        ImportDialog dialog(context());
        dialog.confirm = [](QWidget*, const QString&, const QString&) {
            return true;
        };
        dialog.openFile(writeCsv("name,city\nSIAM,New\n"));
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("importSummary"))
                    ->text()
                    .contains(QStringLiteral("line 2")));
        dialog.findChild<QRadioButton*>(QStringLiteral("updateDuplicates"))->setChecked(true);
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(dialog.lastReport().updated, 1);
        dialog.findChild<QPushButton*>(QStringLiteral("importButton"))->click();
        QTRY_VERIFY(!dialog.isBusy());
        QCOMPARE(SqlRun::scalar(m_db->connection(), QStringLiteral("SELECT city FROM companies"))->toString(),
                 QStringLiteral("New"));
    }

    void exportsWithBom()
    {
        QVERIFY(
            SqlRun::exec(
                m_db->connection(),
                QStringLiteral("INSERT INTO companies (name, name_key, city, created_at, updated_at) VALUES "
                               "('สยาม', 'สยาม', 'Bangkok', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"))
                .ok());
        ExportDialog dialog(context(), DataType::Companies, {},
                            {QStringLiteral("name"), QStringLiteral("city")});
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        dialog.setFilePath(path);
        QVERIFY(dialog.exportNow());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(),
                 QByteArray("\xEF\xBB\xBFname,city\r\n") + QStringLiteral("สยาม,Bangkok\r\n").toUtf8());
    }
};

QTEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"
