#include "mail/SmtpPasswordStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace {
const QString kService = QStringLiteral("Rapport");

SmtpPasswordStore::Answer answerFrom(const QKeychain::Job& job)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("SmtpPasswordStore", text);
    };
    SmtpPasswordStore::Answer answer;
    switch (job.error()) {
    case QKeychain::NoError:
        answer.outcome = SmtpPasswordStore::Outcome::Done;
        break;
    case QKeychain::EntryNotFound:
        answer.outcome = SmtpPasswordStore::Outcome::NotFound;
        answer.message = tr("No SMTP password is stored in the keychain yet.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        answer.outcome = SmtpPasswordStore::Outcome::NoKeychain;
        answer.message = tr("No keychain is available on this computer (%1).").arg(job.errorString());
        break;
    case QKeychain::OtherError:
        // On Linux without a running Secret Service this is how the absence shows.
        answer.outcome = SmtpPasswordStore::Outcome::NoKeychain;
        answer.message = tr("The keychain cannot be used (%1).").arg(job.errorString());
        break;
    default:
        answer.outcome = SmtpPasswordStore::Outcome::Failed;
        answer.message = tr("The keychain refused: %1").arg(job.errorString());
        break;
    }
    return answer;
}
} // namespace

SmtpPasswordStore::SmtpPasswordStore(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<SmtpPasswordStore::Answer>();
}

QString SmtpPasswordStore::keyFor(const SmtpSettings& settings)
{
    return QStringLiteral("smtp:%1@%2:%3").arg(settings.user, settings.host.toLower()).arg(settings.port);
}

void SmtpPasswordStore::read(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* finished) {
        Answer answer = answerFrom(*finished);
        if (answer.outcome == Outcome::Done)
            answer.password = static_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
        emit readFinished(key, answer);
    });
    job->start();
}

void SmtpPasswordStore::write(const QString& key, const QString& password)
{
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
            [this, key](QKeychain::Job* finished) { emit writeFinished(key, answerFrom(*finished)); });
    job->start();
}

SmtpPasswordStore::Answer SmtpPasswordStore::readNow(const QString& key)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    Answer answer = answerFrom(job);
    if (answer.outcome == Outcome::Done)
        answer.password = job.textData();
    return answer;
}

SmtpPasswordStore::Answer SmtpPasswordStore::writeNow(const QString& key, const QString& password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setTextData(password);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return answerFrom(job);
}
