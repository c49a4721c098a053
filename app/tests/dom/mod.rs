//! A small in-memory document for the screen tests that click: it applies the `VirtualDom`'s
//! mutations as a browser's DOM would (templates, ids, attributes, text, listeners), so a test
//! can find "the button that says Save" and fire the click the screen wired to it. Nothing
//! here knows Attune: it is the part of a renderer a test needs.

use std::collections::HashMap;
use std::rc::Rc;

use dioxus::dioxus_core::{AttributeValue, ElementId, Template, TemplateAttribute, TemplateNode, WriteMutations};
use dioxus::prelude::*;

#[derive(Debug, Default)]
struct Node {
    /// `None` for a text node or a placeholder.
    tag: Option<String>,
    text: String,
    attrs: Vec<(String, String)>,
    children: Vec<usize>,
    parent: Option<usize>,
    listeners: Vec<String>,
}

/// The document the mutations build: node 0 is the root the app mounts into.
pub struct Document {
    nodes: Vec<Node>,
    ids: HashMap<ElementId, usize>,
    stack: Vec<usize>,
}

impl Default for Document {
    fn default() -> Self {
        let root = Node { tag: Some("main".into()), ..Node::default() };
        Document { nodes: vec![root], ids: HashMap::from([(ElementId(0), 0)]), stack: Vec::new() }
    }
}

impl Document {
    fn add(&mut self, node: Node) -> usize {
        self.nodes.push(node);
        self.nodes.len() - 1
    }

    fn build(&mut self, template: &TemplateNode) -> usize {
        match template {
            TemplateNode::Element { tag, attrs, children, .. } => {
                let attrs = attrs
                    .iter()
                    .filter_map(|a| match a {
                        TemplateAttribute::Static { name, value, .. } => {
                            Some(((*name).to_owned(), (*value).to_owned()))
                        }
                        TemplateAttribute::Dynamic { .. } => None,
                    })
                    .collect();
                let node = self.add(Node { tag: Some((*tag).to_owned()), attrs, ..Node::default() });
                for child in *children {
                    let child = self.build(child);
                    self.adopt(node, child);
                }
                node
            }
            TemplateNode::Text { text } => self.add(Node { text: (*text).to_owned(), ..Node::default() }),
            TemplateNode::Dynamic { .. } => self.add(Node::default()),
        }
    }

    fn adopt(&mut self, parent: usize, child: usize) {
        self.nodes[child].parent = Some(parent);
        self.nodes[parent].children.push(child);
    }

    fn at_path(&self, path: &[u8]) -> usize {
        let mut node = *self.stack.last().expect("a template root on the stack");
        for &i in path {
            node = self.nodes[node].children[usize::from(i)];
        }
        node
    }

    fn pop(&mut self, m: usize) -> Vec<usize> {
        self.stack.split_off(self.stack.len() - m)
    }

    /// Puts `new` where `old` is in its parent.
    fn replace(&mut self, old: usize, new: Vec<usize>) {
        if let Some(parent) = self.nodes[old].parent.take() {
            let at = self.nodes[parent].children.iter().position(|&c| c == old).expect("a child of its parent");
            self.nodes[parent].children.splice(at..=at, new.iter().copied());
            for n in new {
                self.nodes[n].parent = Some(parent);
            }
        }
    }

    fn insert(&mut self, id: ElementId, m: usize, after: bool) {
        let new = self.pop(m);
        let at = self.ids[&id];
        let parent = self.nodes[at].parent.expect("a sibling with a parent");
        let index = self.nodes[parent].children.iter().position(|&c| c == at).expect("a child") + usize::from(after);
        self.nodes[parent].children.splice(index..index, new.iter().copied());
        for n in new {
            self.nodes[n].parent = Some(parent);
        }
    }

    /// All the text inside `node`, as a reader would hear it.
    pub fn text_of(&self, node: usize) -> String {
        let n = &self.nodes[node];
        let mut text = n.text.clone();
        for &c in &n.children {
            text.push_str(&self.text_of(c));
        }
        text
    }

    fn attached(&self, mut node: usize) -> bool {
        while let Some(parent) = self.nodes[node].parent {
            node = parent;
        }
        node == 0
    }

    fn id_of(&self, node: usize) -> ElementId {
        *self.ids.iter().find(|(_, n)| **n == node).expect("an element with a listener has an id").0
    }

    /// The element on screen with `tag` whose text contains `text`, and a listener for `event`.
    pub fn find(&self, tag: &str, text: &str, event: &str) -> Option<ElementId> {
        (0..self.nodes.len())
            .filter(|&n| self.nodes[n].tag.as_deref() == Some(tag) && self.attached(n))
            .filter(|&n| self.nodes[n].listeners.iter().any(|l| l == event))
            .find(|&n| self.text_of(n).contains(text))
            .map(|n| self.id_of(n))
    }

    /// The element on screen with `tag` whose attribute `name` contains `value`, listening for
    /// `event`.
    pub fn find_by_attr(&self, tag: &str, name: &str, value: &str, event: &str) -> Option<ElementId> {
        (0..self.nodes.len())
            .filter(|&n| self.nodes[n].tag.as_deref() == Some(tag) && self.attached(n))
            .filter(|&n| self.nodes[n].listeners.iter().any(|l| l == event))
            .find(|&n| self.nodes[n].attrs.iter().any(|(k, v)| k == name && v.contains(value)))
            .map(|n| self.id_of(n))
    }

    /// The form around the field with `id`, if it listens for `submit`.
    pub fn form_around(&self, id: &str) -> Option<ElementId> {
        let field = (0..self.nodes.len())
            .find(|&n| self.attached(n) && self.nodes[n].attrs.iter().any(|(k, v)| k == "id" && v == id))?;
        let mut node = self.nodes[field].parent;
        while let Some(n) = node {
            if self.nodes[n].tag.as_deref() == Some("form") && self.nodes[n].listeners.iter().any(|l| l == "submit") {
                return Some(self.id_of(n));
            }
            node = self.nodes[n].parent;
        }
        None
    }

    /// Everything on screen, as text.
    pub fn text(&self) -> String {
        self.text_of(0)
    }
}

impl WriteMutations for Document {
    fn append_children(&mut self, id: ElementId, m: usize) {
        let parent = self.ids[&id];
        for child in self.pop(m) {
            self.adopt(parent, child);
        }
    }

    fn assign_node_id(&mut self, path: &'static [u8], id: ElementId) {
        let node = self.at_path(path);
        self.ids.insert(id, node);
    }

    fn create_placeholder(&mut self, id: ElementId) {
        let node = self.add(Node::default());
        self.ids.insert(id, node);
        self.stack.push(node);
    }

    fn create_text_node(&mut self, value: &str, id: ElementId) {
        let node = self.add(Node { text: value.to_owned(), ..Node::default() });
        self.ids.insert(id, node);
        self.stack.push(node);
    }

    fn load_template(&mut self, template: Template, index: usize, id: ElementId) {
        let node = self.build(&template.roots[index]);
        self.ids.insert(id, node);
        self.stack.push(node);
    }

    fn replace_node_with(&mut self, id: ElementId, m: usize) {
        let new = self.pop(m);
        let old = self.ids[&id];
        self.replace(old, new);
    }

    fn replace_placeholder_with_nodes(&mut self, path: &'static [u8], m: usize) {
        let new = self.pop(m);
        let old = self.at_path(path);
        self.replace(old, new);
    }

    fn insert_nodes_after(&mut self, id: ElementId, m: usize) {
        self.insert(id, m, true);
    }

    fn insert_nodes_before(&mut self, id: ElementId, m: usize) {
        self.insert(id, m, false);
    }

    fn set_attribute(&mut self, name: &'static str, _ns: Option<&'static str>, value: &AttributeValue, id: ElementId) {
        let node = self.ids[&id];
        let value = match value {
            AttributeValue::Text(t) => t.clone(),
            AttributeValue::Float(f) => f.to_string(),
            AttributeValue::Int(i) => i.to_string(),
            AttributeValue::Bool(b) => b.to_string(),
            _ => String::new(),
        };
        let attrs = &mut self.nodes[node].attrs;
        attrs.retain(|(k, _)| k != name);
        attrs.push((name.to_owned(), value));
    }

    fn set_node_text(&mut self, value: &str, id: ElementId) {
        let node = self.ids[&id];
        value.clone_into(&mut self.nodes[node].text);
    }

    fn create_event_listener(&mut self, name: &'static str, id: ElementId) {
        let node = self.ids[&id];
        self.nodes[node].listeners.push(name.to_owned());
    }

    fn remove_event_listener(&mut self, name: &'static str, id: ElementId) {
        let node = self.ids[&id];
        self.nodes[node].listeners.retain(|l| l != name);
    }

    fn remove_node(&mut self, id: ElementId) {
        let node = self.ids[&id];
        self.replace(node, Vec::new());
    }

    fn push_root(&mut self, id: ElementId) {
        let node = self.ids[&id];
        self.stack.push(node);
    }
}

/// A click, as the desktop and web renderers deliver one.
pub fn click(dom: &VirtualDom, element: ElementId) {
    use dioxus::html::{PlatformEventData, SerializedHtmlEventConverter, SerializedMouseData};
    dioxus::html::set_event_converter(Box::new(SerializedHtmlEventConverter));
    let data = Rc::new(PlatformEventData::new(Box::new(SerializedMouseData::default())));
    dom.runtime().handle_event("click", dioxus::dioxus_core::Event::new(data as Rc<dyn std::any::Any>, true), element);
}

/// A form event (`input` with what a field now holds, or `submit`), as the renderers deliver one.
pub fn form_event(dom: &VirtualDom, name: &str, element: ElementId, value: &str) {
    use dioxus::html::{PlatformEventData, SerializedFormData, SerializedHtmlEventConverter};
    dioxus::html::set_event_converter(Box::new(SerializedHtmlEventConverter));
    let data = Rc::new(PlatformEventData::new(Box::new(SerializedFormData::new(value.to_owned(), Vec::new()))));
    dom.runtime().handle_event(name, dioxus::dioxus_core::Event::new(data as Rc<dyn std::any::Any>, true), element);
}
