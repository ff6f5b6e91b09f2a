#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QRegularExpression>

bool ServerProcess::start(quint16 port, QString *why)
{
    m_process.setProgram(QStringLiteral(JUNHENG_SERVER_BIN));
    // Plain HTTP on loopback (the flag the server requires for it; TLS is its default) unless the test
    // gives the server a certificate.
    QStringList arguments{"--data-dir", m_dataDir, "--host", "127.0.0.1", "--port", QString::number(port)};
    if (!m_extraArguments.contains(QStringLiteral("--tls-cert")))
        arguments << QStringLiteral("--insecure-http");
    m_process.setArguments(arguments + m_extraArguments);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *why = m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral("listening on (http\\S+)"));
    QByteArray seen;
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            *why = QStringLiteral("no 'listening on' line; stderr: ") +
                   QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        seen += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(seen));
        if (match.hasMatch()) {
            m_url = QUrl(match.captured(1));
            return true;
        }
    }
    *why = QStringLiteral("timed out waiting for the server");
    return false;
}

void ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void ServerProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

QJsonObject ProcessResult::json() const
{
    const QStringList lines = out.split('\n', Qt::SkipEmptyParts);
    return lines.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(lines.last().toUtf8()).object();
}

ProcessResult runProgram(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = QStringLiteral("timed out: ") + program + ' ' + arguments.join(' ');
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
