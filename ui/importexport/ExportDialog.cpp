#include "importexport/ExportDialog.h"

#include "importexport/ExportService.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

ExportDialog::ExportDialog(ServiceContext context, DataType type, ListQuery query, QStringList columns,
                           QWidget* parent)
    : QDialog(parent), m_context(std::move(context)), m_type(type), m_query(std::move(query)),
      m_columns(std::move(columns))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export to CSV"));
    // The whole list, not the page the view has fetched so far.
    m_query.limit = -1;
    m_query.offset = 0;

    chooseFile = [](QWidget* parent, const QString& suggested) {
        return QFileDialog::getSaveFileName(parent, tr("Export to CSV"), suggested, tr("CSV files (*.csv)"));
    };

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("exportBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background:#fdecea;color:#8a1c12;padding:6px;border-radius:4px"));
    m_banner->setVisible(false);
    m_file = new QLineEdit(QDir::home().filePath(DataTypes::code(type) + QStringLiteral(".csv")), this);
    m_file->setObjectName(QStringLiteral("exportFile"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("chooseExportFile"));
    m_bom = new QCheckBox(tr("For Excel (adds a byte order mark so Thai text shows correctly)"), this);
    m_bom->setObjectName(QStringLiteral("bomCheck"));
    m_bom->setChecked(true);
    m_export = new QPushButton(tr("Export"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelButton"));

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(QString(), m_bom);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addLayout(buttons);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = chooseFile(this, m_file->text());
        if (!path.isEmpty())
            setFilePath(path);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (exportNow())
            accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
}

void ExportDialog::setFilePath(const QString& path)
{
    m_file->setText(path);
}

bool ExportDialog::exportNow()
{
    auto csv = ExportService(m_context).exportCsv(m_type, m_query, m_columns, m_bom->isChecked());
    if (!csv) {
        m_banner->setText(csv.error().message);
        m_banner->setVisible(true);
        return false;
    }
    QSaveFile file(m_file->text());
    if (!file.open(QIODevice::WriteOnly) || file.write(csv.value()) != csv->size() || !file.commit()) {
        m_banner->setText(tr("Cannot write %1: %2").arg(m_file->text(), file.errorString()));
        m_banner->setVisible(true);
        return false;
    }
    return true;
}
