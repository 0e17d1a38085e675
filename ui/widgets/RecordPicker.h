#pragma once

#include <QList>
#include <QPair>
#include <QWidget>
#include <functional>

class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QTimer;

// Chooses one record (a company, a contract) by typing part of its name: the matches come from
// SQL a few at a time, so it stays quick with 100,000 companies where a combo box would not.
class RecordPicker : public QWidget
{
    Q_OBJECT

public:
    using Match = QPair<qint64, QString>;
    // Up to `limit` (id, label) matches for the typed text, best first.
    using SearchFunction = std::function<QList<Match>(const QString& text, int limit)>;
    using LabelFunction = std::function<QString(qint64 id)>;

    RecordPicker(SearchFunction search, LabelFunction label, QWidget* parent = nullptr);

    qint64 selectedId() const { return m_id; }
    void setSelectedId(qint64 id);
    void setPlaceholderText(const QString& text);
    QLineEdit* lineEdit() const { return m_edit; }

signals:
    void selectedIdChanged(qint64 id);

private:
    void refreshMatches();
    void choose(qint64 id, const QString& label);

    SearchFunction m_search;
    LabelFunction m_label;
    QLineEdit* m_edit;
    QCompleter* m_completer;
    QStandardItemModel* m_matches;
    QTimer* m_debounce;
    qint64 m_id = 0;
    QString m_chosenLabel;
};
