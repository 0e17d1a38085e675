#pragma once

#include "common/ServiceContext.h"
#include "sequences/Sequence.h"

#include <QAbstractTableModel>

// The sequence list: name, type, trigger, steps, active enrolments and an "active" switch that
// writes through SequenceService (so a user without ManageTemplates gets the refusal back).
class SequenceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Type,
        Trigger,
        Steps,
        ActiveEnrolments,
        Active,
        ColumnCount
    };
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit SequenceListModel(ServiceContext context, QObject* parent = nullptr);

    // Re-reads the sequences; returns the error message when that failed.
    QString reload();
    const Sequence* sequenceAt(int row) const;
    int rowOf(qint64 sequenceId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    void failed(const QString& message);

private:
    ServiceContext m_context;
    QList<Sequence> m_sequences;
};
