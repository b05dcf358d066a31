//! Typed references into the content, so a question is never taken for a step.

/// A question, by its place in [`Content::questions`](super::Content).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct QuestionId(pub usize);

/// A step, by its place in [`Content::steps`](super::Content).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct StepId(pub usize);

impl StepId {
    /// The step after this one (which may not exist).
    pub const fn next(self) -> StepId {
        StepId(self.0 + 1)
    }
}

/// The options of one question chosen in an answer or named in a condition:
/// option `i` of the question is in the set when bit `i` is.
#[derive(Clone, Copy, PartialEq, Eq, Default, Hash, Debug)]
pub struct OptionSet(pub u32);

impl OptionSet {
    /// No option.
    pub const EMPTY: OptionSet = OptionSet(0);

    /// Just option `option`.
    pub const fn one(option: usize) -> OptionSet {
        OptionSet(1 << option)
    }

    /// Options `0..count`.
    pub const fn first(count: usize) -> OptionSet {
        if count >= 32 {
            OptionSet(u32::MAX)
        } else {
            OptionSet((1 << count) - 1)
        }
    }

    /// Whether option `option` is in the set.
    pub const fn contains(self, option: usize) -> bool {
        option < 32 && self.0 & (1 << option) != 0
    }

    /// Whether the two sets share an option.
    pub const fn meets(self, other: OptionSet) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether every option of the set is in `other`.
    pub const fn within(self, other: OptionSet) -> bool {
        self.0 & !other.0 == 0
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// How many options the set has.
    pub const fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The options of both sets.
    pub const fn with(self, other: OptionSet) -> OptionSet {
        OptionSet(self.0 | other.0)
    }

    /// The options in both sets.
    pub const fn common(self, other: OptionSet) -> OptionSet {
        OptionSet(self.0 & other.0)
    }

    /// The options of this set that are not in `other`.
    pub const fn without(self, other: OptionSet) -> OptionSet {
        OptionSet(self.0 & !other.0)
    }

    /// The options in the set, in order.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        (0..32).filter(move |&option| self.contains(option))
    }
}
