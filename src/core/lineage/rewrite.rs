//! Rewriting a query so that it also returns where its rows came from.

use std::ops::ControlFlow;

use sqlparser::ast::{
    Expr, GroupByExpr, Ident, JoinOperator, Query, SelectItem, SetExpr, Statement, TableFactor,
    WildcardAdditionalOptions, visit_expressions,
};
use sqlparser::dialect::SQLiteDialect;
use sqlparser::parser::{Parser, ParserError};
use sqlparser::tokenizer::{Token, Tokenizer};

use super::{Rewrite, TableRef};

/// SQLite's aggregate functions: a query using one summarises rows into groups.
const AGGREGATES: [&str; 8] = ["count", "sum", "total", "avg", "min", "max", "group_concat", "string_agg"];

/// How deeply the parser may recurse (sqlparser's default is 50). It backtracks at some
/// constructs (`(CAST(…`, `CASE +(…`), so a nested query that fails to parse deep inside took
/// time exponential in the depth: fuzzing found inputs taking 14 s at 50. At 24 the worst found
/// takes 3 ms, and learners' queries (a few nested subqueries) stay well within it.
const RECURSION_LIMIT: usize = 24;

/// Whether a quoted token's value holds its own quote mark twice in a row (`'a''''b'` is `a''b`).
/// sqlparser (0.59) writes such a value back with one pair fewer (`'a''b'`), so the rewrite
/// would run a query with other values than the learner's (found by fuzzing; upstream:
/// apache/datafusion-sqlparser-rs pull request 2464).
fn holds_doubled_quotes(token: &Token) -> bool {
    match token {
        Token::SingleQuotedString(s) => s.contains("''"),
        Token::DoubleQuotedString(s) => s.contains("\"\""),
        Token::Word(word) => word.quote_style.is_some_and(|q| word.value.contains(&format!("{q}{q}"))),
        _ => false,
    }
}

/// The rewrite of `sql` (one SELECT), or why it cannot be traced, as a sentence ending without
/// a period.
pub fn rewrite(sql: &str) -> Result<Rewrite, String> {
    // SQLite stops reading a statement at a NUL character and the parser does not: what it
    // would trace is not what ran.
    if sql.contains('\0') {
        return Err("the query contains a NUL character, where SQLite stops reading it".into());
    }
    let tokens = Tokenizer::new(&SQLiteDialect {}, sql)
        .tokenize_with_location()
        .map_err(|e| format!("the query could not be parsed ({e})"))?;
    if tokens.iter().any(|t| holds_doubled_quotes(&t.token)) {
        return Err("a string or quoted name holding two quote marks in a row is not traced: the parser \
                    would write it back changed"
            .into());
    }
    let mut statements = Parser::new(&SQLiteDialect {})
        .with_recursion_limit(RECURSION_LIMIT)
        .with_tokens_with_locations(tokens)
        .parse_statements()
        .map_err(|e| match e {
            ParserError::RecursionLimitExceeded => "the query nests too deeply to trace".to_owned(),
            e => format!("the query could not be parsed ({e})"),
        })?;
    if statements.len() != 1 {
        return Err("only a single SELECT statement can be traced".into());
    }
    let mut output = statements[0].clone();
    let Statement::Query(query) = &mut statements[0] else {
        return Err("only SELECT statements can be traced".into());
    };
    if query.with.is_some() {
        return Err("queries with WITH (common table expressions) are not traced yet".into());
    }
    let grouped = is_grouped(query)?;
    let Query { body, order_by, limit_clause, .. } = query.as_mut();
    let SetExpr::Select(select) = body.as_mut() else {
        return Err("UNION, INTERSECT, EXCEPT and VALUES are not traced: only a single SELECT".into());
    };
    if select.from.len() != 1 {
        return Err(if select.from.is_empty() {
            "a query without FROM has no source rows".into()
        } else {
            "comma-separated tables in FROM are not traced; write them as JOINs".into()
        });
    }
    let from = &select.from[0];
    let mut tables = vec![table_ref(&from.relation, "FROM")?];
    for join in &from.joins {
        let kind = match &join.join_operator {
            JoinOperator::Join(_) | JoinOperator::Inner(_) => "JOIN",
            JoinOperator::Left(_) | JoinOperator::LeftOuter(_) => "LEFT JOIN",
            JoinOperator::CrossJoin(_) => "CROSS JOIN",
            _ => return Err("only inner, left and cross joins are traced".into()),
        };
        tables.push(table_ref(&join.relation, kind)?);
    }
    // Each table's rowid is named through its alias; SQLite finds a name used twice ambiguous.
    for (i, table) in tables.iter().enumerate() {
        if tables[..i].iter().any(|t| t.alias.eq_ignore_ascii_case(&table.alias)) {
            return Err(format!(
                "{} appears twice in FROM; give each an alias (… AS a, … AS b) to trace it",
                table.alias
            ));
        }
    }

    if grouped {
        let keys = group_keys(select)?;
        let Statement::Query(output_query) = &mut output else { unreachable!("checked above") };
        let SetExpr::Select(output_select) = output_query.body.as_mut() else {
            unreachable!("checked above")
        };
        output_select
            .projection
            .extend(keys.iter().enumerate().map(|(i, key)| aliased(key.clone(), "key", i)));

        select.projection = keys.iter().enumerate().map(|(i, key)| aliased(key.clone(), "key", i)).collect();
        select.projection.push(SelectItem::Wildcard(WildcardAdditionalOptions::default()));
        select.group_by = GroupByExpr::Expressions(Vec::new(), Vec::new());
        select.having = None;
        select.distinct = None;
        *order_by = None;
        *limit_clause = None;
        return Ok(Rewrite::Groups {
            output_sql: output.to_string(),
            keys: keys.len(),
            input_sql: statements[0].to_string(),
        });
    }

    if from.joins.is_empty() {
        return Err("there is no JOIN or GROUP BY here to show".into());
    }
    if select.distinct.is_some() {
        return Err("SELECT DISTINCT merges rows, so a row has no single source".into());
    }
    for (i, table) in tables.iter().enumerate() {
        let rowid = Expr::CompoundIdentifier(vec![Ident::with_quote('"', &table.alias), Ident::new("rowid")]);
        select.projection.push(aliased(rowid, "rowid", i));
    }
    Ok(Rewrite::Join { sql: statements[0].to_string(), tables })
}

fn aliased(expr: Expr, what: &str, index: usize) -> SelectItem {
    SelectItem::ExprWithAlias { expr, alias: Ident::with_quote('"', format!("__joinery_{what}_{index}")) }
}

fn table_ref(factor: &TableFactor, join: &str) -> Result<TableRef, String> {
    match factor {
        TableFactor::Table { name, alias, args: None, .. } => {
            let table =
                name.0.last().and_then(|part| part.as_ident()).map(|i| i.value.clone()).unwrap_or_default();
            let alias = alias.as_ref().map_or_else(|| table.clone(), |a| a.name.value.clone());
            Ok(TableRef { alias, table, join: join.to_owned() })
        }
        TableFactor::Derived { .. } => Err("a subquery in FROM is not traced".into()),
        _ => Err("only plain tables in FROM are traced".into()),
    }
}

/// Whether the query summarises rows: GROUP BY, or an aggregate function in its columns.
fn is_grouped(query: &Query) -> Result<bool, String> {
    let SetExpr::Select(select) = query.body.as_ref() else { return Ok(false) };
    let has_group_by = match &select.group_by {
        GroupByExpr::Expressions(exprs, _) => !exprs.is_empty(),
        GroupByExpr::All(_) => return Err("GROUP BY ALL is not SQLite".into()),
    };
    let aggregate = visit_expressions(&select.projection, |expr| match expr {
        Expr::Function(f) if AGGREGATES.contains(&f.name.to_string().to_lowercase().as_str()) => {
            ControlFlow::Break(())
        }
        _ => ControlFlow::Continue(()),
    });
    Ok(has_group_by || aggregate.is_break())
}

/// The GROUP BY expressions, with output aliases and positions (`GROUP BY publisher`,
/// `GROUP BY 1`) replaced by the expressions they stand for, so they also work without the
/// SELECT list.
fn group_keys(select: &sqlparser::ast::Select) -> Result<Vec<Expr>, String> {
    let GroupByExpr::Expressions(exprs, _) = &select.group_by else { return Ok(Vec::new()) };
    exprs
        .iter()
        .map(|expr| match expr {
            Expr::Identifier(name) => {
                Ok(result_alias(select, &name.value).map_or_else(|| expr.clone(), |(_, aliased)| aliased.clone()))
            }
            Expr::Value(value) => {
                let position: usize = value
                    .to_string()
                    .parse()
                    .map_err(|_| "GROUP BY a constant that is not a column position".to_owned())?;
                match select.projection.get(position.wrapping_sub(1)) {
                    Some(SelectItem::UnnamedExpr(expr) | SelectItem::ExprWithAlias { expr, .. }) => {
                        Ok(expr.clone())
                    }
                    _ => Err(format!("GROUP BY {position} does not name a column")),
                }
            }
            other => match alias_used_in(other, select) {
                // SQLite reads an alias inside a GROUP BY expression (`GROUP BY +band`), but not
                // in the result columns the key is copied to; and a table column of that name
                // would win, which the parser alone cannot tell.
                Some(alias) => Err(format!(
                    "a GROUP BY expression that uses the alias {alias} is not traced; write out what {alias} stands for"
                )),
                None => Ok(other.clone()),
            },
        })
        .collect()
}

/// The first result column alias that `expr` names, if any.
fn alias_used_in(expr: &Expr, select: &sqlparser::ast::Select) -> Option<String> {
    let found = visit_expressions(expr, |e| match e {
        Expr::Identifier(name) => match result_alias(select, &name.value) {
            Some((alias, _)) => ControlFlow::Break(alias.value.clone()),
            None => ControlFlow::Continue(()),
        },
        _ => ControlFlow::Continue(()),
    });
    match found {
        ControlFlow::Break(alias) => Some(alias),
        ControlFlow::Continue(()) => None,
    }
}

/// The result column whose alias is `name` (ignoring ASCII case): the alias and its expression.
fn result_alias<'s>(select: &'s sqlparser::ast::Select, name: &str) -> Option<(&'s Ident, &'s Expr)> {
    select.projection.iter().find_map(|item| match item {
        SelectItem::ExprWithAlias { expr, alias } if alias.value.eq_ignore_ascii_case(name) => {
            Some((alias, expr))
        }
        _ => None,
    })
}
