#include "RichTextEditor.h"

#include "EditorIcons.h"
#include "LinkDialog.h"
#include "SafeTextDocument.h"
#include "templates/HtmlSanitizer.h"

#include <QAction>
#include <QActionGroup>
#include <QColorDialog>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

RichTextEditor::RichTextEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("richTextEditor"));
    m_toolbar = new QToolBar(this);
    m_toolbar->setObjectName(QStringLiteral("formatToolbar"));
    m_toolbar->setIconSize(QSize(16, 16));
    m_stack = new QStackedWidget(this);
    m_design = new QTextEdit(m_stack);
    m_design->setObjectName(QStringLiteral("templateBody"));
    m_document = new SafeTextDocument(m_design);
    m_design->setDocument(m_document);
    m_design->setAcceptRichText(true);
    m_design->setTabChangesFocus(false);
    m_source = new QPlainTextEdit(m_stack);
    m_source->setObjectName(QStringLiteral("templateSource"));
    m_source->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_source->setFont(mono);
    m_stack->addWidget(m_design);
    m_stack->addWidget(m_source);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_stack, 1);
    buildToolbar();

    connect(m_design, &QTextEdit::textChanged, this, &RichTextEditor::changed);
    connect(m_source, &QPlainTextEdit::textChanged, this, &RichTextEditor::changed);
    connect(m_design, &QTextEdit::currentCharFormatChanged, this, &RichTextEditor::updateActions);
    connect(m_design, &QTextEdit::cursorPositionChanged, this, &RichTextEditor::updateActions);
    updateActions();
}

QAction* RichTextEditor::makeAction(const QString& name, const QString& text, const QString& icon,
                                    const QKeySequence& shortcut, bool checkable)
{
    auto* action = new QAction(text, this);
    action->setObjectName(name);
    const QIcon drawn = EditorIcons::icon(icon, palette().color(QPalette::WindowText));
    if (!drawn.isNull())
        action->setIcon(drawn);
    action->setCheckable(checkable);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(text.isEmpty() ? name : QString(text).remove(QLatin1Char('&')),
                                          shortcut.toString(QKeySequence::NativeText)));
    }
    m_toolbar->addAction(action);
    // Also on the editor itself, so the shortcuts work while the text view has the focus.
    QWidget::addAction(action);
    m_actions.insert(name, action);
    return action;
}

void RichTextEditor::buildToolbar()
{
    QAction* undo = makeAction(QStringLiteral("formatUndo"), tr("Undo"), QStringLiteral("edit-undo"),
                               QKeySequence::Undo, false);
    QAction* redo = makeAction(QStringLiteral("formatRedo"), tr("Redo"), QStringLiteral("edit-redo"),
                               QKeySequence::Redo, false);
    connect(undo, &QAction::triggered, this,
            [this] { isSourceMode() ? m_source->undo() : m_design->undo(); });
    connect(redo, &QAction::triggered, this,
            [this] { isSourceMode() ? m_source->redo() : m_design->redo(); });
    undo->setEnabled(false); // nothing to undo until the first edit
    redo->setEnabled(false);
    connect(m_design, &QTextEdit::undoAvailable, this, [this, undo](bool available) {
        if (!isSourceMode())
            undo->setEnabled(available);
    });
    connect(m_design, &QTextEdit::redoAvailable, this, [this, redo](bool available) {
        if (!isSourceMode())
            redo->setEnabled(available);
    });
    connect(m_source, &QPlainTextEdit::undoAvailable, this, [this, undo](bool available) {
        if (isSourceMode())
            undo->setEnabled(available);
    });
    connect(m_source, &QPlainTextEdit::redoAvailable, this, [this, redo](bool available) {
        if (isSourceMode())
            redo->setEnabled(available);
    });
    m_toolbar->addSeparator();

    m_heading = new QComboBox(m_toolbar);
    m_heading->setObjectName(QStringLiteral("formatHeading"));
    m_heading->setToolTip(tr("Paragraph style"));
    m_heading->addItem(tr("Paragraph"), 0);
    m_heading->addItem(tr("Heading 1"), 1);
    m_heading->addItem(tr("Heading 2"), 2);
    m_heading->addItem(tr("Heading 3"), 3);
    m_heading->setFocusPolicy(Qt::NoFocus);
    m_toolbar->addWidget(m_heading);
    connect(m_heading, &QComboBox::activated, this, [this](int index) {
        setHeading(m_heading->itemData(index).toInt());
        m_design->setFocus();
    });

    const auto fontAction = [this](const QString& name, const QString& text, const QString& icon,
                                   const QKeySequence& key, auto&& style) {
        QAction* action = makeAction(name, text, icon, key, true);
        if (action->icon().isNull()) {
            QFont font = action->font();
            style(font);
            action->setFont(font);
        }
        return action;
    };
    QAction* bold = fontAction(QStringLiteral("formatBold"), tr("B"), QStringLiteral("format-text-bold"),
                               QKeySequence::Bold, [](QFont& f) { f.setBold(true); });
    QAction* italic =
        fontAction(QStringLiteral("formatItalic"), tr("I"), QStringLiteral("format-text-italic"),
                   QKeySequence::Italic, [](QFont& f) { f.setItalic(true); });
    QAction* underline =
        fontAction(QStringLiteral("formatUnderline"), tr("U"), QStringLiteral("format-text-underline"),
                   QKeySequence::Underline, [](QFont& f) { f.setUnderline(true); });
    QAction* strike =
        fontAction(QStringLiteral("formatStrike"), tr("S"), QStringLiteral("format-text-strikethrough"),
                   QKeySequence(tr("Ctrl+Shift+X")), [](QFont& f) { f.setStrikeOut(true); });
    bold->setToolTip(
        tr("Bold (%1)").arg(QKeySequence(QKeySequence::Bold).toString(QKeySequence::NativeText)));
    italic->setToolTip(
        tr("Italic (%1)").arg(QKeySequence(QKeySequence::Italic).toString(QKeySequence::NativeText)));
    underline->setToolTip(
        tr("Underline (%1)").arg(QKeySequence(QKeySequence::Underline).toString(QKeySequence::NativeText)));
    strike->setToolTip(tr("Strikethrough (Ctrl+Shift+X)"));
    connect(bold, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontWeight(on ? QFont::Bold : QFont::Normal);
        mergeFormat(format);
    });
    connect(italic, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontItalic(on);
        mergeFormat(format);
    });
    connect(underline, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontUnderline(on);
        mergeFormat(format);
    });
    connect(strike, &QAction::triggered, this, [this](bool on) {
        QTextCharFormat format;
        format.setFontStrikeOut(on);
        mergeFormat(format);
    });
    QAction* color = makeAction(QStringLiteral("formatColor"), tr("Colour"),
                                QStringLiteral("format-text-color"), {}, false);
    color->setToolTip(tr("Text colour"));
    color->setIcon(EditorIcons::colorIcon(palette().color(QPalette::WindowText), QColor(0xc0, 0x1c, 0x28)));
    connect(color, &QAction::triggered, this, &RichTextEditor::chooseColor);
    m_toolbar->addSeparator();

    QAction* bullets = makeAction(QStringLiteral("formatBulletList"), tr("• List"),
                                  QStringLiteral("format-list-unordered"), {}, true);
    QAction* numbers = makeAction(QStringLiteral("formatNumberedList"), tr("1. List"),
                                  QStringLiteral("format-list-ordered"), {}, true);
    bullets->setToolTip(tr("Bulleted list"));
    numbers->setToolTip(tr("Numbered list"));
    connect(bullets, &QAction::triggered, this, [this] { toggleList(QTextListFormat::ListDisc); });
    connect(numbers, &QAction::triggered, this, [this] { toggleList(QTextListFormat::ListDecimal); });
    m_toolbar->addSeparator();

    auto* alignment = new QActionGroup(this);
    const struct
    {
        const char* name;
        const char* text;
        const char* icon;
        Qt::Alignment align;
    } aligns[] = {
        {"formatAlignLeft", QT_TR_NOOP("Left"), "format-justify-left", Qt::AlignLeft | Qt::AlignAbsolute},
        {"formatAlignCenter", QT_TR_NOOP("Centre"), "format-justify-center", Qt::AlignHCenter},
        {"formatAlignRight", QT_TR_NOOP("Right"), "format-justify-right", Qt::AlignRight | Qt::AlignAbsolute},
        {"formatAlignJustify", QT_TR_NOOP("Justify"), "format-justify-fill", Qt::AlignJustify},
    };
    for (const auto& entry : aligns) {
        QAction* action = makeAction(QString::fromLatin1(entry.name), tr(entry.text),
                                     QString::fromLatin1(entry.icon), {}, true);
        action->setToolTip(tr("Align: %1").arg(tr(entry.text)));
        alignment->addAction(action);
        const Qt::Alignment align = entry.align;
        connect(action, &QAction::triggered, this, [this, align] {
            m_design->setAlignment(align);
            updateActions();
        });
    }
    m_toolbar->addSeparator();

    QAction* link = makeAction(QStringLiteral("formatLink"), tr("Link…"), QStringLiteral("insert-link"),
                               QKeySequence(tr("Ctrl+K")), false);
    connect(link, &QAction::triggered, this, &RichTextEditor::editLink);
    QAction* clear = makeAction(QStringLiteral("formatClear"), tr("Clear formatting"),
                                QStringLiteral("edit-clear"), QKeySequence(tr("Ctrl+\\")), false);
    connect(clear, &QAction::triggered, this, &RichTextEditor::clearFormatting);
    m_toolbar->addSeparator();

    QAction* source = makeAction(QStringLiteral("formatSource"), tr("HTML source"),
                                 QStringLiteral("text-html"), QKeySequence(tr("Ctrl+Shift+H")), true);
    source->setToolTip(tr("Show and edit the HTML that is stored and sent (Ctrl+Shift+H)"));
    connect(source, &QAction::toggled, this, &RichTextEditor::setSourceMode);
}

QString RichTextEditor::html() const
{
    if (isSourceMode())
        return m_source->toPlainText();
    return HtmlSanitizer::sanitize(m_document->toHtml());
}

void RichTextEditor::setHtml(const QString& html)
{
    if (isSourceMode())
        m_source->setPlainText(html);
    m_document->setHtml(html);
    m_document->setModified(false);
    updateActions();
}

bool RichTextEditor::isSourceMode() const
{
    return m_stack->currentWidget() == m_source;
}

void RichTextEditor::setSourceMode(bool source)
{
    if (source == isSourceMode())
        return;
    if (source) {
        // What the source shows is exactly what would be stored: the sanitised email HTML.
        m_source->setPlainText(HtmlSanitizer::sanitize(m_document->toHtml()));
        m_stack->setCurrentWidget(m_source);
        m_source->setFocus();
    } else {
        m_document->setHtml(m_source->toPlainText());
        m_stack->setCurrentWidget(m_design);
        m_design->setFocus();
    }
    QAction* toggle = m_actions.value(QStringLiteral("formatSource"));
    if (toggle->isChecked() != source) {
        const QSignalBlocker blocker(toggle);
        toggle->setChecked(source);
    }
    // Formatting acts on the design view only.
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        if (it.key() != QLatin1String("formatSource") && it.key() != QLatin1String("formatUndo") &&
            it.key() != QLatin1String("formatRedo"))
            it.value()->setEnabled(!source && !m_design->isReadOnly());
    }
    m_heading->setEnabled(!source && !m_design->isReadOnly());
    // Undo and redo follow the view that is shown; each keeps its own history.
    const QTextDocument* shown = source ? m_source->document() : m_document;
    m_actions.value(QStringLiteral("formatUndo"))
        ->setEnabled(!m_design->isReadOnly() && shown->isUndoAvailable());
    m_actions.value(QStringLiteral("formatRedo"))
        ->setEnabled(!m_design->isReadOnly() && shown->isRedoAvailable());
    emit changed();
}

void RichTextEditor::setReadOnly(bool readOnly)
{
    m_design->setReadOnly(readOnly);
    m_source->setReadOnly(readOnly);
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        if (it.key() != QLatin1String("formatSource"))
            it.value()->setEnabled(!readOnly);
    }
    m_heading->setEnabled(!readOnly);
}

void RichTextEditor::insertAtCursor(const QString& text)
{
    if (isSourceMode()) {
        m_source->insertPlainText(text);
        m_source->setFocus();
        return;
    }
    m_design->textCursor().insertText(text);
    m_design->setFocus();
}

void RichTextEditor::mergeFormat(const QTextCharFormat& format)
{
    QTextCursor cursor = m_design->textCursor();
    const bool hadSelection = cursor.hasSelection();
    if (!hadSelection)
        cursor.select(QTextCursor::WordUnderCursor);
    if (cursor.hasSelection())
        cursor.mergeCharFormat(format);
    // Without a selection the format also applies to what is typed next. With one, merging again
    // through the editor would format the selection a second time as a separate undo step, so a
    // single Undo would leave the formatting in place.
    if (!hadSelection)
        m_design->mergeCurrentCharFormat(format);
    m_design->setFocus();
}

void RichTextEditor::setHeading(int level)
{
    QTextCursor cursor = m_design->textCursor();
    cursor.beginEditBlock();
    QTextBlockFormat block = cursor.blockFormat();
    block.setHeadingLevel(level);
    cursor.setBlockFormat(block);
    // As Qt's own HTML reader does for <h1>…<h3>: bold and larger (+3 … +1); a paragraph goes back
    // to the normal size and weight.
    QTextCharFormat chars;
    chars.setFontWeight(level > 0 ? QFont::Bold : QFont::Normal);
    chars.setProperty(QTextFormat::FontSizeAdjustment, level > 0 ? 4 - level : 0);
    QTextCursor whole = cursor;
    whole.select(QTextCursor::BlockUnderCursor);
    whole.mergeCharFormat(chars);
    m_design->mergeCurrentCharFormat(chars);
    cursor.endEditBlock();
    updateActions();
}

void RichTextEditor::toggleList(int style)
{
    QTextCursor cursor = m_design->textCursor();
    cursor.beginEditBlock();
    QTextList* list = cursor.currentList();
    if (list && list->format().style() == static_cast<QTextListFormat::Style>(style)) {
        // Leave the list: the paragraph keeps its text, without bullet or indent.
        list->remove(cursor.block());
        QTextBlockFormat block = cursor.blockFormat();
        block.setIndent(0);
        cursor.setBlockFormat(block);
    } else if (list) {
        QTextListFormat format = list->format();
        format.setStyle(static_cast<QTextListFormat::Style>(style));
        list->setFormat(format);
    } else {
        QTextListFormat format;
        format.setStyle(static_cast<QTextListFormat::Style>(style));
        format.setIndent(1);
        cursor.createList(format);
    }
    cursor.endEditBlock();
    updateActions();
    m_design->setFocus();
}

void RichTextEditor::clearFormatting()
{
    QTextCursor cursor = m_design->textCursor();
    cursor.beginEditBlock();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::BlockUnderCursor);
    cursor.setCharFormat(QTextCharFormat());
    // Every block touched goes back to a plain, left-aligned paragraph outside any list.
    QTextCursor walker(m_document);
    walker.setPosition(cursor.selectionStart());
    const int end = cursor.selectionEnd();
    while (true) {
        QTextBlock block = walker.block();
        if (QTextList* list = block.textList())
            list->remove(block);
        walker.setBlockFormat(QTextBlockFormat());
        if (block.position() + block.length() > end || !walker.movePosition(QTextCursor::NextBlock))
            break;
    }
    cursor.endEditBlock();
    m_design->setCurrentCharFormat(QTextCharFormat());
    updateActions();
    m_design->setFocus();
}

void RichTextEditor::applyLink(const QString& url, const QString& text)
{
    QTextCursor cursor = m_design->textCursor();
    cursor.beginEditBlock();
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(url.trimmed());
    format.setFontUnderline(true);
    format.setForeground(QColor(QStringLiteral("#1a5fb4")));
    if (!cursor.hasSelection() || (!text.isEmpty() && text != cursor.selectedText())) {
        const QString shown = text.isEmpty() ? url.trimmed() : text;
        QTextCharFormat inserted = cursor.charFormat();
        inserted.merge(format);
        cursor.insertText(shown, inserted);
    } else {
        cursor.mergeCharFormat(format);
    }
    cursor.endEditBlock();
    // Typing after the link must not extend it. (With a selection, setCurrentCharFormat would
    // re-format the selection, so collapse it to its end first.)
    cursor.clearSelection();
    m_design->setTextCursor(cursor);
    QTextCharFormat plain = m_design->currentCharFormat();
    plain.setAnchor(false);
    plain.setAnchorHref(QString());
    plain.clearForeground();
    plain.setFontUnderline(false);
    m_design->setCurrentCharFormat(plain);
    m_design->setFocus();
}

void RichTextEditor::removeLink()
{
    QTextCursor cursor = m_design->textCursor();
    QTextCharFormat format;
    format.setAnchor(false);
    format.setAnchorHref(QString());
    format.setFontUnderline(false);
    format.clearForeground();
    cursor.mergeCharFormat(format);
}

void RichTextEditor::editLink()
{
    QTextCursor cursor = m_design->textCursor();
    const QString currentHref = cursor.charFormat().anchorHref();
    // On an existing link with nothing selected: select the whole link to edit it.
    if (!currentHref.isEmpty() && !cursor.hasSelection()) {
        const QTextBlock block = cursor.block();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.contains(cursor.position()) && fragment.charFormat().anchorHref() == currentHref) {
                cursor.setPosition(fragment.position());
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                m_design->setTextCursor(cursor);
                break;
            }
        }
    }
    LinkDialog dialog(this);
    dialog.setLink(currentHref, cursor.selectedText(), !currentHref.isEmpty());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.removeRequested())
        removeLink();
    else
        applyLink(dialog.url(), dialog.text());
}

void RichTextEditor::setTextColor(const QColor& color)
{
    QTextCharFormat format;
    format.setForeground(color);
    mergeFormat(format);
}

void RichTextEditor::chooseColor()
{
    const QColor chosen = QColorDialog::getColor(m_design->textColor(), this, tr("Text colour"));
    if (!chosen.isValid())
        return;
    setTextColor(chosen);
    m_actions.value(QStringLiteral("formatColor"))
        ->setIcon(EditorIcons::colorIcon(palette().color(QPalette::WindowText), chosen));
}

bool RichTextEditor::selectOccurrence(const QString& snippet, int occurrence)
{
    if (isSourceMode()) {
        const QString text = m_source->toPlainText();
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i) {
            at = text.indexOf(snippet, at + 1);
            if (at < 0)
                return false;
        }
        return selectSourceRange(at, snippet.size());
    }
    QTextCursor found(m_document);
    for (int i = 0; i <= occurrence; ++i) {
        found = m_document->find(snippet, found, QTextDocument::FindCaseSensitively);
        if (found.isNull())
            return false;
    }
    m_design->setTextCursor(found);
    m_design->setFocus();
    m_design->ensureCursorVisible();
    return true;
}

bool RichTextEditor::selectSourceRange(qsizetype position, qsizetype length)
{
    if (!isSourceMode())
        return false;
    QTextCursor cursor = m_source->textCursor();
    cursor.setPosition(static_cast<int>(position));
    cursor.setPosition(static_cast<int>(position + length), QTextCursor::KeepAnchor);
    m_source->setTextCursor(cursor);
    m_source->setFocus();
    m_source->ensureCursorVisible();
    return true;
}

void RichTextEditor::updateActions()
{
    if (m_updating)
        return;
    m_updating = true;
    const QTextCharFormat format = m_design->currentCharFormat();
    m_actions.value(QStringLiteral("formatBold"))->setChecked(format.fontWeight() >= QFont::Bold);
    m_actions.value(QStringLiteral("formatItalic"))->setChecked(format.fontItalic());
    m_actions.value(QStringLiteral("formatUnderline"))->setChecked(format.fontUnderline());
    m_actions.value(QStringLiteral("formatStrike"))->setChecked(format.fontStrikeOut());
    const QTextCursor cursor = m_design->textCursor();
    const QTextList* list = cursor.currentList();
    m_actions.value(QStringLiteral("formatBulletList"))
        ->setChecked(list && list->format().style() == QTextListFormat::ListDisc);
    m_actions.value(QStringLiteral("formatNumberedList"))
        ->setChecked(list && list->format().style() == QTextListFormat::ListDecimal);
    const Qt::Alignment align = m_design->alignment();
    m_actions.value(QStringLiteral("formatAlignCenter"))->setChecked(align & Qt::AlignHCenter);
    m_actions.value(QStringLiteral("formatAlignRight"))->setChecked(align & Qt::AlignRight);
    m_actions.value(QStringLiteral("formatAlignJustify"))->setChecked(align & Qt::AlignJustify);
    m_actions.value(QStringLiteral("formatAlignLeft"))->setChecked(align & Qt::AlignLeft);
    const int level = cursor.blockFormat().headingLevel();
    const int index = m_heading->findData(level);
    m_heading->setCurrentIndex(index < 0 ? 0 : index);
    m_updating = false;
}
