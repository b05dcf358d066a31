//! Parses the content's conditions and writes them as Rust `Condition` values.
//!
//! Grammar: `expr = and ("or" and)*`, `and = unary ("and" unary)*`,
//! `unary = "not" unary | "(" expr ")" | atom`, and an atom is
//! `question.option`, `question.[option, ...]` or `question OP number` with OP
//! one of `>=`, `<=`, `>`, `<`, `=`.

/// What the parser needs to know of a question.
pub struct QuestionInfo<'a> {
    pub id: &'a str,
    pub options: Vec<&'a str>,
    pub is_number: bool,
}

/// Tokens of the condition language.
#[derive(Debug, PartialEq, Clone)]
enum Token {
    Word(String),
    Number(i64),
    Symbol(&'static str),
}

fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c.is_ascii_alphabetic() || c == '_' {
            let mut end = start;
            while let Some(&(i, c)) = chars.peek() {
                if c.is_ascii_alphanumeric() || c == '_' {
                    end = i + c.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            tokens.push(Token::Word(text[start..end].to_owned()));
        } else if c.is_ascii_digit() || c == '-' {
            let mut end = start + 1;
            chars.next();
            while let Some(&(i, c)) = chars.peek() {
                if c.is_ascii_digit() {
                    end = i + 1;
                    chars.next();
                } else {
                    break;
                }
            }
            let number = text[start..end]
                .parse()
                .map_err(|_| format!("`{}` is not a number", &text[start..end]))?;
            tokens.push(Token::Number(number));
        } else {
            let symbol = ["(", ")", "[", "]", ",", ".", ">=", "<=", ">", "<", "="]
                .into_iter()
                .find(|symbol| text[start..].starts_with(symbol))
                .ok_or_else(|| format!("unexpected `{c}`"))?;
            for _ in 0..symbol.len() {
                chars.next();
            }
            tokens.push(Token::Symbol(symbol));
        }
    }
    Ok(tokens)
}

struct Parser<'a, 'q> {
    tokens: Vec<Token>,
    at: usize,
    questions: &'a [QuestionInfo<'q>],
    /// Only questions before this index may be read.
    limit: usize,
}

impl Parser<'_, '_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn next(&mut self) -> Option<Token> {
        let token = self.tokens.get(self.at).cloned();
        self.at += 1;
        token
    }

    fn expect(&mut self, symbol: &str) -> Result<(), String> {
        match self.next() {
            Some(Token::Symbol(found)) if found == symbol => Ok(()),
            other => Err(format!("expected `{symbol}`, found {other:?}")),
        }
    }

    fn is_word(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Token::Word(found)) if found == word)
    }

    fn expr(&mut self) -> Result<String, String> {
        let mut parts = vec![self.and()?];
        while self.is_word("or") {
            self.next();
            parts.push(self.and()?);
        }
        Ok(join("Any", parts))
    }

    fn and(&mut self) -> Result<String, String> {
        let mut parts = vec![self.unary()?];
        while self.is_word("and") {
            self.next();
            parts.push(self.unary()?);
        }
        Ok(join("All", parts))
    }

    fn unary(&mut self) -> Result<String, String> {
        if self.is_word("not") {
            self.next();
            return Ok(format!("Condition::Not(&{})", self.unary()?));
        }
        if self.peek() == Some(&Token::Symbol("(")) {
            self.next();
            let inner = self.expr()?;
            self.expect(")")?;
            return Ok(inner);
        }
        self.atom()
    }

    fn atom(&mut self) -> Result<String, String> {
        let id = match self.next() {
            Some(Token::Word(id)) => id,
            other => return Err(format!("expected a question id, found {other:?}")),
        };
        let index = self
            .questions
            .iter()
            .position(|question| question.id == id)
            .ok_or_else(|| format!("no question `{id}`"))?;
        if index >= self.limit {
            return Err(format!("`{id}` is asked too late to be used here"));
        }
        let question = &self.questions[index];
        match self.next() {
            Some(Token::Symbol(".")) => {
                let options = if self.peek() == Some(&Token::Symbol("[")) {
                    self.next();
                    let mut options = vec![self.option_word()?];
                    while self.peek() == Some(&Token::Symbol(",")) {
                        self.next();
                        options.push(self.option_word()?);
                    }
                    self.expect("]")?;
                    options
                } else {
                    vec![self.option_word()?]
                };
                let mut mask = 0u32;
                for option in options {
                    let bit = question
                        .options
                        .iter()
                        .position(|known| *known == option)
                        .ok_or_else(|| format!("question `{id}` has no option `{option}`"))?;
                    mask |= 1 << bit;
                }
                Ok(format!(
                    "Condition::Chosen {{ question: QuestionId({index}), options: OptionSet({mask:#b}) }}"
                ))
            }
            Some(Token::Symbol(op)) if [">=", "<=", ">", "<", "="].contains(&op) => {
                if !question.is_number {
                    return Err(format!("`{id}` is not a number question"));
                }
                let value = match self.next() {
                    Some(Token::Number(value)) => {
                        i32::try_from(value).map_err(|_| "number too large".to_owned())?
                    }
                    other => return Err(format!("expected a number, found {other:?}")),
                };
                let (min, max) = match op {
                    ">=" => (value, i32::MAX),
                    ">" => (value + 1, i32::MAX),
                    "<=" => (i32::MIN, value),
                    "<" => (i32::MIN, value - 1),
                    _ => (value, value),
                };
                Ok(format!(
                    "Condition::InRange {{ question: QuestionId({index}), min: {min}, max: {max} }}"
                ))
            }
            other => Err(format!(
                "expected `.` or a comparison after `{id}`, found {other:?}"
            )),
        }
    }

    fn option_word(&mut self) -> Result<String, String> {
        match self.next() {
            Some(Token::Word(word)) => Ok(word),
            other => Err(format!("expected an option id, found {other:?}")),
        }
    }
}

fn join(kind: &str, mut parts: Vec<String>) -> String {
    if parts.len() == 1 {
        parts.remove(0)
    } else {
        format!("Condition::{kind}(&[{}])", parts.join(", "))
    }
}

/// Parses `text` into Rust source for a `Condition`; it may read only questions
/// with an index below `limit`.
pub fn to_rust(text: &str, questions: &[QuestionInfo], limit: usize) -> Result<String, String> {
    let mut parser = Parser {
        tokens: tokenize(text)?,
        at: 0,
        questions,
        limit,
    };
    let condition = parser.expr()?;
    match parser.peek() {
        None => Ok(condition),
        Some(extra) => Err(format!("unexpected {extra:?} after the condition")),
    }
}
