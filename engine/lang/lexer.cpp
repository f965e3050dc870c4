#include "lang/lexer.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "num/dtoa.hpp"

namespace coroscope::lang {
namespace {

void appendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

const char* const kOps3[] = {"**=", "//=", ">>=", "<<=", "...", nullptr};
const char* const kOps2[] = {"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=",
                             "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":=", nullptr};
const char kOps1[] = "+-*/%@&|^~<>()[]{},:.;=";

bool isIdentStart(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool isIdentChar(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

}  // namespace

std::string decodeEscapes(const std::string& b, bool bytes) {
  std::string out;
  out.reserve(b.size());
  for (size_t i = 0; i < b.size(); i++) {
    char c = b[i];
    if (c != '\\' || i + 1 >= b.size()) {
      out += c;
      continue;
    }
    char e = b[++i];
    switch (e) {
      case '\n':
        break;
      case '\\':
        out += '\\';
        break;
      case '\'':
        out += '\'';
        break;
      case '"':
        out += '"';
        break;
      case 'a':
        out += '\a';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case 'x': {
        int v = 0, k = 0;
        while (k < 2 && i + 1 < b.size() && hexval(b[i + 1]) >= 0) v = v * 16 + hexval(b[++i]), k++;
        if (bytes)
          out += char(v);
        else
          appendUtf8(out, uint32_t(v));
        break;
      }
      case 'u':
      case 'U': {
        if (bytes) {
          out += '\\';
          out += e;
          break;
        }
        int n = e == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (int k = 0; k < n && i + 1 < b.size() && hexval(b[i + 1]) >= 0; k++)
          v = v * 16 + uint32_t(hexval(b[++i]));
        appendUtf8(out, v);
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          int v = e - '0', k = 1;
          while (k < 3 && i + 1 < b.size() && b[i + 1] >= '0' && b[i + 1] <= '7')
            v = v * 8 + (b[++i] - '0'), k++;
          if (bytes)
            out += char(v);
          else
            appendUtf8(out, uint32_t(v));
        } else {
          out += '\\';
          out += e;
        }
    }
  }
  return out;
}

size_t scanStringBody(const std::string& s, size_t i, char q, int qlen, bool fstr, bool raw,
                      int nesting) {
  if (nesting > kMaxFStringNesting) return kStringTooDeep;
  int depth = 0;  // inside f-string replacement fields
  while (i < s.size()) {
    char c = s[i];
    if (depth == 0) {
      if (c == '\\' && !raw) {
        i += 2;
        continue;
      }
      if (c == '\\' && raw) {
        i += 2;
        continue;
      }
      if (c == '\n' && qlen == 1) return std::string::npos;
      if (c == q &&
          (qlen == 1 || (i + 2 < s.size() + 0 && s.compare(i, 3, std::string(3, q)) == 0)))
        return i + size_t(qlen);
      if (fstr && c == '{') {
        if (i + 1 < s.size() && s[i + 1] == '{') {
          i += 2;
          continue;
        }
        depth = 1;
      }
      i++;
      continue;
    }
    // Inside a replacement field: brackets nest, strings may use any quotes (3.12 style).
    if (c == '{' || c == '[' || c == '(') {
      depth++;
      i++;
    } else if (c == '}' || c == ']' || c == ')') {
      depth--;
      i++;
    } else if (c == '\'' || c == '"') {
      int ql = (s.compare(i, 3, std::string(3, c)) == 0) ? 3 : 1;
      bool nf = false, nr = false;
      for (size_t k = i; k > 0; k--) {
        char p = char(std::tolower(static_cast<unsigned char>(s[k - 1])));
        if (p == 'f')
          nf = true;
        else if (p == 'r')
          nr = true;
        else if (p != 'b')
          break;
      }
      size_t e = scanStringBody(s, i + size_t(ql), c, ql, nf, nr, nesting + 1);
      if (e == std::string::npos || e == kStringTooDeep) return e;
      i = e;
    } else if (c == '\n' && qlen == 1) {
      return std::string::npos;
    } else {
      i++;
    }
  }
  return std::string::npos;
}

bool tokenize(const std::string& src, std::vector<Token>& out, SyntaxErrorInfo& err) {
  std::vector<size_t> lineStart{0};
  for (size_t k = 0; k < src.size(); k++)
    if (src[k] == '\n') lineStart.push_back(k + 1);
  auto lineOf = [&](size_t pos) {
    size_t lo = 0, hi = lineStart.size();
    while (hi - lo > 1) {
      size_t mid = (lo + hi) / 2;
      if (lineStart[mid] <= pos)
        lo = mid;
      else
        hi = mid;
    }
    return int(lo);
  };
  auto fail = [&](const std::string& msg, size_t pos, const char* kind = "SyntaxError") {
    int l = lineOf(pos);
    err.msg = msg;
    err.line = l + 1;
    err.col = int(pos - lineStart[size_t(l)]);
    err.kind = kind;
    err.set = true;
    return false;
  };
  auto push = [&](Tok k, std::string text, size_t a, size_t b) -> Token& {
    Token t;
    t.kind = k;
    t.text = std::move(text);
    int la = lineOf(a), lb = lineOf(b);
    t.line = la + 1;
    t.col = int(a - lineStart[size_t(la)]);
    t.endLine = lb + 1;
    t.endCol = int(b - lineStart[size_t(lb)]);
    out.push_back(std::move(t));
    return out.back();
  };

  // The line CPython reports for errors found at end of input: the last line with text.
  int lastLine = int(lineStart.size()) - ((!src.empty() && src.back() == '\n') ? 1 : 0);
  std::vector<int> indents{0};
  std::vector<std::pair<char, size_t>> brackets;
  size_t i = 0, n = src.size();
  bool atLineStart = true;
  while (i <= n) {
    if (atLineStart && brackets.empty()) {
      // Measure indentation; skip blank and comment-only lines.
      int col = 0;
      size_t j = i;
      while (j < n && (src[j] == ' ' || src[j] == '\t' || src[j] == '\f')) {
        col = src[j] == '\t' ? (col / 8 + 1) * 8 : src[j] == ' ' ? col + 1 : 0;
        j++;
      }
      if (j >= n) {
        i = n;
        atLineStart = false;
        break;
      }
      if (src[j] == '#' || src[j] == '\n' || src[j] == '\r' ||
          (src[j] == '\\' && j + 1 < n && src[j + 1] == '\n')) {
        while (j < n && src[j] != '\n') j++;
        i = j + 1;
        if (j >= n) break;
        continue;
      }
      if (col > indents.back()) {
        // CPython's tokenizer takes 99 levels (MAXINDENT), and reports the line without a caret.
        if (indents.size() >= 100)
          return fail("too many levels of indentation", i, "IndentationError");
        indents.push_back(col);
        push(Tok::Indent, "", j, j);
      } else {
        while (col < indents.back()) {
          indents.pop_back();
          push(Tok::Dedent, "", j, j);
        }
        if (col != indents.back()) {
          // CPython points just past the end of the offending line.
          size_t eol = src.find('\n', j);
          return fail("unindent does not match any outer indentation level",
                      eol == std::string::npos ? n : eol, "IndentationError");
        }
      }
      i = j;
      atLineStart = false;
    }
    if (i >= n) break;
    char c = src[i];
    if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
      i++;
      continue;
    }
    if (c == '#') {
      while (i < n && src[i] != '\n') i++;
      continue;
    }
    if (c == '\\') {
      if (i + 1 < n && src[i + 1] == '\n') {
        i += 2;
        continue;
      }
      if (i + 2 < n && src[i + 1] == '\r' && src[i + 2] == '\n') {
        i += 3;
        continue;
      }
      return fail("unexpected character after line continuation character", i + 1);
    }
    if (c == '\n') {
      if (brackets.empty()) {
        push(Tok::Newline, "", i, i + 1);
        atLineStart = true;
      }
      i++;
      continue;
    }
    // String prefixes.
    if (isIdentStart(static_cast<unsigned char>(c))) {
      size_t j = i;
      while (j < n && isIdentChar(static_cast<unsigned char>(src[j]))) j++;
      std::string word = src.substr(i, j - i);
      bool isPrefix = word.size() <= 2 && j < n && (src[j] == '\'' || src[j] == '"');
      if (isPrefix) {
        bool ok = true, raw = false, f = false, b = false;
        for (char p : word) {
          char lp = char(std::tolower(static_cast<unsigned char>(p)));
          if (lp == 'r')
            raw = true;
          else if (lp == 'f')
            f = true;
          else if (lp == 'b')
            b = true;
          else if (lp != 'u')
            ok = false;
        }
        if (ok) {
          char q = src[j];
          int qlen = src.compare(j, 3, std::string(3, q)) == 0 ? 3 : 1;
          size_t bodyStart = j + size_t(qlen);
          size_t e = scanStringBody(src, bodyStart, q, qlen, f, raw);
          if (e == kStringTooDeep) return fail("f-string: expressions nested too deeply", i);
          if (e == std::string::npos) {
            if (qlen == 3)
              return fail("unterminated triple-quoted string literal (detected at line " +
                              std::to_string(lastLine) + ")",
                          i);
            return fail("unterminated string literal (detected at line " +
                            std::to_string(lineOf(i) + 1) + ")",
                        i);
          }
          std::string body = src.substr(bodyStart, e - size_t(qlen) - bodyStart);
          Token& t = push(f   ? Tok::FString
                          : b ? Tok::Bytes
                              : Tok::String,
                          f || raw ? body : decodeEscapes(body, b), i, e);
          t.raw = raw;
          t.quoteLen = qlen;
          if (f) t.ival = int64_t(bodyStart);  // body offset, to position nested expressions
          i = e;
          continue;
        }
      }
      push(Tok::Name, word, i, j);
      i = j;
      continue;
    }
    if (c == '\'' || c == '"') {
      int qlen = src.compare(i, 3, std::string(3, c)) == 0 ? 3 : 1;
      size_t e = scanStringBody(src, i + size_t(qlen), c, qlen, false, false);
      if (e == std::string::npos) {
        if (qlen == 3)
          return fail("unterminated triple-quoted string literal (detected at line " +
                          std::to_string(lastLine) + ")",
                      i);
        return fail(
            "unterminated string literal (detected at line " + std::to_string(lineOf(i) + 1) + ")",
            i);
      }
      std::string body = src.substr(i + size_t(qlen), e - 2 * size_t(qlen) - i);
      push(Tok::String, decodeEscapes(body, false), i, e);
      i = e;
      continue;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) ||
        (c == '.' && i + 1 < n && std::isdigit(static_cast<unsigned char>(src[i + 1])))) {
      size_t j = i;
      std::string digits;
      bool isFloat = false;
      int base = 10;
      if (c == '0' && j + 1 < n && std::strchr("xXoObB", src[j + 1])) {
        char bc = char(std::tolower(static_cast<unsigned char>(src[j + 1])));
        base = bc == 'x' ? 16 : bc == 'o' ? 8 : 2;
        j += 2;
        while (j < n && (std::isxdigit(static_cast<unsigned char>(src[j])) || src[j] == '_')) {
          if (src[j] != '_') digits += src[j];
          j++;
        }
      } else {
        while (j < n && (std::isdigit(static_cast<unsigned char>(src[j])) || src[j] == '_')) {
          if (src[j] != '_') digits += src[j];
          j++;
        }
        if (j < n && src[j] == '.' && !(j + 1 < n && src[j + 1] == '.')) {
          isFloat = true;
          digits += src[j++];
          while (j < n && (std::isdigit(static_cast<unsigned char>(src[j])) || src[j] == '_')) {
            if (src[j] != '_') digits += src[j];
            j++;
          }
        }
        if (j < n && (src[j] == 'e' || src[j] == 'E')) {
          size_t k = j + 1;
          if (k < n && (src[k] == '+' || src[k] == '-')) k++;
          if (k < n && std::isdigit(static_cast<unsigned char>(src[k]))) {
            isFloat = true;
            digits += 'e';
            digits += src.substr(j + 1, k - j - 1);
            j = k;
            while (j < n && (std::isdigit(static_cast<unsigned char>(src[j])) || src[j] == '_')) {
              if (src[j] != '_') digits += src[j];
              j++;
            }
          }
        }
      }
      if (j < n && (src[j] == 'j' || src[j] == 'J'))
        return fail("complex numbers are not supported", i);
      if (j < n && isIdentStart(static_cast<unsigned char>(src[j])))
        return fail("invalid decimal literal", j);
      if (isFloat) {
        Token& t = push(Tok::Float, src.substr(i, j - i), i, j);
        t.fval = num::strtod_exact(digits);
      } else {
        Token& t = push(Tok::Int, src.substr(i, j - i), i, j);
        errno = 0;
        unsigned long long v = std::strtoull(digits.c_str(), nullptr, base);
        if (errno == ERANGE || v > uint64_t(INT64_MAX)) {
          t.bigInt = true;
          t.text = digits;
          t.ival = base;
        } else {
          t.ival = int64_t(v);
        }
      }
      i = j;
      continue;
    }
    // Operators.
    std::string op;
    for (int k = 0; kOps3[k]; k++)
      if (src.compare(i, 3, kOps3[k]) == 0) op = kOps3[k];
    if (op.empty())
      for (int k = 0; kOps2[k]; k++)
        if (src.compare(i, 2, kOps2[k]) == 0) op = kOps2[k];
    if (op.empty() && std::strchr(kOps1, c) && c != '\0') op = std::string(1, c);
    if (op.empty()) {
      if (c == '!') return fail("invalid syntax", i);
      if (c == '$' || c == '?' || c == '`') return fail("invalid syntax", i);
      return fail(std::string("invalid character '") + c + "'", i);
    }
    if (op == "(" || op == "[" || op == "{") {
      // CPython's tokenizer takes 200 open brackets (MAXLEVEL).
      if (brackets.size() >= 200) return fail("too many nested parentheses", i);
      brackets.push_back({op[0], i});
    } else if (op == ")" || op == "]" || op == "}") {
      char want = op == ")" ? '(' : op == "]" ? '[' : '{';
      if (brackets.empty()) return fail("unmatched '" + op + "'", i);
      if (brackets.back().first != want) {
        int l = lineOf(brackets.back().second);
        int l2 = lineOf(i);
        std::string m = "closing parenthesis '" + op + "' does not match opening parenthesis '" +
                        std::string(1, brackets.back().first) + "'";
        if (l != l2) m += " on line " + std::to_string(l + 1);
        return fail(m, i);
      }
      brackets.pop_back();
    }
    push(Tok::Op, op, i, i + op.size());
    i += op.size();
  }
  if (!brackets.empty())
    return fail("'" + std::string(1, brackets.back().first) + "' was never closed",
                brackets.back().second);
  if (!out.empty() && out.back().kind != Tok::Newline && out.back().kind != Tok::Dedent)
    push(Tok::Newline, "", n, n);
  while (indents.size() > 1) {
    indents.pop_back();
    push(Tok::Dedent, "", n, n);
  }
  push(Tok::End, "", n, n);
  return true;
}

}  // namespace coroscope::lang
