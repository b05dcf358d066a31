//! The condition language of the content, parsed into a tree and written as
//! the engine's `Condition` values.
//!
//! Grammar: `expr = and ("or" and)*`, `and = unary ("and" unary)*`,
//! `unary = "not" unary | "(" expr ")" | atom`, and an atom is
//! `question.option`, `question.[option, ...]` or `question OP number` with OP
//! one of `>=`, `<=`, `>`, `<`, `=`.

/// What the parser needs to know of a question.
pub struct QuestionInfo<'a> {
    /// Its id.
    pub id: &'a str,
    /// Its option ids, in order.
    pub options: Vec<&'a str>,
    /// Whether it takes a number.
    pub is_number: bool,
}

/// A parsed condition, with questions by their place in asking order.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Cond {
    /// Always holds.
    Always,
    /// The question's answer includes any option of the set (bit `i` for option `i`).
    Chosen { question: usize, options: u32 },
    /// The question's number is within `min..=max`.
    InRange { question: usize, min: i32, max: i32 },
    /// Every part holds.
    All(Vec<Cond>),
    /// At least one part holds.
    Any(Vec<Cond>),
    /// The part does not hold.
    Not(Box<Cond>),
}

impl Cond {
    /// Rust source for the engine's `Condition`.
    pub fn to_rust(&self) -> String {
        let list = |parts: &[Cond]| {
            let parts: Vec<String> = parts.iter().map(Cond::to_rust).collect();
            parts.join(", ")
        };
        match self {
            Cond::Always => "Condition::Always".to_owned(),
            Cond::Chosen { question, options } => format!(
                "Condition::Chosen {{ question: QuestionId({question}), options: OptionSet({options:#b}) }}"
            ),
            Cond::InRange { question, min, max } => format!(
                "Condition::InRange {{ question: QuestionId({question}), min: {min}, max: {max} }}"
            ),
            Cond::All(parts) => format!("Condition::All(&[{}])", list(parts)),
            Cond::Any(parts) => format!("Condition::Any(&[{}])", list(parts)),
            Cond::Not(part) => format!("Condition::Not(&{})", part.to_rust()),
        }
    }
}

/// Tokens of the condition language.
#[derive(Debug, PartialEq, Clone)]
enum Token {
    Word(String),
    Number(i64),
    Symbol(&'static str),
}

const SYMBOLS: [&str; 11] = ["(", ")", "[", "]", ",", ".", ">=", "<=", ">", "<", "="];

/// The tokens of `text`.
fn tokenize(text: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut rest = text.trim_start();
    while let Some(c) = rest.chars().next() {
        let (token, length) = if c.is_ascii_alphabetic() || c == '_' {
            let length = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            (Token::Word(rest[..length].to_owned()), length)
        } else if c.is_ascii_digit() || c == '-' {
            let length = 1 + rest[1..]
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len() - 1);
            let number = rest[..length]
                .parse()
                .map_err(|_| format!("`{}` is not a number", &rest[..length]))?;
            (Token::Number(number), length)
        } else {
            let symbol = SYMBOLS
                .into_iter()
                .find(|symbol| rest.starts_with(symbol))
                .ok_or_else(|| format!("unexpected `{c}`"))?;
            (Token::Symbol(symbol), symbol.len())
        };
        tokens.push(token);
        rest = rest[length..].trim_start();
    }
    Ok(tokens)
}

struct Parser<'a, 'q> {
    tokens: Vec<Token>,
    at: usize,
    questions: &'a [QuestionInfo<'q>],
    /// Only questions before this place may be read.
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

    /// Takes `symbol` if it comes next.
    fn take(&mut self, symbol: &str) -> bool {
        let found = matches!(self.peek(), Some(Token::Symbol(found)) if *found == symbol);
        self.at += usize::from(found);
        found
    }

    fn expect(&mut self, symbol: &str) -> Result<(), String> {
        match self.next() {
            Some(Token::Symbol(found)) if found == symbol => Ok(()),
            other => Err(format!("expected `{symbol}`, found {other:?}")),
        }
    }

    /// Takes the keyword `word` if it comes next.
    fn take_word(&mut self, word: &str) -> bool {
        let found = matches!(self.peek(), Some(Token::Word(found)) if found == word);
        self.at += usize::from(found);
        found
    }

    fn expr(&mut self) -> Result<Cond, String> {
        let mut parts = vec![self.and()?];
        while self.take_word("or") {
            parts.push(self.and()?);
        }
        Ok(join(parts, Cond::Any))
    }

    fn and(&mut self) -> Result<Cond, String> {
        let mut parts = vec![self.unary()?];
        while self.take_word("and") {
            parts.push(self.unary()?);
        }
        Ok(join(parts, Cond::All))
    }

    fn unary(&mut self) -> Result<Cond, String> {
        if self.take_word("not") {
            return Ok(Cond::Not(Box::new(self.unary()?)));
        }
        if self.take("(") {
            let inner = self.expr()?;
            self.expect(")")?;
            return Ok(inner);
        }
        self.atom()
    }

    /// `question.option`, `question.[options]` or `question OP number`.
    fn atom(&mut self) -> Result<Cond, String> {
        let id = match self.next() {
            Some(Token::Word(id)) => id,
            other => return Err(format!("expected a question id, found {other:?}")),
        };
        let question = self
            .questions
            .iter()
            .position(|question| question.id == id)
            .ok_or_else(|| format!("no question `{id}`"))?;
        if question >= self.limit {
            return Err(format!("`{id}` is asked too late to be used here"));
        }
        if self.take(".") {
            let options = self.options(question)?;
            return Ok(Cond::Chosen { question, options });
        }
        self.comparison(question)
    }

    /// The options after `question.`, as a bit set.
    fn options(&mut self, question: usize) -> Result<u32, String> {
        let ids = if self.take("[") {
            let mut ids = vec![self.word()?];
            while self.take(",") {
                ids.push(self.word()?);
            }
            self.expect("]")?;
            ids
        } else {
            vec![self.word()?]
        };
        let info = &self.questions[question];
        ids.iter().try_fold(0u32, |set, id| {
            let place = info
                .options
                .iter()
                .position(|known| known == id)
                .ok_or_else(|| format!("question `{}` has no option `{id}`", info.id))?;
            Ok(set | 1 << place)
        })
    }

    /// `OP number` after a number question.
    fn comparison(&mut self, question: usize) -> Result<Cond, String> {
        let info = &self.questions[question];
        let op = match self.next() {
            Some(Token::Symbol(op)) if [">=", "<=", ">", "<", "="].contains(&op) => op,
            other => {
                return Err(format!(
                    "expected `.` or a comparison after `{}`, found {other:?}",
                    info.id
                ))
            }
        };
        if !info.is_number {
            return Err(format!("`{}` is not a number question", info.id));
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
        Ok(Cond::InRange { question, min, max })
    }

    fn word(&mut self) -> Result<String, String> {
        match self.next() {
            Some(Token::Word(word)) => Ok(word),
            other => Err(format!("expected an option id, found {other:?}")),
        }
    }
}

/// One part as itself, several joined by `make`.
fn join(mut parts: Vec<Cond>, make: fn(Vec<Cond>) -> Cond) -> Cond {
    if parts.len() == 1 {
        parts.remove(0)
    } else {
        make(parts)
    }
}

/// Parses `text`; it may read only questions placed before `limit`.
pub fn parse(text: &str, questions: &[QuestionInfo], limit: usize) -> Result<Cond, String> {
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
