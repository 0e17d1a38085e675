#pragma once

#include "common/ServiceContext.h"
#include "importexport/ImportTypes.h"

#include <QDialog>
#include <QPointer>
#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QThread;

// Import of companies, contacts or contracts from a CSV file: choose the file, map its columns
// to fields (guessed from the headers), preview the first rows, see every problem with its line
// number, choose what happens to duplicates, then confirm. Nothing is written before the
// confirmation, and then all rows in one transaction. The last import can be undone here too.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(ServiceContext context, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setType(DataType type);
    // Reads and checks the file (as if chosen with the Choose… button).
    void openFile(const QString& path);

    // Asks before importing or undoing; tests replace it to answer without a modal box.
    std::function<bool(QWidget*, const QString& title, const QString& text)> confirm;
    // Picks the file to import; tests replace it.
    std::function<QString(QWidget*)> chooseFile;

    bool isBusy() const { return !m_worker.isNull(); }
    const ImportReport& lastReport() const { return m_report; }

signals:
    // After an import or an undo changed records, so list pages can refresh.
    void recordsChanged();

private:
    void buildMappingTable();
    void fillPreview();
    void startCheck();
    void startImport();
    void startUndo();
    void showReport(const ImportReport& report, bool written);
    void refreshUndo();
    void setBusy(bool busy);
    void showBanner(const QString& text, bool error);
    ImportRequest currentRequest() const;

    ServiceContext m_context;
    CsvDocument m_document;
    QString m_path;
    ImportReport m_report;
    bool m_reportValid = false;
    qint64 m_undoId = 0;
    QPointer<QThread> m_worker;

    QLabel* m_banner;
    QComboBox* m_type;
    QLineEdit* m_file;
    QPushButton* m_choose;
    QTableWidget* m_mapping;
    QTableWidget* m_preview;
    QRadioButton* m_skip;
    QRadioButton* m_update;
    QLabel* m_summary;
    QListWidget* m_problems;
    QPushButton* m_import;
    QPushButton* m_undo;
    QPushButton* m_close;
};
