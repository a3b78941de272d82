/**
 * LinkedIn (www.linkedin.com): Quill share box inside an open shadow root, TipTap and older
 * Quill comment boxes, messaging. Every selector for LinkedIn lives here (composers.md).
 * Recognition starts from the focused editing host, so the decoy .ql-editor in the hidden
 * preload iframe is never touched.
 */
import type { ComposerInfo, SiteAdapter } from './types.ts';
import { findInScope } from './dom.ts';

export const LINKEDIN_POST_LIMIT = 3000;
/**
 * LinkedIn publishes no comment limit we could find. 1,250 is what most guides and a LinkedIn API
 * wrapper's schema give (a few say 1,500), so the lower figure stays.
 */
export const LINKEDIN_COMMENT_LIMIT = 1250;
/**
 * InMail, i.e. a message form with a subject line. LinkedIn Help, "Send an InMail message"
 * (https://www.linkedin.com/help/linkedin/answer/437, read through a copy of that page): "up to
 * 200 characters in the subject line and up to 2000 characters in the body". Older guides: 1,900.
 */
export const LINKEDIN_INMAIL_LIMIT = 2000;
/**
 * A message to a connection: LinkedIn documents no limit. Guides disagree (3,000 socialsurfer.app;
 * 8,000 linkedhelper.com, linkedinpreview.com; 28,000 smprotips.com), so this keeps the lowest.
 * It is also the limit the core pack's length rule applies to LinkedIn messages.
 */
export const LINKEDIN_MESSAGE_LIMIT = 3000;

interface Shape {
  kind: string;
  surface: ComposerInfo['surface'];
  limit: number;
  editor: string;
  scope: string;
  submit: string;
  /** Only when the composer's scope also holds this (InMail's subject line). */
  scopeHas?: string;
}

const SHAPES: Shape[] = [
  {
    kind: 'linkedin.share',
    surface: 'post',
    limit: LINKEDIN_POST_LIMIT,
    editor: '[data-test-modal-id="sharebox"] .ql-editor[contenteditable="true"]',
    scope: '[data-test-modal-id="sharebox"]',
    submit: 'button.share-actions__primary-action',
  },
  {
    kind: 'linkedin.comment',
    surface: 'comment',
    limit: LINKEDIN_COMMENT_LIMIT,
    editor: '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"]',
    scope: '[data-view-name="comment-box"]',
    submit: 'button[data-view-name="comment-post"]',
  },
  {
    kind: 'linkedin.comment',
    surface: 'comment',
    limit: LINKEDIN_COMMENT_LIMIT,
    editor: '.comments-comment-box .ql-editor[contenteditable="true"]',
    scope: '.comments-comment-box',
    submit: 'button.comments-comment-box__submit-button',
  },
  {
    kind: 'linkedin.message',
    surface: 'inmail',
    limit: LINKEDIN_INMAIL_LIMIT,
    editor: '.msg-form__contenteditable[contenteditable="true"]',
    scope: '.msg-form',
    submit: 'button.msg-form__send-button',
    scopeHas: 'input.msg-form__subject, input[name="subject"]',
  },
  {
    kind: 'linkedin.message',
    surface: 'message',
    limit: LINKEDIN_MESSAGE_LIMIT,
    editor: '.msg-form__contenteditable[contenteditable="true"]',
    scope: '.msg-form',
    submit: 'button.msg-form__send-button',
  },
];

export const linkedinAdapter: SiteAdapter = {
  site: 'linkedin',
  recognise(editor): ComposerInfo | null {
    const shape = SHAPES.find((s) => editor.matches(s.editor) && (!s.scopeHas || findInScope(editor, s.scope, s.scopeHas) !== null));
    if (!shape) return null;
    return {
      kind: shape.kind,
      surface: shape.surface,
      fallback: false,
      limit: shape.limit,
      weighted: false,
      findSubmit: () => findInScope(editor, shape.scope, shape.submit),
    };
  },
};
