#include "importexport/ImportDialog.h"

#include "importexport/BackgroundJob.h"
#include "importexport/CsvReader.h"
#include "importexport/ImportService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
constexpr int kPreviewRows = 10;

QString typeLabel(DataType type)
{
    switch (type) {
    case DataType::Companies:
        return ImportDialog::tr("Companies");
    case DataType::Contacts:
        return ImportDialog::tr("Contacts");
    case DataType::Contracts:
        return ImportDialog::tr("Contracts");
    case DataType::Invoices:
        return ImportDialog::tr("Invoices");
    }
    return {};
}
} // namespace

ImportDialog::ImportDialog(ServiceContext context, QWidget* parent)
    : QDialog(parent), m_context(std::move(context))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import from CSV"));
    resize(960, 720);

    confirm = [](QWidget* parent, const QString& title, const QString& text) {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    chooseFile = [](QWidget* parent) {
        return QFileDialog::getOpenFileName(parent, tr("Choose a CSV file"), QString(),
                                            tr("CSV files (*.csv *.txt);;All files (*)"));
    };

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("importBanner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("importType"));
    for (DataType type : {DataType::Companies, DataType::Contacts, DataType::Contracts})
        m_type->addItem(typeLabel(type), static_cast<int>(type));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    m_choose = new QPushButton(tr("Choose…"), this);
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto* top = new QFormLayout;
    top->addRow(tr("Import:"), m_type);
    top->addRow(tr("File:"), fileRow);

    m_mapping = new QTableWidget(0, 3, this);
    m_mapping->setObjectName(QStringLiteral("mappingTable"));
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Import into")});
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->setVisible(false);
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);

    auto* mappingBox = new QGroupBox(tr("Columns"), this);
    (new QVBoxLayout(mappingBox))->addWidget(m_mapping);
    auto* previewBox = new QGroupBox(tr("Preview of the first rows"), this);
    (new QVBoxLayout(previewBox))->addWidget(m_preview);

    m_skip = new QRadioButton(tr("Skip them (keep what is stored)"), this);
    m_skip->setObjectName(QStringLiteral("skipDuplicates"));
    m_update = new QRadioButton(tr("Update them with the file's values"), this);
    m_update->setObjectName(QStringLiteral("updateDuplicates"));
    m_skip->setChecked(true);
    auto* duplicatesBox = new QGroupBox(tr("Records that already exist"), this);
    auto* duplicatesLayout = new QHBoxLayout(duplicatesBox);
    duplicatesLayout->addWidget(m_skip);
    duplicatesLayout->addWidget(m_update);
    duplicatesLayout->addStretch(1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setMaximumHeight(90);

    m_import = new QPushButton(tr("Import"), this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    m_undo = new QPushButton(tr("Undo last import"), this);
    m_undo->setObjectName(QStringLiteral("undoImportButton"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mappingBox);
    splitter->addWidget(previewBox);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(duplicatesBox);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);

    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString path = chooseFile(this);
        if (!path.isEmpty())
            openFile(path);
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        buildMappingTable();
        startCheck();
    });
    connect(m_skip, &QRadioButton::toggled, this, [this] { startCheck(); });
    connect(m_import, &QPushButton::clicked, this, [this] { startImport(); });
    connect(m_undo, &QPushButton::clicked, this, [this] { startUndo(); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    buildMappingTable();
    refreshUndo();
}

ImportDialog::~ImportDialog()
{
    // A running check or import finishes (and its transaction ends) before the dialog goes.
    if (m_worker)
        m_worker->wait();
}

void ImportDialog::setType(DataType type)
{
    m_type->setCurrentIndex(m_type->findData(static_cast<int>(type)));
}

void ImportDialog::showBanner(const QString& text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(
        error ? QStringLiteral("background:#fdecea;color:#8a1c12;padding:6px;border-radius:4px")
              : QStringLiteral("background:#e8f4ea;color:#1d5b2a;padding:6px;border-radius:4px"));
    m_banner->setVisible(!text.isEmpty());
}

void ImportDialog::openFile(const QString& path)
{
    auto document = CsvReader::readFile(path);
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    if (!document) {
        m_document = {};
        buildMappingTable();
        showBanner(document.error().message, true);
        return;
    }
    showBanner({}, false);
    m_document = document.value();
    buildMappingTable();
    startCheck();
}

void ImportDialog::buildMappingTable()
{
    const auto type = static_cast<DataType>(m_type->currentData().toInt());
    const QStringList fields = ImportService::mappableFields(type);
    const QStringList guessed = ImportService::guessMapping(type, m_document.headers);
    m_mapping->setRowCount(static_cast<int>(m_document.headers.size()));
    for (int column = 0; column < m_document.headers.size(); ++column) {
        m_mapping->setItem(column, 0, new QTableWidgetItem(m_document.headers.at(column)));
        const QString sample =
            m_document.rows.isEmpty() ? QString() : m_document.rows.first().cells.value(column);
        m_mapping->setItem(column, 1, new QTableWidgetItem(sample.simplified()));
        auto* field = new QComboBox(m_mapping);
        field->setObjectName(QStringLiteral("mapColumn%1").arg(column));
        field->addItem(tr("(ignore this column)"), QString());
        for (const QString& name : fields)
            field->addItem(DataTypes::fieldLabel(type, name), name);
        field->setCurrentIndex(std::max(0, field->findData(guessed.value(column))));
        connect(field, &QComboBox::currentIndexChanged, this, [this] {
            fillPreview();
            startCheck();
        });
        m_mapping->setCellWidget(column, 2, field);
    }
    fillPreview();
}

ImportRequest ImportDialog::currentRequest() const
{
    ImportRequest request;
    request.type = static_cast<DataType>(m_type->currentData().toInt());
    request.document = m_document;
    request.duplicates = m_update->isChecked() ? DuplicatePolicy::Update : DuplicatePolicy::Skip;
    request.sourceName = QFileInfo(m_path).fileName();
    for (int column = 0; column < m_mapping->rowCount(); ++column) {
        auto* field = qobject_cast<QComboBox*>(m_mapping->cellWidget(column, 2));
        request.mapping << (field ? field->currentData().toString() : QString());
    }
    return request;
}

void ImportDialog::fillPreview()
{
    const ImportRequest request = currentRequest();
    QList<int> columns;
    QStringList headers;
    for (int column = 0; column < request.mapping.size(); ++column) {
        if (request.mapping.at(column).isEmpty())
            continue;
        columns << column;
        headers << DataTypes::fieldLabel(request.type, request.mapping.at(column));
    }
    const int rows = static_cast<int>(std::min<qsizetype>(kPreviewRows, m_document.rows.size()));
    m_preview->clear();
    m_preview->setColumnCount(static_cast<int>(columns.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(rows);
    QStringList lineLabels;
    for (int row = 0; row < rows; ++row) {
        const CsvDocument::Row& source = m_document.rows.at(row);
        lineLabels << tr("Line %1").arg(source.line);
        for (int i = 0; i < columns.size(); ++i)
            m_preview->setItem(row, i, new QTableWidgetItem(source.cells.value(columns.at(i))));
    }
    m_preview->setVerticalHeaderLabels(lineLabels);
    m_preview->resizeColumnsToContents();
}

void ImportDialog::setBusy(bool busy)
{
    m_type->setEnabled(!busy);
    m_choose->setEnabled(!busy);
    m_mapping->setEnabled(!busy);
    m_skip->setEnabled(!busy);
    m_update->setEnabled(!busy);
    m_import->setEnabled(!busy && m_reportValid && m_report.ok() && m_report.rows > 0);
    m_undo->setEnabled(!busy && m_undoId != 0);
    if (busy)
        m_summary->setText(tr("Working…"));
}

void ImportDialog::startCheck()
{
    m_reportValid = false;
    m_problems->clear();
    if (m_document.headers.isEmpty() || m_worker) {
        m_summary->clear();
        setBusy(!m_worker.isNull());
        return;
    }
    const ImportRequest request = currentRequest();
    setBusy(true);
    m_worker = runInBackground<Result<ImportReport>>(
        this, m_context, [request](const ServiceContext& c) { return ImportService(c).check(request); },
        [this](Result<ImportReport> report) {
            m_worker = nullptr;
            if (!report) {
                showBanner(report.error().message, true);
                setBusy(false);
                m_summary->clear();
                return;
            }
            showReport(report.value(), false);
        });
}

void ImportDialog::showReport(const ImportReport& report, bool written)
{
    m_report = report;
    m_reportValid = !written;
    m_problems->clear();
    for (const ImportProblem& problem : report.problems) {
        auto* item = new QListWidgetItem(problem.describe(), m_problems);
        item->setData(Qt::UserRole, problem.line);
    }
    const QString duplicates = report.duplicateLines.isEmpty()
                                   ? QString()
                                   : tr(" %n row(s) match records that already exist (first on line %1).",
                                        nullptr, static_cast<int>(report.duplicateLines.size()))
                                         .arg(report.duplicateLines.first());
    if (!report.ok())
        m_summary->setText(tr("%n problem(s) must be fixed in the file or the column mapping before anything "
                              "can be imported.",
                              nullptr, static_cast<int>(report.problems.size())));
    else if (written)
        m_summary->setText(tr("Imported: %1 created, %2 updated, %3 skipped.")
                               .arg(report.created)
                               .arg(report.updated)
                               .arg(report.skipped));
    else
        m_summary->setText(tr("%1 row(s) ready: %2 new, %3 to update, %4 to skip.")
                               .arg(report.rows)
                               .arg(report.created)
                               .arg(report.updated)
                               .arg(report.skipped) +
                           duplicates);
    setBusy(false);
}

void ImportDialog::startImport()
{
    if (!m_reportValid || !m_report.ok() || m_worker)
        return;
    const ImportRequest request = currentRequest();
    const QString question =
        tr("Import %1 new and update %2 %3 from %4? Nothing else changes, and the import can be undone.")
            .arg(m_report.created)
            .arg(m_report.updated)
            .arg(typeLabel(request.type).toLower(), request.sourceName);
    if (!confirm(this, tr("Import"), question))
        return;
    setBusy(true);
    m_worker = runInBackground<Result<ImportReport>>(
        this, m_context, [request](const ServiceContext& c) { return ImportService(c).run(request); },
        [this](Result<ImportReport> report) {
            m_worker = nullptr;
            if (!report) {
                showBanner(report.error().message, true);
                setBusy(false);
                return;
            }
            showReport(report.value(), report->importId != 0);
            if (report->importId != 0) {
                showBanner(tr("The import is done. Undo it with \"Undo last import\" if it was not what you "
                              "wanted."),
                           false);
                emit recordsChanged();
            }
            refreshUndo();
        });
}

void ImportDialog::refreshUndo()
{
    auto last = ImportService(m_context).lastUndoable();
    m_undoId = last && last->has_value() ? last->value().id : 0;
    if (m_undoId != 0) {
        const ImportRun& run = last->value();
        m_undo->setToolTip(tr("Undo the import of %1 (%2 created, %3 updated).")
                               .arg(run.sourceName)
                               .arg(run.created)
                               .arg(run.updated));
    }
    setBusy(!m_worker.isNull());
}

void ImportDialog::startUndo()
{
    if (m_undoId == 0 || m_worker)
        return;
    if (!confirm(this, tr("Undo import"),
                 tr("Undo the last import? Records it created are deleted and records it updated get their "
                    "previous values back.")))
        return;
    const qint64 id = m_undoId;
    setBusy(true);
    m_worker = runInBackground<Status>(
        this, m_context, [id](const ServiceContext& c) { return ImportService(c).undo(id); },
        [this](Status undone) {
            m_worker = nullptr;
            if (!undone)
                showBanner(undone.error().message, true);
            else {
                showBanner(tr("The import was undone."), false);
                emit recordsChanged();
            }
            m_summary->clear();
            refreshUndo();
            startCheck();
        });
}
