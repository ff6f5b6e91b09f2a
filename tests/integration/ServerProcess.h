#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

// The real junheng-server as a child process on 127.0.0.1, and the real junheng-cli.
class ServerProcess
{
public:
    explicit ServerProcess(QString dataDir, QStringList extraArguments = {})
        : m_dataDir(std::move(dataDir)), m_extraArguments(std::move(extraArguments))
    {}
    ~ServerProcess() { stop(); }

    // Starts and waits (on output, with a timeout) for its "listening on" line. port 0: any free port.
    bool start(quint16 port, QString *why);
    void stop();
    // SIGKILL, as a power cut or the OOM killer would: no chance to finish anything.
    void kill();
    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }

private:
    QString m_dataDir;
    QStringList m_extraArguments;
    QProcess m_process;
    QUrl m_url;
};

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const; // the last line of stdout as a JSON object
};

// Runs a program to completion (bounded by a timeout) and returns its exit code and output.
ProcessResult runProgram(const QString &program, const QStringList &arguments, int timeoutMs = 30000);
