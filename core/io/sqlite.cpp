#include "io/sqlite.h"

#include "base/input_error.h"
#include "base/utf8.h"

#include <cmath>
#include <filesystem>
#include <sqlite3.h>

namespace cs {

SqliteDatabase::SqliteDatabase(sqlite3* db, std::string displayName)
    : db_(db)
    , name_(std::move(displayName)) {}

namespace {

// A file: URI (RFC 3986 percent-encoding of everything but unreserved characters and '/') of the absolute
// path, that opens the file immutable: no locks, and no -wal, -shm or -journal file is created beside it.
std::string immutableUri(const std::string& path) {
    static const char* const kHex = "0123456789ABCDEF";
    std::string uri = "file://";
    for (const char c : std::filesystem::absolute(path).lexically_normal().string()) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                                c == '/' || c == '-' || c == '.' || c == '_' || c == '~';
        if (unreserved) {
            uri += c;
        } else {
            uri += '%';
            uri += kHex[byte >> 4];
            uri += kHex[byte & 0xF];
        }
    }
    return uri + "?immutable=1";
}

} // namespace

SqliteDatabase::SqliteDatabase(const std::string& path, Mode mode, std::string displayName)
    : name_(std::move(displayName)) {
    const bool read_only = mode == Mode::ReadOnly;
    const int flags =
        read_only ? SQLITE_OPEN_READONLY | SQLITE_OPEN_URI : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const std::string name = read_only ? immutableUri(path) : path;
    // A connection is only ever used by the thread that opened it: no mutex on each call.
    if (sqlite3_open_v2(name.c_str(), &db_, flags | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        const std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        throw InputError(name_ + ": cannot open: " + message);
    }
    // A new file is written by us alone; only what was read from elsewhere needs the defences (which would
    // also refuse journal_mode = OFF).
    if (read_only)
        harden();
}

SqliteDatabase SqliteDatabase::copyToMemory(const SqliteDatabase& source) {
    sqlite3* memory = nullptr;
    if (sqlite3_open_v2(":memory:", &memory, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(memory);
        source.fail("cannot open an in-memory copy");
    }
    SqliteDatabase copy(memory, source.name_);
    copy.harden();
    sqlite3_backup* backup = sqlite3_backup_init(memory, "main", source.db_, "main");
    if (!backup)
        copy.fail("cannot copy");
    sqlite3_backup_step(backup, -1);
    if (sqlite3_backup_finish(backup) != SQLITE_OK)
        copy.fail("cannot copy");
    return copy;
}

// A project file may come from anyone: refuse what SQLite can be tricked into by a crafted schema.
void SqliteDatabase::harden() {
    sqlite3_db_config(db_, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db_, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(db_, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(db_, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
    sqlite3_limit(db_, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
    sqlite3_limit(db_, SQLITE_LIMIT_ATTACHED, 0);
    execute("PRAGMA cell_size_check = ON");
}

SqliteDatabase::SqliteDatabase(SqliteDatabase&& other) noexcept
    : db_(other.db_)
    , name_(std::move(other.name_)) {
    other.db_ = nullptr;
}

SqliteDatabase::~SqliteDatabase() {
    sqlite3_close(db_);
}

void SqliteDatabase::fail(const std::string& what) const {
    throw InputError(name_ + ": " + what + ": " + sqlite3_errmsg(db_));
}

void SqliteDatabase::execute(const std::string& sql) {
    char* error = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errmsg(db_);
        sqlite3_free(error);
        throw InputError(name_ + ": " + message);
    }
}

bool SqliteDatabase::tableExists(std::string_view table) {
    Statement query(*this, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?");
    query.bind(1, table);
    return query.step() && query.integer(0, "table count", 0, 1) == 1;
}

Statement::Statement(SqliteDatabase& db, const std::string& sql)
    : db_(db) {
    if (sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &statement_, nullptr) != SQLITE_OK)
        db.fail("cannot read");
}

Statement::~Statement() {
    sqlite3_finalize(statement_);
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(statement_, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(statement_, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    sqlite3_bind_text(statement_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(statement_, index);
    return *this;
}

void Statement::run() {
    if (sqlite3_step(statement_) != SQLITE_DONE)
        db_.fail("cannot write");
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
}

bool Statement::step() {
    const int result = sqlite3_step(statement_);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        db_.fail("cannot read");
    return false;
}

void Statement::wrongType(int column, const std::string& what, const char* expected) const {
    static const char* const names[] = {"?", "an integer", "a real", "text", "a blob", "null"};
    const int type = sqlite3_column_type(statement_, column);
    throw InputError(db_.displayName() + ": " + what + ": expected " + expected + ", found " +
                     names[type >= 1 && type <= 5 ? type : 0]);
}

std::int64_t Statement::integer(int column, const std::string& what, std::int64_t min,
                                std::int64_t max) const {
    if (sqlite3_column_type(statement_, column) != SQLITE_INTEGER)
        wrongType(column, what, "an integer");
    const std::int64_t value = sqlite3_column_int64(statement_, column);
    if (value < min || value > max)
        throw InputError(db_.displayName() + ": " + what + ": " + std::to_string(value) +
                         " is out of range [" + std::to_string(min) + ", " + std::to_string(max) + "]");
    return value;
}

double Statement::real(int column, const std::string& what) const {
    // A REAL column that holds a whole number comes back as REAL; accept an INTEGER written by other tools
    // too.
    const int type = sqlite3_column_type(statement_, column);
    if (type != SQLITE_FLOAT && type != SQLITE_INTEGER)
        wrongType(column, what, "a number");
    const double value = sqlite3_column_double(statement_, column);
    if (!std::isfinite(value))
        throw InputError(db_.displayName() + ": " + what + ": not a finite number");
    return value;
}

std::string Statement::text(int column, const std::string& what) const {
    if (sqlite3_column_type(statement_, column) != SQLITE_TEXT)
        wrongType(column, what, "text");
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
    std::string text(data, static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)));
    // SQLite stores whatever bytes it is given; everything downstream (JSON, SVG, the studio) needs UTF-8.
    if (const auto offset = invalidUtf8Offset(text))
        throw InputError(db_.displayName() + ": " + what + ": not valid UTF-8 (byte " +
                         std::to_string(*offset) + ")");
    return text;
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

} // namespace cs
