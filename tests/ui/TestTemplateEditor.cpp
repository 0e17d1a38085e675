#include "TestDatabase.h"
#include "app/AppSession.h"
#include "app/AreaPages.h"
#include "app/MainWindow.h"
#include "auth/UserService.h"
#include "db/SqlRun.h"
#include "mail/Outbox.h"
#include "templates/ProblemBanner.h"
#include "templates/RichTextEditor.h"
#include "templates/SafePreviewBrowser.h"
#include "templates/StarterTemplates.h"
#include "templates/TemplateEditor.h"
#include "templates/TemplateListModel.h"
#include "templates/TemplatePreview.h"
#include "templates/TemplateService.h"
#include "templates/TemplatesPage.h"
#include "templates/VariableGuide.h"
#include "widgets/UserPrompt.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextEdit>
#include <QToolButton>
#include <QtTest>

// The template editor driven like a user drives it: typing, toolbar actions, chips, the banner,
// the HTML source view and the preview, against a real database.
class TestTemplateEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void boldThenChipAtCursorIsStored();
    void chipGoesIntoSubjectWhenItHasFocus();
    void chipTooltipsAreDescriptionsAndMenuCopies();
    void invalidVariableIsRefusedAndClickSelectsIt();
    void formattingReachesStoredHtml_data();
    void formattingReachesStoredHtml();
    void sourceViewRoundTrips();
    void undoAndRedo();
    void storedHtmlHasNoQtMarkers();
    void previewNeverReadsAFileImage();
    void designViewNeverReadsAFileImage();
    void previewWithARealContactEscapes();
    void listFiltersByTypeAndLanguage();
    void viewOnlyRolesCannotEdit();
    void sendTestEmailQueuesToTheSignedInUser();
    void pageLivesInTheMainWindow();
    void screenshot();

private:
    TemplateEditor* makeEditor();
    QWidget* field(const char* name) const { return m_window->findChild<QWidget*>(QLatin1String(name)); }
    template <typename T> T* child(const char* name) const
    {
        T* found = m_window->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning() << "no child" << name;
        return found;
    }
    qint64 addContact(const QString& name);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QWidget> m_window;
};

void TestTemplateEditor::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
}

void TestTemplateEditor::cleanup()
{
    m_window.reset();
    m_db.reset();
}

TemplateEditor* TestTemplateEditor::makeEditor()
{
    auto* editor = new TemplateEditor(m_db->context());
    m_window.reset(editor);
    editor->resize(1100, 700);
    editor->show();
    editor->activateWindow();
    if (!QTest::qWaitForWindowActive(editor))
        qWarning() << "window not active";
    return editor;
}

qint64 TestTemplateEditor::addContact(const QString& name)
{
    const ServiceContext ctx = m_db->context();
    auto company = SqlRun::scalar(
        ctx.db().connection(),
        QStringLiteral("INSERT INTO companies (name, name_key, created_at, updated_at) VALUES "
                       "('Siam Riverside', 'siam riverside', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z') "
                       "RETURNING id"));
    auto contact = SqlRun::scalar(
        ctx.db().connection(),
        QStringLiteral(
            "INSERT INTO contacts (company_id, name, name_key, email, email_key, created_at, updated_at) "
            "VALUES (?, ?, ?, 'x@siam.test', 'x@siam.test', '2026-01-01T00:00:00Z', "
            "'2026-01-01T00:00:00Z') RETURNING id"),
        {company->toLongLong(), name, name.toCaseFolded()});
    auto contract = SqlRun::exec(
        ctx.db().connection(),
        QStringLiteral(
            "INSERT INTO contracts (company_id, contract_number, start_date, end_date, monthly_value_minor, "
            "status, "
            "created_at, updated_at) VALUES (?, 'C-77', '2025-04-01', '2026-04-01', 1250050, 'active', "
            "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
        {company->toLongLong()});
    if (!contract)
        qWarning() << contract.error().message;
    return contact->toLongLong();
}

void TestTemplateEditor::boldThenChipAtCursorIsStored()
{
    TemplateEditor* editor = makeEditor();
    QTest::keyClicks(child<QLineEdit>("templateName"), QStringLiteral("Renewal"));
    auto* type = child<QComboBox>("templateType");
    type->setCurrentIndex(type->findData(QStringLiteral("renewal_30_days")));
    QTest::keyClicks(child<QLineEdit>("templateSubject"), QStringLiteral("Your renewal"));

    auto* body = child<QTextEdit>("templateBody");
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("Hello world"));
    // Select "world" and make it bold with the keyboard shortcut.
    QTest::keyClick(body, Qt::Key_Left, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(body->textCursor().selectedText(), QStringLiteral("world"));
    QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(editor->bodyEditor()->action(QStringLiteral("formatBold"))->isChecked());
    // Put the cursor between "Hello " and "world", then click the chip.
    QTest::keyClick(body, Qt::Key_Home);
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(body, Qt::Key_Right);
    QToolButton* chip = editor->guide()->chip(QStringLiteral("contact_name"));
    QVERIFY(chip);
    QTest::mouseClick(chip, Qt::LeftButton);
    QVERIFY(body->hasFocus()); // the chip did not take the focus
    QCOMPARE(body->toPlainText(), QStringLiteral("Hello {{contact_name}}world"));

    QTest::mouseClick(child<QPushButton>("saveTemplate"), Qt::LeftButton);
    QVERIFY2(editor->templateId() > 0, qPrintable(editor->banner()->problems().isEmpty()
                                                      ? QString()
                                                      : editor->banner()->problems().first().message));
    auto stored = TemplateService(m_db->context()).get(editor->templateId());
    QVERIFY(stored);
    const QString html = stored->htmlBody;
    QVERIFY2(
        html.contains(QLatin1String("Hello {{contact_name}}<span style=\"font-weight:700\">world</span>")),
        qPrintable(html));
    QCOMPARE(stored->templateType, QStringLiteral("renewal_30_days"));
    QCOMPARE(stored->subject, QStringLiteral("Your renewal"));
    QVERIFY(!editor->isModified());
}

void TestTemplateEditor::chipGoesIntoSubjectWhenItHasFocus()
{
    TemplateEditor* editor = makeEditor();
    auto* subject = child<QLineEdit>("templateSubject");
    subject->setFocus(); // as a click into the field does
    QTest::keyClicks(subject, QStringLiteral("Hi , welcome"));
    subject->setCursorPosition(3);
    QTest::mouseClick(editor->guide()->chip(QStringLiteral("contact_name")), Qt::LeftButton);
    QCOMPARE(subject->text(), QStringLiteral("Hi {{contact_name}}, welcome"));
    QVERIFY(child<QTextEdit>("templateBody")->toPlainText().isEmpty());
    // Back in the body, the next chip goes there.
    child<QTextEdit>("templateBody")->setFocus();
    QTest::mouseClick(editor->guide()->chip(QStringLiteral("company_name")), Qt::LeftButton);
    QCOMPARE(child<QTextEdit>("templateBody")->toPlainText(), QStringLiteral("{{company_name}}"));
    QCOMPARE(subject->text(), QStringLiteral("Hi {{contact_name}}, welcome"));
}

void TestTemplateEditor::chipTooltipsAreDescriptionsAndMenuCopies()
{
    TemplateEditor* editor = makeEditor();
    auto* type = child<QComboBox>("templateType");
    type->setCurrentIndex(type->findData(QStringLiteral("ticket_update")));
    const QStringList names = editor->guide()->variableNames();
    QVERIFY(names.contains(QStringLiteral("ticket_number")));
    QVERIFY(names.contains(QStringLiteral("ticket_status")));
    QVERIFY(!names.contains(QStringLiteral("contract_number")));
    QToolButton* chip = editor->guide()->chip(QStringLiteral("ticket_number"));
    QVERIFY(chip->toolTip().contains(QLatin1String("The ticket's number")));
    QCOMPARE(chip->focusPolicy(), Qt::NoFocus);

    // The context menu's "Copy" puts the placeholder on the clipboard.
    QTimer::singleShot(0, this, [] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QVERIFY(menu);
        for (QAction* action : menu->actions()) {
            if (action->objectName() == QLatin1String("copyVariable"))
                action->trigger();
        }
        menu->close();
    });
    emit chip->customContextMenuRequested(QPoint(2, 2));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("{{ticket_number}}"));
}

void TestTemplateEditor::invalidVariableIsRefusedAndClickSelectsIt()
{
    TemplateEditor* editor = makeEditor();
    child<QLineEdit>("templateName")->setText(QStringLiteral("Bad"));
    auto* type = child<QComboBox>("templateType");
    type->setCurrentIndex(type->findData(QStringLiteral("renewal_7_days")));
    child<QLineEdit>("templateSubject")->setText(QStringLiteral("Contract {{contract_number}}"));
    auto* body = child<QTextEdit>("templateBody");
    body->setFocus();
    QTest::keyClicks(body,
                     QStringLiteral("Dear {{contact_name}}, contract {{contract_no}} ends {{end_date}}."));
    QTest::keyClick(body, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(editor->templateId(), 0);
    QCOMPARE(TemplateService(m_db->context()).count().value(), qint64(0));
    auto* banner = child<ProblemBanner>("problemBanner");
    QVERIFY(banner->isVisible());
    auto* list = child<QListWidget>("problemList");
    QCOMPARE(list->count(), 1);
    QVERIFY(
        list->item(0)->text().contains(QLatin1String("{{contract_no}}: did you mean {{contract_number}}?")));
    // The text stays as typed.
    QCOMPARE(body->toPlainText(),
             QStringLiteral("Dear {{contact_name}}, contract {{contract_no}} ends {{end_date}}."));
    // Clicking the problem selects it in the body.
    body->moveCursor(QTextCursor::Start);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QCOMPARE(body->textCursor().selectedText(), QStringLiteral("{{contract_no}}"));
    QVERIFY(body->hasFocus());

    // A problem in the subject selects it there.
    child<QLineEdit>("templateSubject")->setText(QStringLiteral("Contract {{contract}} {{"));
    QVERIFY(!editor->save());
    QCOMPARE(list->count(), 3);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(1)).center());
    QCOMPARE(child<QLineEdit>("templateSubject")->selectedText(), QStringLiteral("{{"));

    // Fixing the text clears the banner as you type, and saving then works.
    child<QLineEdit>("templateSubject")->setText(QStringLiteral("Contract {{contract_number}}"));
    QTextCursor cursor = body->document()->find(QStringLiteral("{{contract_no}}"));
    cursor.insertText(QStringLiteral("{{contract_number}}"));
    QTRY_VERIFY(!banner->isVisible());
    QVERIFY(editor->save());
    QCOMPARE(TemplateService(m_db->context()).count().value(), qint64(1));
}

void TestTemplateEditor::formattingReachesStoredHtml_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expected");
    QTest::newRow("italic") << "formatItalic"
                            << "font-style:italic";
    QTest::newRow("underline") << "formatUnderline"
                               << "text-decoration:underline";
    QTest::newRow("strike") << "formatStrike"
                            << "line-through";
    QTest::newRow("bullets") << "formatBulletList"
                             << "<ul";
    QTest::newRow("numbers") << "formatNumberedList"
                             << "<ol";
    QTest::newRow("centre") << "formatAlignCenter"
                            << "align=\"center\"";
    QTest::newRow("right") << "formatAlignRight"
                           << "align=\"right\"";
    QTest::newRow("heading") << "heading1"
                             << "<h1";
    QTest::newRow("colour") << "colour"
                            << "color:#c01c28";
    QTest::newRow("link") << "link"
                          << "<a href=\"https://example.com/renew\">";
    QTest::newRow("variable link") << "unsubscribe"
                                   << "<a href=\"{{unsubscribe_url}}\">";
}

void TestTemplateEditor::formattingReachesStoredHtml()
{
    QFETCH(QString, action);
    QFETCH(QString, expected);
    TemplateEditor* editor = makeEditor();
    child<QLineEdit>("templateName")->setText(QStringLiteral("Formatted"));
    child<QLineEdit>("templateSubject")->setText(QStringLiteral("Subject"));
    auto* body = child<QTextEdit>("templateBody");
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("Some text"));
    body->selectAll();
    RichTextEditor* rich = editor->bodyEditor();
    if (action == QLatin1String("heading1"))
        rich->setHeading(1);
    else if (action == QLatin1String("colour"))
        rich->setTextColor(QColor(QStringLiteral("#c01c28")));
    else if (action == QLatin1String("link"))
        rich->applyLink(QStringLiteral("https://example.com/renew"), QString());
    else if (action == QLatin1String("unsubscribe"))
        rich->applyLink(QStringLiteral("{{unsubscribe_url}}"), QString());
    else
        rich->action(action)->trigger();
    QVERIFY(editor->save());
    const QString html = TemplateService(m_db->context()).get(editor->templateId())->htmlBody;
    QVERIFY2(html.contains(expected), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("Some text")), qPrintable(html));

    // Clear formatting takes it off again.
    body->selectAll();
    rich->action(QStringLiteral("formatClear"))->trigger();
    if (action != QLatin1String("link") && action != QLatin1String("unsubscribe")) {
        QVERIFY(editor->save());
        const QString cleared = TemplateService(m_db->context()).get(editor->templateId())->htmlBody;
        QVERIFY2(!cleared.contains(expected), qPrintable(cleared));
    }
}

void TestTemplateEditor::sourceViewRoundTrips()
{
    TemplateEditor* editor = makeEditor();
    RichTextEditor* rich = editor->bodyEditor();
    rich->setHtml(
        QStringLiteral("<h2>Title</h2><p>Dear <b>{{contact_name}}</b>,</p><ul><li>one</li><li>two</li></ul>"
                       "<p align=\"center\"><a href=\"https://example.com\">site</a> <span "
                       "style=\"color:#ff0000\">red</span></p>"));
    const QString designHtml = rich->html();
    rich->action(QStringLiteral("formatSource"))->trigger();
    QVERIFY(rich->isSourceMode());
    auto* source = child<QPlainTextEdit>("templateSource");
    QCOMPARE(source->toPlainText(), designHtml);
    QVERIFY(!designHtml.contains(QLatin1String("-qt-")));
    // Edit the source, go back to the design view: the edit shows there, formatting intact.
    QTextCursor cursor = source->textCursor();
    cursor.movePosition(QTextCursor::End);
    source->setTextCursor(cursor);
    source->insertPlainText(QStringLiteral("\n<p><i>Added in source</i></p>"));
    rich->action(QStringLiteral("formatSource"))->trigger();
    QVERIFY(!rich->isSourceMode());
    QVERIFY(child<QTextEdit>("templateBody")->toPlainText().contains(QLatin1String("Added in source")));
    const QString afterEdit = rich->html();
    QVERIFY(afterEdit.contains(QLatin1String("font-style:italic\">Added in source")));
    // And once more through the source view changes nothing: the round trip is stable.
    rich->setSourceMode(true);
    rich->setSourceMode(false);
    QCOMPARE(rich->html(), afterEdit);
    for (const char* kept : {"<h2", "<ul", "<li", "align=\"center\"", "href=\"https://example.com\"",
                             "color:#ff0000", "font-weight:700"})
        QVERIFY2(afterEdit.contains(QLatin1String(kept)), kept);
}

void TestTemplateEditor::undoAndRedo()
{
    TemplateEditor* editor = makeEditor();
    RichTextEditor* rich = editor->bodyEditor();
    QAction* undo = rich->action(QStringLiteral("formatUndo"));
    QAction* redo = rich->action(QStringLiteral("formatRedo"));
    QVERIFY(!undo->isEnabled());
    auto* body = child<QTextEdit>("templateBody");
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("word"));
    body->selectAll();
    rich->action(QStringLiteral("formatBold"))->trigger();
    QVERIFY(rich->html().contains(QLatin1String("font-weight:700")));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QVERIFY(!rich->html().contains(QLatin1String("font-weight:700")));
    QCOMPARE(body->toPlainText(), QStringLiteral("word"));
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QVERIFY(rich->html().contains(QLatin1String("font-weight:700")));
}

void TestTemplateEditor::storedHtmlHasNoQtMarkers()
{
    TemplateEditor* editor = makeEditor();
    child<QLineEdit>("templateName")->setText(QStringLiteral("Clean"));
    child<QLineEdit>("templateSubject")->setText(QStringLiteral("Subject"));
    auto* body = child<QTextEdit>("templateBody");
    body->setFocus();
    QTest::keyClicks(body, QStringLiteral("First line"));
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClicks(body, QStringLiteral("After an empty line"));
    editor->bodyEditor()->action(QStringLiteral("formatBulletList"))->trigger();
    QVERIFY(editor->save());
    const QString html = TemplateService(m_db->context()).get(editor->templateId())->htmlBody;
    for (const char* marker : {"-qt-", "qrichtext", "<!DOCTYPE", "<html", "<head", "<body", "<style", "<meta",
                               "class=", "font-family:'"})
        QVERIFY2(!html.contains(QLatin1String(marker)), marker);
    QVERIFY2(html.contains(QLatin1String("<p")) && html.contains(QLatin1String("<li")), qPrintable(html));
}

void TestTemplateEditor::previewNeverReadsAFileImage()
{
    // A real image on disk that any ordinary QTextBrowser would load.
    const QString imagePath = m_db->dirPath() + QStringLiteral("/secret.png");
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(imagePath));
    const QUrl fileUrl = QUrl::fromLocalFile(imagePath);
    const QString html = QStringLiteral("<p>x<img src=\"%1\"><img src=\"https://tracker.example/p.gif\"><a "
                                        "href=\"file:///etc/passwd\">l</a></p>")
                             .arg(fileUrl.toString());

    QTextBrowser ordinary;
    ordinary.setHtml(html);
    ordinary.resize(300, 200);
    ordinary.show();
    QVERIFY(QTest::qWaitForWindowExposed(&ordinary));
    QVERIFY2(ordinary.document()->resource(QTextDocument::ImageResource, fileUrl).isValid(),
             "control: an ordinary browser reads the file, so the check below means something");

    SafePreviewBrowser safe;
    safe.resize(300, 200);
    safe.show();
    safe.showHtml(html);
    QVERIFY(QTest::qWaitForWindowExposed(&safe));
    safe.grab(); // lay out and paint, which is when images are fetched
    QVERIFY(!safe.document()->resource(QTextDocument::ImageResource, fileUrl).isValid());
    QVERIFY(safe.blockedResources().contains(fileUrl));
    QVERIFY(safe.blockedResources().contains(QUrl(QStringLiteral("https://tracker.example/p.gif"))));
    QVERIFY(!safe.openLinks());
    QVERIFY(!safe.openExternalLinks());
    safe.setSource(QUrl(QStringLiteral("file:///etc/passwd")));
    QVERIFY(!safe.toPlainText().contains(QLatin1String("root:")));

    // Through the editor: a file image typed into the HTML source never reaches the preview.
    TemplateEditor* editor = makeEditor();
    editor->bodyEditor()->setSourceMode(true);
    child<QPlainTextEdit>("templateSource")
        ->setPlainText(QStringLiteral("<p>Hi {{contact_name}}<img src=\"%1\"></p>").arg(fileUrl.toString()));
    child<QTabWidget>("templateTabs")->setCurrentIndex(2);
    auto* preview = child<SafePreviewBrowser>("previewBody");
    preview->grab();
    QVERIFY(!preview->document()->resource(QTextDocument::ImageResource, fileUrl).isValid());
    QVERIFY(!editor->preview()->rendered().html.contains(QLatin1String("file:")));
    QVERIFY(preview->toPlainText().contains(QLatin1String("Hi ")));
}

void TestTemplateEditor::designViewNeverReadsAFileImage()
{
    const QString imagePath = m_db->dirPath() + QStringLiteral("/pasted.png");
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QVERIFY(image.save(imagePath));
    const QUrl fileUrl = QUrl::fromLocalFile(imagePath);
    TemplateEditor* editor = makeEditor();
    auto* body = child<QTextEdit>("templateBody");
    // As if pasted: HTML naming a local file.
    body->insertHtml(QStringLiteral("<img src=\"%1\">").arg(fileUrl.toString()));
    body->grab();
    QVERIFY(!body->document()->resource(QTextDocument::ImageResource, fileUrl).isValid());
    QVERIFY(!editor->bodyEditor()->html().contains(QLatin1String("file:")));
}

void TestTemplateEditor::previewWithARealContactEscapes()
{
    const qint64 contact = addContact(QStringLiteral("<script>alert(1)</script>"));
    TemplateEditor* editor = makeEditor();
    auto* type = child<QComboBox>("templateType");
    type->setCurrentIndex(type->findData(QStringLiteral("renewal_30_days")));
    child<QLineEdit>("templateSubject")->setText(QStringLiteral("Hi {{contact_name}}"));
    editor->bodyEditor()->setHtml(
        QStringLiteral("<p>Dear {{contact_name}}, {{contract_number}} ends {{end_date}}.</p>"));
    child<QTabWidget>("templateTabs")->setCurrentIndex(2);
    QCOMPARE(child<QLabel>("previewSubject")->text(),
             QStringLiteral("Hi Somchai Jaidee")); // sample data first
    editor->preview()->setContact(contact);
    QCOMPARE(child<QLabel>("previewSubject")->text(), QStringLiteral("Hi <script>alert(1)</script>"));
    const RenderedEmail& rendered = editor->preview()->rendered();
    QVERIFY2(rendered.html.contains(
                 QLatin1String("Dear &lt;script&gt;alert(1)&lt;/script&gt;, C-77 ends 1 April 2026.")),
             qPrintable(rendered.html));
    QVERIFY(child<SafePreviewBrowser>("previewBody")
                ->toPlainText()
                .contains(QLatin1String("Dear <script>alert(1)</script>, C-77")));

    // The search box finds contacts by name.
    QTest::keyClicks(child<QLineEdit>("previewSearch"), QStringLiteral("script"));
    auto* picker = child<QComboBox>("previewContact");
    QTRY_COMPARE(picker->count(), 2);
    QCOMPARE(picker->itemData(1).toLongLong(), contact);
}

void TestTemplateEditor::listFiltersByTypeAndLanguage()
{
    QCOMPARE(installStarterTemplates(m_db->context()).value(), 16);
    auto* page = new TemplatesPage(m_db->context());
    m_window.reset(page);
    page->resize(900, 600);
    page->show();
    auto* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 16);
    QCOMPARE(model->columnCount(), 5);
    QCOMPARE(model->headerData(TemplateListModel::LastChanged, Qt::Horizontal).toString(),
             QStringLiteral("Last changed"));
    auto* typeFilter = child<QComboBox>("templateTypeFilter");
    typeFilter->setCurrentIndex(typeFilter->findData(QStringLiteral("payment_overdue")));
    QCOMPARE(model->rowCount(), 2);
    auto* languageFilter = child<QComboBox>("templateLanguageFilter");
    languageFilter->setCurrentIndex(languageFilter->findData(QStringLiteral("th")));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, TemplateListModel::Name).data().toString(),
             QStringLiteral("Payment overdue (TH)"));
    QCOMPARE(model->index(0, TemplateListModel::Active).data(TemplateListModel::RawValueRole).toBool(),
             false);

    // Activate from the list, then open it in the editor and go back.
    page->view()->selectRow(0);
    m_db->clock().advanceSeconds(60);
    page->findChild<QAction*>(QStringLiteral("toggleTemplateActive"))->trigger();
    QCOMPARE(model->index(0, TemplateListModel::Active).data(TemplateListModel::RawValueRole).toBool(), true);
    page->findChild<QAction*>(QStringLiteral("openTemplate"))->trigger();
    QVERIFY(page->isEditing());
    QCOMPARE(child<QLineEdit>("templateName")->text(), QStringLiteral("Payment overdue (TH)"));
    QVERIFY(child<QCheckBox>("templateActive")->isChecked());
    QTest::mouseClick(child<QPushButton>("backToTemplates"), Qt::LeftButton);
    QVERIFY(!page->isEditing());

    // Sorting by last changed puts the activated one first when descending.
    typeFilter->setCurrentIndex(0);
    languageFilter->setCurrentIndex(0);
    page->view()->sortByColumn(TemplateListModel::LastChanged, Qt::DescendingOrder);
    QCOMPARE(model->index(0, TemplateListModel::Name).data().toString(),
             QStringLiteral("Payment overdue (TH)"));

    // Deleting asks first; "no" keeps it.
    page->view()->selectRow(0);
    UserPrompt::setScriptedAnswer(false);
    page->findChild<QAction*>(QStringLiteral("deleteTemplate"))->trigger();
    QVERIFY(UserPrompt::lastQuestion().contains(QLatin1String("Payment overdue (TH)")));
    QCOMPARE(model->rowCount(), 16);
    UserPrompt::setScriptedAnswer(true);
    page->findChild<QAction*>(QStringLiteral("deleteTemplate"))->trigger();
    UserPrompt::setScriptedAnswer(std::nullopt);
    QCOMPARE(model->rowCount(), 15);
}

void TestTemplateEditor::viewOnlyRolesCannotEdit()
{
    auto id = TemplateService(m_db->context()).create([] {
        EmailTemplate t;
        t.name = QStringLiteral("Existing");
        t.templateType = QStringLiteral("welcome");
        t.subject = QStringLiteral("Welcome");
        t.htmlBody = QStringLiteral("<p>Hi {{contact_name}}</p>");
        return t;
    }());
    QVERIFY(id);
    Actor sales{7, QStringLiteral("sam"), Role::Sales};
    auto* page = new TemplatesPage(m_db->contextAs(sales));
    m_window.reset(page);
    page->show();
    QVERIFY(!page->findChild<QAction*>(QStringLiteral("newTemplate"))->isVisible());
    QVERIFY(!page->findChild<QAction*>(QStringLiteral("deleteTemplate"))->isVisible());
    page->openTemplate(id.value());
    QVERIFY(page->isEditing());
    QVERIFY(!child<QPushButton>("saveTemplate")->isVisible());
    QVERIFY(child<QTextEdit>("templateBody")->isReadOnly());
    QVERIFY(child<QLineEdit>("templateSubject")->isReadOnly());
    QVERIFY(!page->editor()->save());
}

void TestTemplateEditor::sendTestEmailQueuesToTheSignedInUser()
{
    User admin;
    admin.username = QStringLiteral("nok");
    admin.fullName = QStringLiteral("Nok Marketing");
    admin.email = QStringLiteral("nok@rapport.test");
    admin.role = Role::Admin;
    auto adminId =
        UserService(m_db->context()).createFirstAdmin(admin, QStringLiteral("a long enough passphrase 42"));
    QVERIFY2(adminId, adminId ? "" : qPrintable(adminId.error().message));
    const ServiceContext signedIn = m_db->contextAs(Actor{adminId.value(), admin.username, Role::Admin});
    const qint64 contact = addContact(QStringLiteral("Anna <b>"));

    auto* editor = new TemplateEditor(signedIn);
    m_window.reset(editor);
    editor->show();
    auto* type = child<QComboBox>("templateType");
    type->setCurrentIndex(type->findData(QStringLiteral("renewal_30_days")));
    child<QLineEdit>("templateSubject")->setText(QStringLiteral("Contract {{contract_number}}"));
    editor->bodyEditor()->setHtml(QStringLiteral("<p>Dear {{contact_name}}, ends {{end_date}}</p>"));
    // Neither named nor saved yet: a test send needs neither, and uses the preview's contact.
    editor->preview()->setContact(contact);
    QTest::mouseClick(child<QPushButton>("sendTestEmail"), Qt::LeftButton);
    QVERIFY2(editor->banner()->isInfo(), qPrintable(child<QLabel>("problemTitle")->text()));
    QVERIFY(child<QLabel>("problemTitle")->text().contains(QLatin1String("nok@rapport.test")));
    auto mails = Outbox(signedIn).list();
    QVERIFY(mails);
    QCOMPARE(mails->size(), 1);
    const OutboxMail& mail = mails->first();
    QCOMPARE(mail.toAddress, QStringLiteral("nok@rapport.test"));
    QCOMPARE(mail.subject, QStringLiteral("[Test] Contract C-77"));
    QVERIFY2(mail.htmlBody.contains(QLatin1String("Dear Anna &lt;b&gt;, ends 1 April 2026")),
             qPrintable(mail.htmlBody));
    QVERIFY(mail.textBody.contains(QLatin1String("Dear Anna <b>, ends 1 April 2026")));
    QCOMPARE(TemplateService(signedIn).count().value(), qint64(0)); // sending did not save

    // A template with problems is not sent; the banner lists them.
    editor->bodyEditor()->setHtml(QStringLiteral("<p>{{contract_no}}</p>"));
    QVERIFY(!editor->sendTestEmail());
    QVERIFY(!editor->banner()->isInfo());
    QCOMPARE(editor->banner()->problems().size(), 1);
    QCOMPARE(Outbox(signedIn).count().value(), qint64(1));

    // Without an email address on the account it says so.
    User noMail = UserService(signedIn).get(adminId.value()).value();
    noMail.email.clear();
    QVERIFY(UserService(signedIn).update(noMail));
    editor->bodyEditor()->setHtml(QStringLiteral("<p>{{contact_name}}</p>"));
    QVERIFY(!editor->sendTestEmail());
    QVERIFY(child<QLabel>("problemTitle")->text().contains(QLatin1String("no email address")));
}

void TestTemplateEditor::pageLivesInTheMainWindow()
{
    QCOMPARE(installStarterTemplates(m_db->context()).value(), 16);
    AppSession session(m_db->database(), std::make_unique<FixedClock>(m_db->clock().nowUtc()));
    auto* window = new MainWindow(session);
    m_window.reset(window);
    addAreaPages(*window, session); // the application's own page registration
    QVERIFY(window->showPage(QStringLiteral("templates")));
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    auto* page = qobject_cast<TemplatesPage*>(window->page(QStringLiteral("templates")));
    QVERIFY(page);
    // "%n template(s)" without a translator loaded; the English .ts file gives the plural.
    QVERIFY2(page->statusText().startsWith(QLatin1String("16 template")), qPrintable(page->statusText()));
    QVERIFY(page->statusText().endsWith(QLatin1String(", 0 active")));

    // Find focuses the search box; typing filters the list in SQL.
    window->findChild<QAction*>(QStringLiteral("findAction"))->trigger();
    auto* search = child<QLineEdit>("templateSearch");
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("overdue"));
    QTRY_COMPARE(page->model()->rowCount(), 2);

    // New opens an empty editor; going back with unsaved text asks first.
    window->findChild<QAction*>(QStringLiteral("newAction"))->trigger();
    QVERIFY(page->isEditing());
    QVERIFY(!page->canDelete());
    child<QLineEdit>("templateName")->setText(QStringLiteral("Draft"));
    UserPrompt::setScriptedAnswer(false);
    QTest::mouseClick(child<QPushButton>("backToTemplates"), Qt::LeftButton);
    QVERIFY(page->isEditing()); // kept
    QVERIFY(UserPrompt::lastQuestion().contains(QLatin1String("unsaved")));
    UserPrompt::setScriptedAnswer(true);
    QTest::mouseClick(child<QPushButton>("backToTemplates"), Qt::LeftButton);
    UserPrompt::setScriptedAnswer(std::nullopt);
    QVERIFY(!page->isEditing());
    QCOMPARE(TemplateService(m_db->context()).count().value(), qint64(16));
}

void TestTemplateEditor::screenshot()
{
    const QString directory = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("set RAPPORT_SCREENSHOT_DIR to write screenshots");
    TemplateEditor* editor = makeEditor();
    editor->resize(1200, 760);
    child<QLineEdit>("templateName")->setText(QStringLiteral("Renewal reminder: 30 days (TH)"));
    auto* type = child<QComboBox>("templateType");
    type->setCurrentIndex(type->findData(QStringLiteral("renewal_30_days")));
    auto* language = child<QComboBox>("templateLanguage");
    language->setCurrentIndex(language->findData(QStringLiteral("th")));
    child<QLineEdit>("templateSubject")
        ->setText(QStringLiteral("สัญญา {{contract_number}} จะสิ้นสุดวันที่ {{end_date}}"));
    auto starters = StarterTemplates::load();
    for (const EmailTemplate& t : starters.value()) {
        if (t.starterKey == QLatin1String("renewal_30_days.th"))
            editor->bodyEditor()->setHtml(t.htmlBody + QStringLiteral("<p>Contract {{contract_no}}</p>"));
    }
    editor->save();
    editor->grab().save(directory + QStringLiteral("/template-editor.png"));
    child<QTabWidget>("templateTabs")->setCurrentIndex(2);
    editor->grab().save(directory + QStringLiteral("/template-preview.png"));
    child<QTabWidget>("templateTabs")->setCurrentIndex(0);
    editor->bodyEditor()->setSourceMode(true);
    editor->grab().save(directory + QStringLiteral("/template-source.png"));
}

QTEST_MAIN(TestTemplateEditor)
#include "TestTemplateEditor.moc"
