#include "importexport/CsvReader.h"
#include "importexport/CsvWriter.h"

#include <QtTest>

// CSV as spreadsheets write it: each case gives raw bytes and the rows (with their line numbers)
// a user would expect to see.
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QList<QStringList>>("rows");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<bool>("bom");

        const QStringList header = {QStringLiteral("name"), QStringLiteral("city")};
        QTest::newRow("plain comma, LF")
            << QByteArray("name,city\nSiam Hotel,Bangkok\nSea Cafe,Phuket\n") << header
            << QList<QStringList>{{QStringLiteral("Siam Hotel"), QStringLiteral("Bangkok")},
                                  {QStringLiteral("Sea Cafe"), QStringLiteral("Phuket")}}
            << QList<int>{2, 3} << QStringLiteral(",") << false;
        QTest::newRow("BOM and CRLF")
            << QByteArray("\xEF\xBB\xBFname,city\r\nSiam Hotel,Bangkok\r\n") << header
            << QList<QStringList>{{QStringLiteral("Siam Hotel"), QStringLiteral("Bangkok")}} << QList<int>{2}
            << QStringLiteral(",") << true;
        QTest::newRow("semicolon (Excel, European locales)")
            << QByteArray("name;city\nHotel, Spa & Co;Chiang Mai\n") << header
            << QList<QStringList>{{QStringLiteral("Hotel, Spa & Co"), QStringLiteral("Chiang Mai")}}
            << QList<int>{2} << QStringLiteral(";") << false;
        QTest::newRow("quoted separator and doubled quotes")
            << QByteArray("name,city\n\"The \"\"Blue\"\" Bar, Pattaya\",Pattaya\n") << header
            << QList<QStringList>{{QStringLiteral("The \"Blue\" Bar, Pattaya"), QStringLiteral("Pattaya")}}
            << QList<int>{2} << QStringLiteral(",") << false;
        QTest::newRow("quoted newline keeps line numbers")
            << QByteArray("name,city\n\"Two\nline name\",Krabi\r\nNext,Hua Hin\n") << header
            << QList<QStringList>{{QStringLiteral("Two\nline name"), QStringLiteral("Krabi")},
                                  {QStringLiteral("Next"), QStringLiteral("Hua Hin")}}
            << QList<int>{2, 4} << QStringLiteral(",") << false;
        QTest::newRow("quoted CRLF becomes one line break")
            << QByteArray("name,city\r\n\"A\r\nB\",C\r\n") << header
            << QList<QStringList>{{QStringLiteral("A\nB"), QStringLiteral("C")}} << QList<int>{2}
            << QStringLiteral(",") << false;
        QTest::newRow("Thai text")
            << QByteArray(
                   "name,city\n"
                   "\xE0\xB9\x82\xE0\xB8\xA3\xE0\xB8\x87\xE0\xB9\x81\xE0\xB8\xA3\xE0\xB8\xA1,"
                   "\xE0\xB8\x81\xE0\xB8\xA3\xE0\xB8\xB8\xE0\xB8\x87\xE0\xB9\x80\xE0\xB8\x97\xE0\xB8\x9E\n")
            << header << QList<QStringList>{{QStringLiteral("โรงแรม"), QStringLiteral("กรุงเทพ")}}
            << QList<int>{2} << QStringLiteral(",") << false;
        QTest::newRow("empty lines and blank rows skipped")
            << QByteArray("\nname,city\n\nA,B\n   \n,\n\nC,D\n\n") << header
            << QList<QStringList>{{QStringLiteral("A"), QStringLiteral("B")},
                                  {QStringLiteral("C"), QStringLiteral("D")}}
            << QList<int>{4, 8} << QStringLiteral(",") << false;
        QTest::newRow("short row padded, no final newline")
            << QByteArray("name,city\nOnly name") << header
            << QList<QStringList>{{QStringLiteral("Only name"), QString()}} << QList<int>{2}
            << QStringLiteral(",") << false;
        QTest::newRow("spaces around unquoted cells trimmed")
            << QByteArray("name , city\n  A  ,  B \n") << header
            << QList<QStringList>{{QStringLiteral("A"), QStringLiteral("B")}} << QList<int>{2}
            << QStringLiteral(",") << false;
        QTest::newRow("tab separated") << QByteArray("name\tcity\nA\tB\n") << header
                                       << QList<QStringList>{{QStringLiteral("A"), QStringLiteral("B")}}
                                       << QList<int>{2} << QStringLiteral("\t") << false;
    }

    void parses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, headers);
        QFETCH(QList<QStringList>, rows);
        QFETCH(QList<int>, lines);
        QFETCH(QString, separator);
        QFETCH(bool, bom);

        auto document = CsvReader::parse(bytes);
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
        QCOMPARE(document->headers, headers);
        QCOMPARE(document->separator, separator.at(0));
        QCOMPARE(document->hadByteOrderMark, bom);
        QCOMPARE(document->rows.size(), rows.size());
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(document->rows.at(i).cells, rows.at(i));
            QCOMPARE(document->rows.at(i).line, lines.at(i));
        }
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unclosed quote names its line")
            << QByteArray("name\nA\n\"never closed\nB\n") << QStringLiteral("Line 3");
        QTest::newRow("not UTF-8 (Windows-874 Thai)")
            << QByteArray("name\n\xE2\xC3\xA7\xE1\xC3\xC1\n") << QStringLiteral("UTF-8");
        QTest::newRow("empty file") << QByteArray("\n\n") << QStringLiteral("empty");
    }

    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        auto document = CsvReader::parse(bytes);
        QVERIFY(!document.ok());
        QVERIFY2(document.error().message.contains(mentions), qPrintable(document.error().message));
    }

    void writerRoundTrips_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::newRow("with BOM") << true;
        QTest::newRow("without BOM") << false;
    }

    void writerRoundTrips()
    {
        QFETCH(bool, bom);
        const QList<QStringList> rows = {
            {QStringLiteral("name"), QStringLiteral("notes")},
            {QStringLiteral("โรงแรม, สยาม"), QStringLiteral("He said \"hi\"\nthen left")},
            {QStringLiteral(" padded "), QString()},
        };
        CsvWriter writer(bom);
        for (const QStringList& row : rows)
            writer.addRow(row);
        QCOMPARE(writer.data().startsWith("\xEF\xBB\xBF"), bom);
        auto document = CsvReader::parse(writer.data());
        QVERIFY(document.ok());
        QCOMPARE(document->headers, rows.at(0));
        QCOMPARE(document->rows.size(), 2);
        QCOMPARE(document->rows.at(0).cells, rows.at(1));
        QCOMPARE(document->rows.at(1).cells, rows.at(2));
        QCOMPARE(document->rows.at(1).line, 4);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
