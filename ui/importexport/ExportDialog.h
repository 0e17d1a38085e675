#pragma once

#include "common/ServiceContext.h"
#include "importexport/DataType.h"
#include "records/ListQuery.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Saves the list a page shows (its filter, order and visible columns) as a CSV file, with an
// optional byte order mark so that Excel shows Thai text correctly.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(ServiceContext context, DataType type, ListQuery query, QStringList columns,
                 QWidget* parent = nullptr);

    void setFilePath(const QString& path);
    // Writes the file; false (with the reason in the dialog's banner) on failure.
    bool exportNow();

    // Picks the file to write; tests replace it.
    std::function<QString(QWidget*, const QString& suggested)> chooseFile;

private:
    ServiceContext m_context;
    DataType m_type;
    ListQuery m_query;
    QStringList m_columns;
    QLabel* m_banner;
    QLineEdit* m_file;
    QCheckBox* m_bom;
    QPushButton* m_export;
};
