#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

namespace junheng::server {

// What the command line asked for. Errors from parse() are usage errors (exit code 2).
struct ServerConfig
{
    enum class Command { Serve, InitDemo, IssueCode, ListSchools, Help, Version };

    static constexpr quint16 DefaultPort = 8470;

    Command command = Command::Serve;
    QString dataDir;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = DefaultPort;
    bool demo = false;
    QString formsDir; // empty: the forms built into the program (":/forms")
    QString tlsCertificate;
    QString tlsKey;
    QString issueRole; // issue-code: school, town or county
    QString issueScope;
    bool json = false;
    QString helpText;

    // arguments as in QCoreApplication::arguments() (the program name first).
    static Result<ServerConfig> parse(const QStringList &arguments);

    QString databasePath() const;
    QString codesFilePath() const;
    bool usesTls() const { return !tlsCertificate.isEmpty(); }
};

} // namespace junheng::server
