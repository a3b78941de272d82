/**
 * LinkedIn (www.linkedin.com): Quill share box inside an open shadow root, TipTap and older
 * Quill comment boxes, messaging. Every selector for LinkedIn lives here (composers.md).
 * Recognition starts from the focused editing host, so the decoy .ql-editor in the hidden
 * preload iframe is never touched.
 */
import type { ComposerInfo, SiteAdapter } from './types.ts';
import { findInScope } from './dom.ts';

export const LINKEDIN_POST_LIMIT = 3000;
export const LINKEDIN_COMMENT_LIMIT = 1250;
export const LINKEDIN_MESSAGE_LIMIT = 8000;

interface Shape {
  kind: string;
  surface: ComposerInfo['surface'];
  limit: number;
  editor: string;
  scope: string;
  submit: string;
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
    const shape = SHAPES.find((s) => editor.matches(s.editor));
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
