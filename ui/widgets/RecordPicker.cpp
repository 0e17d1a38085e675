#include "widgets/RecordPicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>

RecordPicker::RecordPicker(SearchFunction search, LabelFunction label, QWidget* parent)
    : QWidget(parent), m_search(std::move(search)), m_label(std::move(label)), m_edit(new QLineEdit(this)),
      m_completer(new QCompleter(this)), m_matches(new QStandardItemModel(this)), m_debounce(new QTimer(this))
{
    m_edit->setObjectName(QStringLiteral("recordPickerEdit"));
    m_edit->setClearButtonEnabled(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setFocusProxy(m_edit);

    // The matches already come filtered from SQL: the completer must show them all as they are.
    m_completer->setModel(m_matches);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_edit->setCompleter(m_completer);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &RecordPicker::refreshMatches);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (text.trimmed().isEmpty()) {
            choose(0, QString());
            return;
        }
        m_debounce->start();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                choose(index.data(Qt::UserRole).toLongLong(), index.data(Qt::DisplayRole).toString());
            });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        // Typed text that names no chosen record: take the single exact match, or keep the old choice.
        if (m_edit->text() == m_chosenLabel)
            return;
        const QString typed = m_edit->text().trimmed();
        if (typed.isEmpty()) {
            choose(0, QString());
            return;
        }
        const QList<Match> matches = m_search(typed, 2);
        for (const Match& match : matches) {
            if (match.second.compare(typed, Qt::CaseInsensitive) == 0 || matches.size() == 1) {
                choose(match.first, match.second);
                return;
            }
        }
    });
}

void RecordPicker::setSelectedId(qint64 id)
{
    const QString label = id != 0 ? m_label(id) : QString();
    m_edit->setText(label);
    m_chosenLabel = label;
    if (m_id != id) {
        m_id = id;
        emit selectedIdChanged(id);
    }
}

void RecordPicker::setPlaceholderText(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

void RecordPicker::refreshMatches()
{
    m_matches->clear();
    const QList<Match> matches = m_search(m_edit->text().trimmed(), 20);
    for (const Match& match : matches) {
        auto* item = new QStandardItem(match.second);
        item->setData(match.first, Qt::UserRole);
        m_matches->appendRow(item);
    }
    m_completer->complete();
}

void RecordPicker::choose(qint64 id, const QString& label)
{
    m_chosenLabel = label;
    if (m_edit->text() != label)
        m_edit->setText(label);
    if (m_id != id) {
        m_id = id;
        emit selectedIdChanged(id);
    }
}
