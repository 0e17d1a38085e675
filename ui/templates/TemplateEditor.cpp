#include "TemplateEditor.h"

#include "ProblemBanner.h"
#include "RichTextEditor.h"
#include "TemplatePreview.h"
#include "VariableGuide.h"
#include "auth/Authorizer.h"
#include "records/Language.h"
#include "templates/TemplateCatalogue.h"
#include "templates/TemplateService.h"
#include "templates/TemplateTestMail.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace {
enum Tab
{
    BodyTab,
    TextTab,
    PreviewTab
};
}

TemplateEditor::TemplateEditor(ServiceContext context, QWidget* parent)
    : QWidget(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("templateEditor"));
    m_canEdit = Authorizer::can(m_context.actor, Permission::ManageTemplates);

    m_back = new QPushButton(tr("← Templates"), this);
    m_back->setObjectName(QStringLiteral("backToTemplates"));
    m_back->setFlat(true);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("templateTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveTemplate"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save the template (Ctrl+S)"));
    m_save->setVisible(m_canEdit);
    m_sendTest = new QPushButton(tr("Send test email"), this);
    m_sendTest->setObjectName(QStringLiteral("sendTestEmail"));
    m_sendTest->setToolTip(
        tr("Send the template, filled in as on the Preview tab, to your own email address"));
    auto* header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addWidget(m_title, 1);
    header->addWidget(m_sendTest);
    header->addWidget(m_save);

    m_banner = new ProblemBanner(this);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setPlaceholderText(tr("e.g. Renewal reminder, 30 days (English)"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("templateType"));
    for (const TemplateTypeInfo& type : TemplateCatalogue::types())
        m_type->addItem(type.translatedLabel(), type.code);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    for (const Language language : LanguageCodes::all())
        m_language->addItem(LanguageCodes::label(language), LanguageCodes::toCode(language));
    m_active = new QCheckBox(tr("Active"), this);
    m_active->setObjectName(QStringLiteral("templateActive"));
    m_active->setToolTip(tr("Only active templates are used by reminders and sequences."));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_subject->setPlaceholderText(tr("e.g. Your contract {{contract_number}} ends on {{end_date}}"));

    auto* fields = new QGridLayout;
    fields->addWidget(new QLabel(tr("Name:"), this), 0, 0);
    fields->addWidget(m_name, 0, 1);
    fields->addWidget(new QLabel(tr("Type:"), this), 0, 2);
    fields->addWidget(m_type, 0, 3);
    fields->addWidget(new QLabel(tr("Language:"), this), 0, 4);
    fields->addWidget(m_language, 0, 5);
    fields->addWidget(m_active, 0, 6);
    fields->addWidget(new QLabel(tr("Subject:"), this), 1, 0);
    fields->addWidget(m_subject, 1, 1, 1, 6);
    fields->setColumnStretch(1, 2);
    fields->setColumnStretch(3, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("templateTabs"));
    m_body = new RichTextEditor(m_tabs);
    m_textBody = new QPlainTextEdit(m_tabs);
    m_textBody->setObjectName(QStringLiteral("templateTextBody"));
    m_textBody->setPlaceholderText(
        tr("Optional. Leave empty and the plain-text part of the mail is made from the HTML body "
           "(links are kept as \"text (address)\")."));
    m_preview = new TemplatePreview(m_context, m_tabs);
    m_tabs->addTab(m_body, tr("Body"));
    m_tabs->addTab(m_textBody, tr("Plain text"));
    m_tabs->addTab(m_preview, tr("Preview"));

    m_guide = new VariableGuide(this);
    auto* guideScroll = new QScrollArea(this);
    guideScroll->setObjectName(QStringLiteral("variableGuideScroll"));
    guideScroll->setWidget(m_guide);
    guideScroll->setWidgetResizable(true);
    guideScroll->setFrameShape(QFrame::NoFrame);
    guideScroll->setMinimumWidth(220);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("templateSplitter"));
    splitter->addWidget(m_tabs);
    splitter->addWidget(guideScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_banner);
    layout->addLayout(fields);
    layout->addWidget(splitter, 1);

    m_validateTimer = new QTimer(this);
    m_validateTimer->setSingleShot(true);
    m_validateTimer->setInterval(300);
    connect(m_validateTimer, &QTimer::timeout, this, &TemplateEditor::revalidate);

    for (QWidget* input : {static_cast<QWidget*>(m_subject), static_cast<QWidget*>(m_body->designView()),
                           static_cast<QWidget*>(m_body->sourceView()), static_cast<QWidget*>(m_textBody)})
        input->installEventFilter(this);
    m_lastInput = m_body->designView();

    connect(m_save, &QPushButton::clicked, this, &TemplateEditor::save);
    connect(m_sendTest, &QPushButton::clicked, this, &TemplateEditor::sendTestEmail);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_canEdit)
            save();
    });
    connect(m_back, &QPushButton::clicked, this, &TemplateEditor::closeRequested);
    connect(m_guide, &VariableGuide::insertRequested, this, &TemplateEditor::insertPlaceholder);
    connect(m_banner, &ProblemBanner::problemActivated, this, &TemplateEditor::selectProblem);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        markModified();
        updateTitle();
    });
    connect(m_subject, &QLineEdit::textChanged, this, &TemplateEditor::markModified);
    connect(m_textBody, &QPlainTextEdit::textChanged, this, &TemplateEditor::markModified);
    connect(m_body, &RichTextEditor::changed, this, &TemplateEditor::markModified);
    connect(m_active, &QCheckBox::toggled, this, &TemplateEditor::markModified);
    connect(m_language, &QComboBox::currentIndexChanged, this, &TemplateEditor::markModified);
    connect(m_type, &QComboBox::currentIndexChanged, this, &TemplateEditor::typeChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TemplateEditor::tabChanged);

    if (!m_canEdit) {
        for (QLineEdit* edit : {m_name, m_subject})
            edit->setReadOnly(true);
        m_textBody->setReadOnly(true);
        m_body->setReadOnly(true);
        for (QWidget* w : {static_cast<QWidget*>(m_type), static_cast<QWidget*>(m_language),
                           static_cast<QWidget*>(m_active)})
            w->setEnabled(false);
        m_guide->setEnabled(false);
    }
    newTemplate();
}

void TemplateEditor::newTemplate(const QString& typeCode, const QString& language)
{
    m_loading = true;
    m_id = 0;
    m_starterKey.clear();
    m_name->clear();
    m_type->setCurrentIndex(std::max(0, m_type->findData(typeCode)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    m_active->setChecked(false);
    m_subject->clear();
    m_body->setSourceMode(false);
    m_body->setHtml(QString());
    m_textBody->clear();
    m_guide->setTemplateType(m_type->currentData().toString());
    m_banner->clear();
    m_showProblems = false;
    m_tabs->setCurrentIndex(BodyTab);
    m_loading = false;
    m_modified = false;
    updateTitle();
}

Status TemplateEditor::load(qint64 id)
{
    auto loaded = TemplateService(m_context).get(id);
    if (!loaded)
        return loaded.error();
    const EmailTemplate& t = loaded.value();
    m_loading = true;
    m_id = t.id;
    m_starterKey = t.starterKey;
    m_name->setText(t.name);
    m_type->setCurrentIndex(std::max(0, m_type->findData(t.templateType)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(t.language)));
    m_active->setChecked(t.isActive);
    m_subject->setText(t.subject);
    m_body->setSourceMode(false);
    m_body->setHtml(t.htmlBody);
    m_textBody->setPlainText(t.textBody);
    m_guide->setTemplateType(t.templateType);
    m_banner->clear();
    m_showProblems = false;
    m_tabs->setCurrentIndex(BodyTab);
    m_loading = false;
    m_modified = false;
    updateTitle();
    return Status::success();
}

EmailTemplate TemplateEditor::currentTemplate() const
{
    EmailTemplate t;
    t.id = m_id;
    t.starterKey = m_starterKey;
    t.name = m_name->text();
    t.templateType = m_type->currentData().toString();
    t.language = m_language->currentData().toString();
    t.isActive = m_active->isChecked();
    t.subject = m_subject->text();
    t.htmlBody = m_body->html();
    t.textBody = m_textBody->toPlainText();
    return t;
}

bool TemplateEditor::save()
{
    if (!m_canEdit)
        return false;
    const EmailTemplate t = currentTemplate();
    const TemplateService service(m_context);
    m_lastValidatedHtml = t.htmlBody;
    m_lastProblems = service.problems(t);
    if (!m_lastProblems.isEmpty()) {
        m_showProblems = true;
        m_banner->setProblems(m_lastProblems);
        return false;
    }
    Status stored = Status::success();
    qint64 id = m_id;
    if (m_id == 0) {
        auto created = service.create(t);
        if (created)
            id = created.value();
        else
            stored = created.error();
    } else {
        stored = service.update(t);
    }
    if (!stored) {
        m_banner->showError(tr("The template was not saved: %1").arg(stored.error().message));
        if (stored.error().field == QLatin1String("name"))
            m_name->setFocus();
        return false;
    }
    m_id = id;
    m_showProblems = false;
    m_banner->clear();
    m_modified = false;
    updateTitle();
    emit saved(m_id);
    return true;
}

bool TemplateEditor::sendTestEmail()
{
    const EmailTemplate t = currentTemplate();
    const TemplateTestMail testMail(m_context);
    const QList<TemplateProblem> problems = testMail.problems(t);
    if (!problems.isEmpty()) {
        m_lastValidatedHtml = t.htmlBody;
        m_lastProblems = problems;
        m_banner->setProblems(problems, tr("The test email was not sent. Click a problem to select it:"));
        return false;
    }
    auto sent = testMail.send(t, m_preview->contactId());
    if (!sent) {
        m_banner->showError(tr("The test email was not sent: %1").arg(sent.error().message));
        return false;
    }
    m_banner->showInfo(
        tr("Test email queued to %1; it goes out with the next scheduler run.").arg(sent.value()));
    return true;
}

void TemplateEditor::insertPlaceholder(const QString& placeholder)
{
    if (!m_canEdit)
        return;
    if (m_lastInput == m_subject) {
        m_subject->insert(placeholder);
        m_subject->setFocus();
    } else if (m_lastInput == m_textBody) {
        m_textBody->insertPlainText(placeholder);
        m_textBody->setFocus();
    } else {
        if (m_tabs->currentIndex() != BodyTab)
            m_tabs->setCurrentIndex(BodyTab);
        m_body->insertAtCursor(placeholder);
    }
}

void TemplateEditor::selectProblem(const TemplateProblem& problem)
{
    if (problem.field == QLatin1String("subject")) {
        m_subject->setFocus();
        m_subject->setSelection(static_cast<int>(problem.position), static_cast<int>(problem.length));
    } else if (problem.field == QLatin1String("text_body")) {
        m_tabs->setCurrentIndex(TextTab);
        QTextCursor cursor = m_textBody->textCursor();
        cursor.setPosition(static_cast<int>(problem.position));
        cursor.setPosition(static_cast<int>(problem.position + problem.length), QTextCursor::KeepAnchor);
        m_textBody->setTextCursor(cursor);
        m_textBody->setFocus();
    } else if (problem.field == QLatin1String("html_body")) {
        m_tabs->setCurrentIndex(BodyTab);
        if (m_body->isSourceMode() && m_body->html() == m_lastValidatedHtml) {
            m_body->selectSourceRange(problem.position, problem.length);
        } else if (!problem.snippet.isEmpty()) {
            // The positions are in the HTML; find the same occurrence of the snippet in the text.
            const int occurrence =
                static_cast<int>(m_lastValidatedHtml.left(problem.position).count(problem.snippet));
            if (!m_body->selectOccurrence(problem.snippet, occurrence))
                m_body->selectOccurrence(problem.snippet, 0);
        } else {
            m_body->designView()->setFocus();
        }
    } else if (problem.field == QLatin1String("name")) {
        m_name->setFocus();
        m_name->selectAll();
    } else if (problem.field == QLatin1String("template_type")) {
        m_type->setFocus();
    } else if (problem.field == QLatin1String("language")) {
        m_language->setFocus();
    }
}

bool TemplateEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn) {
        if (auto* widget = qobject_cast<QWidget*>(watched))
            m_lastInput = widget;
    }
    return QWidget::eventFilter(watched, event);
}

void TemplateEditor::markModified()
{
    if (m_loading)
        return;
    m_modified = true;
    updateTitle();
    if (m_showProblems)
        m_validateTimer->start();
}

void TemplateEditor::typeChanged()
{
    m_guide->setTemplateType(m_type->currentData().toString());
    if (m_loading)
        return;
    markModified();
    // Variables valid for the old type may not be for the new one: say so at once.
    m_showProblems = true;
    revalidate();
    if (m_tabs->currentIndex() == PreviewTab)
        m_preview->setTemplate(currentTemplate());
}

void TemplateEditor::revalidate()
{
    if (!m_showProblems)
        return;
    const EmailTemplate t = currentTemplate();
    m_lastValidatedHtml = t.htmlBody;
    m_lastProblems = TemplateService(m_context).problems(t);
    m_banner->setProblems(m_lastProblems);
    if (m_lastProblems.isEmpty())
        m_showProblems = false;
}

void TemplateEditor::updateTitle()
{
    QString title = m_name->text().trimmed();
    if (title.isEmpty())
        title = m_id == 0 ? tr("New template") : tr("Untitled template");
    if (!m_canEdit)
        title += tr(" (view only)");
    else if (m_modified)
        title += QStringLiteral(" •");
    m_title->setText(title);
}

void TemplateEditor::tabChanged(int index)
{
    if (index == PreviewTab)
        m_preview->setTemplate(currentTemplate());
}
