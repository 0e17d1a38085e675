#pragma once

#include "common/Result.h"
#include "common/ServiceContext.h"
#include "templates/EmailTemplate.h"
#include "templates/TemplateValidator.h"

#include <QWidget>

class ProblemBanner;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTimer;
class RichTextEditor;
class TemplatePreview;
class VariableGuide;

// Edits one email template: name, type, language, active, subject, the rich-text HTML body, an
// optional plain-text body, and a preview. The variable guide beside it inserts {{variables}}
// where the cursor is. Saving validates first; problems are listed in the banner (click one to
// select it) and nothing is stored until they are fixed — the text stays as typed.
class TemplateEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateEditor(ServiceContext context, QWidget* parent = nullptr);

    void newTemplate(const QString& typeCode = QStringLiteral("custom"),
                     const QString& language = QStringLiteral("en"));
    Status load(qint64 id);
    // The template as the fields now describe it (not yet sanitised or stored).
    EmailTemplate currentTemplate() const;
    qint64 templateId() const { return m_id; }
    bool isModified() const { return m_modified; }
    bool canEdit() const { return m_canEdit; }
    // Validates and stores; false (with the banner showing why) when it cannot.
    bool save();
    // Inserts "{{name}}" where the user was typing: the subject, the body or the text body.
    void insertPlaceholder(const QString& placeholder);
    // Selects the problem's text in the field it is in.
    void selectProblem(const TemplateProblem& problem);

    RichTextEditor* bodyEditor() const { return m_body; }
    TemplatePreview* preview() const { return m_preview; }
    ProblemBanner* banner() const { return m_banner; }
    VariableGuide* guide() const { return m_guide; }

signals:
    void saved(qint64 id);
    void closeRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void markModified();
    void typeChanged();
    void revalidate();
    void updateTitle();
    void tabChanged(int index);

    ServiceContext m_context;
    qint64 m_id = 0;
    QString m_starterKey;
    bool m_modified = false;
    bool m_loading = false;
    bool m_showProblems = false;
    bool m_canEdit = true;
    QList<TemplateProblem> m_lastProblems;
    QString m_lastValidatedHtml;

    QLabel* m_title;
    QPushButton* m_back;
    QPushButton* m_save;
    ProblemBanner* m_banner;
    QLineEdit* m_name;
    QComboBox* m_type;
    QComboBox* m_language;
    QCheckBox* m_active;
    QLineEdit* m_subject;
    QTabWidget* m_tabs;
    RichTextEditor* m_body;
    QPlainTextEdit* m_textBody;
    TemplatePreview* m_preview;
    VariableGuide* m_guide;
    QWidget* m_lastInput = nullptr;
    QTimer* m_validateTimer;
};
