//! The IndexedDB calls the lessons store makes, as futures: each request's handlers are wired
//! when it is made, so a result that arrives before it is awaited is not missed.

use std::collections::BTreeMap;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

/// The IndexedDB database and its one store of documents (the record key names each).
const DB_NAME: &str = "planner";
pub(super) const DB_STORE: &str = "documents";

/// A promise settled by the event `listen` wires to its resolve (success) or reject (error),
/// wired at once, so a request that completes before it is awaited is not missed.
fn settle(listen: impl FnOnce(&js_sys::Function, &js_sys::Function)) -> JsFuture {
    let mut listen = Some(listen);
    let promise = js_sys::Promise::new(&mut |ok, err| {
        if let Some(listen) = listen.take() {
            listen(&ok, &err);
        }
    });
    JsFuture::from(promise)
}

/// A request's result; its handlers are wired when this is called, not when awaited.
pub(super) fn request(
    req: IdbRequest,
) -> impl std::future::Future<Output = Result<JsValue, JsValue>> {
    let done = settle(|ok, err| {
        req.set_onsuccess(Some(ok));
        req.set_onerror(Some(err));
    });
    async move {
        done.await.map_err(|_| {
            req.error()
                .ok()
                .flatten()
                .map(JsValue::from)
                .unwrap_or_default()
        })?;
        req.result()
    }
}

/// A transaction's end: `Ok` once committed, `Err` when it aborted or failed.
pub(super) fn committed(
    tx: &IdbTransaction,
) -> impl std::future::Future<Output = Result<(), JsValue>> {
    let done = settle(|ok, err| {
        tx.set_oncomplete(Some(ok));
        tx.set_onabort(Some(err));
        tx.set_onerror(Some(err));
    });
    let tx = tx.clone();
    async move {
        done.await
            .map(|_| ())
            .map_err(|_| tx.error().map(JsValue::from).unwrap_or_default())
    }
}

/// Opens the database, creating its store the first time.
pub(super) async fn open_db() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or(JsValue::NULL)?
        .indexed_db()?
        .ok_or(JsValue::NULL)?;
    let open = factory.open_with_u32(DB_NAME, 1)?;
    let upgrading = open.clone();
    let upgrade = wasm_bindgen::closure::Closure::once_into_js(move |_: web_sys::Event| {
        if let Ok(db) = upgrading.result() {
            let _ = db
                .unchecked_into::<IdbDatabase>()
                .create_object_store(DB_STORE);
        }
    });
    open.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    Ok(request(open.into()).await?.unchecked_into())
}

/// The record at `key`, if there is one.
pub(super) async fn get(db: &IdbDatabase, key: &str) -> Result<Option<String>, JsValue> {
    Ok(get_many(db, &[key.to_string()])
        .await?
        .into_values()
        .next()
        .flatten())
}

/// Reads `keys` in one transaction, every request made before the first is awaited.
pub(super) async fn get_many(
    db: &IdbDatabase,
    keys: &[String],
) -> Result<BTreeMap<String, Option<String>>, JsValue> {
    let tx = db.transaction_with_str(DB_STORE)?;
    let store = tx.object_store(DB_STORE)?;
    let mut asked = Vec::with_capacity(keys.len());
    for key in keys {
        asked.push((key.clone(), request(store.get(&key.into())?)));
    }
    let mut out = BTreeMap::new();
    for (key, value) in asked {
        out.insert(key, value.await?.as_string());
    }
    Ok(out)
}

/// Writes the record at `key` and waits for the commit.
pub(super) async fn put(db: &IdbDatabase, key: &str, value: &str) -> Result<(), JsValue> {
    let tx = db.transaction_with_str_and_mode(DB_STORE, IdbTransactionMode::Readwrite)?;
    tx.object_store(DB_STORE)?
        .put_with_key(&value.into(), &key.into())?;
    committed(&tx).await
}

/// Removes the record at `key` and waits for the commit.
pub(super) async fn delete(db: &IdbDatabase, key: &str) -> Result<(), JsValue> {
    let tx = db.transaction_with_str_and_mode(DB_STORE, IdbTransactionMode::Readwrite)?;
    tx.object_store(DB_STORE)?.delete(&key.into())?;
    committed(&tx).await
}

/// Every record key in the store.
pub(super) async fn keys(db: &IdbDatabase) -> Result<Vec<String>, JsValue> {
    let tx = db.transaction_with_str(DB_STORE)?;
    let all = request(tx.object_store(DB_STORE)?.get_all_keys()?).await?;
    Ok(js_sys::Array::from(&all)
        .iter()
        .filter_map(|k| k.as_string())
        .collect())
}
