#include "records/CompanyDetailView.h"

#include "app/AppSession.h"
#include "auth/Authorizer.h"
#include "records/CompanyService.h"
#include "records/RecordEditors.h"
#include "records/RecordListPage.h"
#include "records/RecordTableModel.h"
#include "sequences/EnrolDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

CompanyDetailView::CompanyDetailView(AppSession& session, qint64 companyId, QWidget* parent)
    : QWidget(parent), m_session(session), m_companyId(companyId), m_title(new QLabel(this)),
      m_details(new QLabel(this)), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("companyDetail"));
    auto* back = new QPushButton(tr("← All companies"), this);
    back->setObjectName(QStringLiteral("backButton"));
    back->setFlat(true);
    auto* edit = new QPushButton(tr("Edit company…"), this);
    edit->setObjectName(QStringLiteral("editCompanyButton"));
    m_title->setObjectName(QStringLiteral("companyTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("companyDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_details->setOpenExternalLinks(true);

    auto* enrol = new QPushButton(tr("Enrol in sequence…"), this);
    enrol->setObjectName(QStringLiteral("enrolCompanyButton"));
    if (auto allowed = Authorizer::require(session.context().actor, Permission::EnrolInSequences); !allowed) {
        enrol->setEnabled(false);
        enrol->setToolTip(allowed.error().message);
    }

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(enrol, 0, Qt::AlignTop);
    header->addWidget(edit, 0, Qt::AlignTop);

    m_tabs->setObjectName(QStringLiteral("companyTabs"));
    m_tabs->setDocumentMode(true);
    auto* contacts = new RecordListPage(session, RecordListPage::Kind::Contacts, this, companyId);
    auto* contracts = new RecordListPage(session, RecordListPage::Kind::Contracts, this, companyId);
    auto* invoices = new RecordListPage(session, RecordListPage::Kind::Invoices, this, companyId);
    m_tabs->addTab(contacts, tr("Contacts"));
    m_tabs->addTab(contracts, tr("Contracts"));
    m_tabs->addTab(invoices, tr("Invoices"));
    for (RecordListPage* list : {contacts, contracts, invoices}) {
        connect(list, &RecordListPage::recordsChanged, this, [this, contracts, invoices] {
            // Deleting a contract removes its invoices: keep the sibling tabs current.
            contracts->refresh();
            invoices->refresh();
        });
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addLayout(header);
    layout->addWidget(m_details);
    layout->addWidget(m_tabs, 1);

    connect(back, &QPushButton::clicked, this, &CompanyDetailView::backRequested);
    connect(edit, &QPushButton::clicked, this, [this] {
        if (RecordEditors::editCompany(m_session, m_companyId, this) != 0) {
            reloadDetails();
            emit companyChanged();
        }
    });
    connect(enrol, &QPushButton::clicked, this, &CompanyDetailView::enrolInSequence);
    reloadDetails();
}

void CompanyDetailView::enrolInSequence()
{
    // The contact selected on the Contacts tab, if any, is preselected.
    qint64 contactId = 0;
    if (RecordListPage* contacts = list(0); contacts && m_tabs->currentWidget() == contacts) {
        const QModelIndexList rows = contacts->view()->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            contactId = contacts->model()->idAt(rows.first().row());
    }
    auto* dialog = new EnrolDialog(m_session.context(), m_companyId, contactId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

RecordListPage* CompanyDetailView::currentList() const
{
    return qobject_cast<RecordListPage*>(m_tabs->currentWidget());
}

RecordListPage* CompanyDetailView::list(int tab) const
{
    return qobject_cast<RecordListPage*>(m_tabs->widget(tab));
}

void CompanyDetailView::reloadDetails()
{
    auto company = CompanyService(m_session.context()).get(m_companyId);
    if (!company) {
        m_title->setText(tr("Company not found"));
        m_details->setText(company.error().message);
        return;
    }
    m_title->setText(company->name);
    QStringList parts;
    for (const QString& part : {company->industry, company->city, company->country}) {
        if (!part.isEmpty())
            parts << part.toHtmlEscaped();
    }
    if (!company->website.isEmpty()) {
        QString url = company->website;
        if (!url.startsWith(QLatin1String("http")))
            url.prepend(QStringLiteral("https://"));
        parts << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(url.toHtmlEscaped(), company->website.toHtmlEscaped());
    }
    if (!company->paymentTerms.isEmpty())
        parts << tr("Payment terms: %1").arg(company->paymentTerms.toHtmlEscaped());
    if (!company->isActive)
        parts << tr("<b>Inactive</b>");
    m_details->setText(parts.join(QStringLiteral(" · ")));
}
