#include "common/PasswordKeychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace {
const QString kService = QStringLiteral("Rapport");

PasswordKeychain::Answer answerFrom(const QKeychain::Job& job)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("PasswordKeychain", text);
    };
    PasswordKeychain::Answer answer;
    switch (job.error()) {
    case QKeychain::NoError:
        answer.outcome = PasswordKeychain::Outcome::Done;
        break;
    case QKeychain::EntryNotFound:
        answer.outcome = PasswordKeychain::Outcome::NotFound;
        answer.message = tr("No password is stored in the keychain yet.");
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        answer.outcome = PasswordKeychain::Outcome::NoKeychain;
        answer.message = tr("No keychain is available on this computer (%1).").arg(job.errorString());
        break;
    case QKeychain::OtherError:
        // On Linux without a running Secret Service this is how the absence shows.
        answer.outcome = PasswordKeychain::Outcome::NoKeychain;
        answer.message = tr("The keychain cannot be used (%1).").arg(job.errorString());
        break;
    default:
        answer.outcome = PasswordKeychain::Outcome::Failed;
        answer.message = tr("The keychain refused: %1").arg(job.errorString());
        break;
    }
    return answer;
}

// Runs a job on the stack until the keychain answers (a local event loop: D-Bus replies arrive
// as events).
PasswordKeychain::Answer runToEnd(QKeychain::Job& job, const QString& key)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return answerFrom(job);
}
} // namespace

PasswordKeychain::PasswordKeychain(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<PasswordKeychain::Answer>();
}

void PasswordKeychain::read(const QString& key)
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

void PasswordKeychain::write(const QString& key, const QString& password)
{
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
            [this, key](QKeychain::Job* finished) { emit writeFinished(key, answerFrom(*finished)); });
    job->start();
}

PasswordKeychain::Answer PasswordKeychain::readNow(const QString& key)
{
    QKeychain::ReadPasswordJob job(kService);
    Answer answer = runToEnd(job, key);
    if (answer.outcome == Outcome::Done)
        answer.password = job.textData();
    return answer;
}

PasswordKeychain::Answer PasswordKeychain::writeNow(const QString& key, const QString& password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setTextData(password);
    return runToEnd(job, key);
}

PasswordKeychain::Answer PasswordKeychain::removeNow(const QString& key)
{
    QKeychain::DeletePasswordJob job(kService);
    Answer answer = runToEnd(job, key);
    if (answer.outcome == Outcome::NotFound)
        answer = Answer{Outcome::Done, {}, {}};
    return answer;
}
