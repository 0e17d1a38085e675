#pragma once

#include <QHash>
#include <QTextCharFormat>
#include <QWidget>

class QAction;
class QComboBox;
class QPlainTextEdit;
class QStackedWidget;
class QTextEdit;
class QToolBar;
class SafeTextDocument;

// The WYSIWYG body editor: a QTextEdit with a formatting toolbar (bold, italic, underline, strike,
// headings, lists, alignment, colour, links, undo/redo, clear formatting) and an HTML source view.
// html() is always email HTML: in design mode the document's HTML sanitised (no Qt markers,
// inline styles only), in source mode the source as typed. Switching views round-trips.
class RichTextEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RichTextEditor(QWidget* parent = nullptr);

    QString html() const;
    void setHtml(const QString& html);
    bool isSourceMode() const;
    void setSourceMode(bool source);
    void setReadOnly(bool readOnly);

    QTextEdit* designView() const { return m_design; }
    QPlainTextEdit* sourceView() const { return m_source; }
    // The toolbar action with this objectName (e.g. "formatBold"), for tests and menus.
    QAction* action(const QString& objectName) const { return m_actions.value(objectName); }

    // Inserts plain text at the cursor of the current view (keeping the character format there).
    void insertAtCursor(const QString& text);
    // Sets or replaces the link on the selection (or inserts `text` as a link at the cursor).
    void applyLink(const QString& url, const QString& text);
    void removeLink();
    void setTextColor(const QColor& color);
    void setHeading(int level); // 0 = paragraph
    // Selects the `occurrence`-th (0-based) appearance of `snippet` in the current view.
    bool selectOccurrence(const QString& snippet, int occurrence);
    // Selects characters of the source text (source mode only).
    bool selectSourceRange(qsizetype position, qsizetype length);

signals:
    void changed();

private:
    QAction* makeAction(const QString& name, const QString& text, const QString& icon,
                        const QKeySequence& shortcut, bool checkable);
    void buildToolbar();
    void mergeFormat(const QTextCharFormat& format);
    void toggleList(int style);
    void clearFormatting();
    void editLink();
    void chooseColor();
    void updateActions();

    QToolBar* m_toolbar;
    QComboBox* m_heading;
    QStackedWidget* m_stack;
    QTextEdit* m_design;
    SafeTextDocument* m_document;
    QPlainTextEdit* m_source;
    QHash<QString, QAction*> m_actions;
    bool m_updating = false;
};
