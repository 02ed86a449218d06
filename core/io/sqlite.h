#pragma once

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace cs {

// A thin RAII layer over the SQLite C API. Every failure is an InputError that names the database file.
class SqliteDatabase {
public:
    // ReadOnly opens a file from elsewhere: immutable (nothing is written beside it) and hardened against
    // crafted content. Create makes a new file that only this connection writes.
    enum class Mode { ReadOnly, Create };
    SqliteDatabase(const std::string& path, Mode mode, std::string displayName);
    // A private in-memory copy of `source` (for migrating a file without touching it).
    static SqliteDatabase copyToMemory(const SqliteDatabase& source);
    ~SqliteDatabase();
    SqliteDatabase(SqliteDatabase&& other) noexcept;
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(SqliteDatabase&&) = delete;

    void execute(const std::string& sql);
    bool tableExists(std::string_view table);
    const std::string& displayName() const { return name_; }
    sqlite3* handle() const { return db_; }
    [[noreturn]] void fail(const std::string& what) const;

private:
    SqliteDatabase(sqlite3* db, std::string displayName);
    void harden();

    sqlite3* db_ = nullptr;
    std::string name_;
};

class Statement {
public:
    Statement(SqliteDatabase& db, const std::string& sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value);
    Statement& bindNull(int index);
    // For writes: runs the statement to completion and resets it for the next bindings.
    void run();
    // For reads: true while there is a row.
    bool step();

    // Column readers check the stored type strictly; `what` names the value in messages.
    std::int64_t integer(int column, const std::string& what, std::int64_t min, std::int64_t max) const;
    double real(int column, const std::string& what) const;
    std::string text(int column, const std::string& what) const;
    bool isNull(int column) const;

private:
    [[noreturn]] void wrongType(int column, const std::string& what, const char* expected) const;

    SqliteDatabase& db_;
    sqlite3_stmt* statement_ = nullptr;
};

} // namespace cs
