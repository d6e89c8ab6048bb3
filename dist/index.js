import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(6612);
    const parser_1 = __nccwpck_require__(5152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 6612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    const string_intern_1 = __nccwpck_require__(4579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 5152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 8525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 4579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 9547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(6612);
    const edit = __nccwpck_require__(4807);
    const scanner = __nccwpck_require__(8525);
    const parser = __nccwpck_require__(5152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 3231:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CO: () => (/* binding */ compareEntryPaths),
/* harmony export */   Ir: () => (/* binding */ walkTree),
/* harmony export */   lS: () => (/* binding */ readError),
/* harmony export */   nE: () => (/* binding */ ArtifactError)
/* harmony export */ });
/* unused harmony export normalMode */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7206);
/* harmony import */ var _model_file_entries_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2942);




/** A path of the source that cannot be packed, and why (the message names the path). */
class ArtifactError extends _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionError */ .lZ {
    path;
    reason;
    constructor(file, reason, options) {
        super(`customizer-source: '${(0,_model_file_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeControls */ .UN)(file)}' ${reason}`, options);
        this.name = 'ArtifactError';
        this.path = file;
        this.reason = reason;
    }
}
/** Byte order of the UTF-8 paths: the same on every machine, whatever the locale. */
function compareEntryPaths(a, b) {
    return (0,_model_file_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .compareUtf8 */ .zq)(a.path, b.path);
}
/** 0o755 if any executable bit is set, else 0o644. */
function normalMode(mode) {
    return (mode & 0o111) !== 0 ? 0o755 : 0o644;
}
/** The entries of a directory (every level, hidden ones too; not the root itself), or of one file. */
async function walkTree(source, bounds = _model_file_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .WALK_BOUNDS */ .WW) {
    const info = await io(source, () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(source));
    if (info.isFile()) {
        const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(source);
        checkName(source, name);
        const entry = { path: name, kind: 'file', mode: normalMode(info.mode), size: info.size };
        return { root: node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(source), entries: [entry] };
    }
    if (!info.isDirectory())
        throw new ArtifactError(source, `is ${special(info)}`);
    const realRoot = await io(source, () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(source));
    const walk = { root: source, realRoot, bounds, count: 0 };
    const entries = [];
    await walkDirectory(walk, '', entries);
    return { root: source, entries: entries.sort(compareEntryPaths) };
}
async function walkDirectory(walk, relative, out) {
    const directory = fullPath(walk, relative);
    const raw = await io(directory, () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(directory, { encoding: 'buffer' }));
    const depth = relative === '' ? 1 : relative.split('/').length + 1;
    if (raw.length > 0 && depth > walk.bounds.depth) {
        throw new ArtifactError(directory, `holds entries ${depth} levels below the source; at most ${walk.bounds.depth} levels are walked`);
    }
    walk.count += raw.length;
    if (walk.count > walk.bounds.entries) {
        throw new ArtifactError(walk.root, `holds more than ${walk.bounds.entries} entries (files, folders and links); at most that many are packed`);
    }
    for (const bytes of raw) {
        const name = nameOf(directory, bytes);
        const entry = await describe(walk, relative ? `${relative}/${name}` : name);
        out.push(entry);
        if (entry.kind === 'directory')
            await walkDirectory(walk, entry.path, out);
    }
}
async function describe(walk, relative) {
    const file = fullPath(walk, relative);
    const info = await io(file, () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file));
    if (info.isFile()) {
        return { path: relative, kind: 'file', mode: normalMode(info.mode), size: info.size };
    }
    if (info.isDirectory())
        return { path: relative, kind: 'directory', mode: 0o755, size: 0 };
    if (info.isSymbolicLink())
        return describeLink(walk, relative, file);
    throw new ArtifactError(file, `is ${special(info)}`);
}
async function describeLink(walk, relative, file) {
    const target = linkTarget(file, relative, await io(file, () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(file)));
    const real = await resolveLink(file, target);
    const inside = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(walk.realRoot, real);
    if (inside === '..' || inside.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(inside)) {
        throw new ArtifactError(file, `is a symlink that resolves outside the tree (${real}); ${LINKS}`);
    }
    const info = await io(file, () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real));
    if (info.isFile()) {
        const link = { target, kind: 'file' };
        return { path: relative, kind: 'symlink', mode: normalMode(info.mode), size: 0, link };
    }
    if (info.isDirectory()) {
        const link = { target, kind: 'directory' };
        return { path: relative, kind: 'symlink', mode: 0o755, size: 0, link };
    }
    throw new ArtifactError(file, `is a symlink to ${special(info)}`);
}
/** The link text with forward slashes, if it stays inside the tree as written. */
function linkTarget(file, relative, text) {
    const target = text.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    if ((0,_model_file_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .hasControlCharacter */ .Fd)(target)) {
        throw new ArtifactError(file, 'is a symlink whose target has a control character');
    }
    if (node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.isAbsolute(target) || node_path__WEBPACK_IMPORTED_MODULE_1___default().win32.isAbsolute(text)) {
        throw new ArtifactError(file, `is a symlink to an absolute path (${target}); ${LINKS}`);
    }
    const lexical = node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_1___default().posix.dirname(relative), target);
    if (lexical === '..' || lexical.startsWith('../')) {
        throw new ArtifactError(file, `is a symlink that points outside the tree (${target}); ${LINKS}`);
    }
    return target;
}
const LINKS = 'only relative symlinks to files or directories inside the tree can be packed';
async function resolveLink(file, target) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(file);
    }
    catch (error) {
        const reason = (0,_model_file_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .brokenLinkReason */ .q2)(error.code, target);
        if (reason)
            throw new ArtifactError(file, reason, { cause: error });
        throw readError(file, error);
    }
}
function nameOf(directory, bytes) {
    const name = (0,_model_file_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeName */ .e4)(bytes);
    if (name === undefined)
        throw new ArtifactError(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(directory, bytes.toString('utf8')), _model_file_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .NOT_UTF8_NAME */ .sS);
    checkName(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(directory, name), name);
    return name;
}
function checkName(file, name) {
    if ((0,_model_file_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .hasControlCharacter */ .Fd)(name))
        throw new ArtifactError(file, _model_file_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .CONTROL_NAME */ .YP);
}
function special(info) {
    const kind = (0,_model_file_entries_js__WEBPACK_IMPORTED_MODULE_3__/* .specialKind */ .I2)(info);
    return kind.startsWith('neither')
        ? kind
        : `${kind}; only files, directories and symlinks can be packed`;
}
function fullPath(walk, relative) {
    return relative ? node_path__WEBPACK_IMPORTED_MODULE_1___default().join(walk.root, ...relative.split('/')) : walk.root;
}
/** Runs one file-system call; a failure becomes an ArtifactError naming the path. */
async function io(file, call) {
    try {
        return await call();
    }
    catch (error) {
        throw readError(file, error);
    }
}
/** A read failure (missing, no permission, …) as an ArtifactError naming the path. */
function readError(file, error) {
    if (error instanceof ArtifactError)
        return error;
    const code = error.code;
    const reason = code === 'ENOENT'
        ? 'does not exist'
        : `cannot be read (${error instanceof Error ? error.message : String(error)})`;
    return new ArtifactError(file, reason, { cause: error });
}


/***/ }),

/***/ 7726:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   To: () => (/* binding */ OIDC_AUDIENCE),
/* harmony export */   pl: () => (/* binding */ requestIdTokenEarly),
/* harmony export */   ux: () => (/* binding */ assertionSource)
/* harmony export */ });
// A federated sign-in starts with GitHub's OIDC token. Main requests it before it loads the Azure
// SDK and MSAL (most of the bundle); the credential then uses that token for its first assertion.
/** The public cloud's audience for Entra workload identity federation (config/cloud.ts has all). */
const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
/** An early token older than this is not used: the credential fetches a fresh one instead. */
const EARLY_TOKEN_MAX_AGE_MS = 60_000;
/**
 * Starts the OIDC token request for `audience` (the `audience` input) now; a failure is reported
 * when the credential first asks.
 */
function requestIdTokenEarly(fetch, audience, now = Date.now) {
    const token = fetch(audience);
    // Handled by whoever awaits it; this only keeps an unused failure from crashing the process.
    token.catch(() => undefined);
    return { token, requestedAt: now(), audience };
}
/**
 * The assertion callback of ClientAssertionCredential. The first call takes the early token when
 * it is still fresh; every other call fetches a new one, so builds that outlast both tokens'
 * lifetimes keep signing in.
 */
function assertionSource(fetch, audience, early, now = Date.now) {
    let pending = early?.audience === audience ? early : undefined;
    return () => {
        const usable = pending && now() - pending.requestedAt <= EARLY_TOKEN_MAX_AGE_MS;
        const token = usable && pending ? pending.token : fetch(audience);
        pending = undefined;
        return token;
    };
}


/***/ }),

/***/ 6897:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k: () => (/* binding */ parseAuth),
  l: () => (/* binding */ parseCloud)
});

;// CONCATENATED MODULE: ./src/config/cloud.ts
const CLOUD_NAMES = [
    'AzureCloud',
    'AzureUSGovernment',
    'AzureChinaCloud',
];
const KNOWN_CLOUDS = {
    AzureCloud: {
        armEndpoint: 'https://management.azure.com',
        authorityHost: 'https://login.microsoftonline.com',
    },
    AzureUSGovernment: {
        armEndpoint: 'https://management.usgovcloudapi.net',
        authorityHost: 'https://login.microsoftonline.us',
    },
    AzureChinaCloud: {
        armEndpoint: 'https://management.chinacloudapi.cn',
        authorityHost: 'https://login.chinacloudapi.cn',
    },
};
/**
 * The audience a federated credential expects in GitHub's token, per cloud (Entra's token exchange
 * audiences; azure/login's `audience` input defaults to the public cloud's).
 */
const DEFAULT_OIDC_AUDIENCE = {
    AzureCloud: 'api://AzureADTokenExchange',
    AzureUSGovernment: 'api://AzureADTokenExchangeUSGov',
    AzureChinaCloud: 'api://AzureADTokenExchangeChina',
};
/** The cloud's endpoints, with `arm-endpoint` / `authority-host` overriding the named cloud. */
function resolveCloud(name, armEndpoint, authorityHost) {
    const known = KNOWN_CLOUDS[name];
    const customAuthority = authorityHost !== '' && trimSlash(authorityHost) !== known.authorityHost;
    return {
        name,
        armEndpoint: trimSlash(armEndpoint || known.armEndpoint),
        authorityHost: trimSlash(authorityHost || known.authorityHost),
        customAuthority,
    };
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}

// EXTERNAL MODULE: ./src/model/id-checks.ts
var id_checks = __nccwpck_require__(8728);
// EXTERNAL MODULE: ./src/model/text.ts
var model_text = __nccwpck_require__(5086);
;// CONCATENATED MODULE: ./src/config/auth.ts



/** The cloud's endpoints: `environment`, overridden by `arm-endpoint` / `authority-host`. */
function parseCloud(issues, read) {
    const name = issues.oneOf('environment', read('environment'), CLOUD_NAMES, 'AzureCloud');
    const endpoint = (input) => {
        const value = read(input).trim();
        if (value !== '' && !(0,model_text/* isHttpsUrl */.x3)(value))
            issues.add(input, 'expected an https URL');
        return value;
    };
    return resolveCloud(name, endpoint('arm-endpoint'), endpoint('authority-host'));
}
/** OIDC federation needs both ids (and the id-token permission); otherwise the default chain. */
function parseAuth(issues, read, env, dryRun) {
    const clientId = guidInput(issues, read, 'client-id', 'the application (client) id');
    const tenantId = guidInput(issues, read, 'tenant-id', 'the directory (tenant) id');
    const audience = parseAudience(issues, read);
    if (clientId === '' && tenantId === '') {
        if (audience !== undefined)
            issues.add('audience', 'is used only for OIDC federation, with `client-id` and `tenant-id`');
        return { kind: 'default' };
    }
    if (tenantId === '')
        issues.add('tenant-id', 'is required with `client-id` for OIDC federation');
    if (clientId === '')
        issues.add('client-id', 'is required with `tenant-id` for OIDC federation');
    if (!dryRun && !env.ACTIONS_ID_TOKEN_REQUEST_URL) {
        issues.add('client-id', 'OIDC needs `permissions: id-token: write` in the workflow (no ID token request URL is set)');
    }
    return { kind: 'oidc', clientId, tenantId, audience: audience ?? defaultAudience(read) };
}
/** Entra's limit on a federated credential's audience. */
const MAX_AUDIENCE_LENGTH = 600;
function parseAudience(issues, read) {
    const value = read('audience').trim();
    if (value === '')
        return undefined;
    if (/[\s\p{Cc}]/u.test(value) || value.length > MAX_AUDIENCE_LENGTH)
        issues.add('audience', `expected the audience of the federated credential (up to ${MAX_AUDIENCE_LENGTH} characters, no spaces), such as api://AzureADTokenExchange`);
    return value;
}
/** The named cloud's audience; a bad `environment` is reported by parseCloud. */
function defaultAudience(read) {
    const given = read('environment').trim().toLowerCase();
    const name = CLOUD_NAMES.find((n) => n.toLowerCase() === given) ?? 'AzureCloud';
    return DEFAULT_OIDC_AUDIENCE[name];
}
function guidInput(issues, read, input, what) {
    const value = read(input).trim();
    const problem = value === '' ? undefined : (0,id_checks/* guidProblem */.no)(value, what);
    if (problem)
        issues.add(input, problem);
    return value;
}


/***/ }),

/***/ 2833:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VI: () => (/* binding */ parseCleanupTarget),
/* harmony export */   Z7: () => (/* binding */ templateIdOf),
/* harmony export */   td: () => (/* binding */ cleanupTargetOf)
/* harmony export */ });
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6897);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5993);
/* harmony import */ var _issues_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1012);
/* harmony import */ var _model_run_context_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4882);
/* harmony import */ var _model_resource_ids_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7094);





/**
 * Post without saved state (main was killed before it saved anything): the template is found
 * again from the inputs that name it and sign in, never from workspace files, which a later
 * step may have changed. Undefined when those inputs cannot name a template (then main could
 * not have created one either) or in a dry run.
 */
function parseCleanupTarget(read, env) {
    const issues = new _issues_js__WEBPACK_IMPORTED_MODULE_2__/* .IssueList */ .o3();
    if (issues.boolean('dry-run', read('dry-run'), false))
        return undefined;
    if (issues.boolean('resume', read('resume'), false))
        return undefined;
    const key = (0,_model_run_context_js__WEBPACK_IMPORTED_MODULE_3__/* .jobKey */ .tv)(env, (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .rawInputs */ .me)(read));
    const subscription = read('subscription-id').trim() || env.AZURE_SUBSCRIPTION_ID?.trim() || '';
    const target = {
        cloud: (0,_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .parseCloud */ .l)(issues, read),
        auth: (0,_auth_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAuth */ .k)(issues, read, env, false),
        subscriptionId: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSubscription */ .Is)(issues, subscription),
        resourceGroup: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .checkResourceGroup */ .yr)(issues, read('resource-group').trim()),
        templateName: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTemplateName */ .V4)(issues, read, env, false, key),
        owner: (0,_model_run_context_js__WEBPACK_IMPORTED_MODULE_3__/* .ownerOf */ .bf)(env, key),
        ...pick((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePolicy */ .ON)(issues, read, false, false)),
    };
    return issues.count > 0 ? undefined : target;
}
const pick = ({ cleanup, pollMs }) => ({
    cleanup,
    pollMs,
});
/** What post needs of a parsed Config: saved by main before its first write. */
function cleanupTargetOf(config) {
    const { cloud, auth, subscriptionId, resourceGroup, templateName, owner, cleanup, pollMs } = config;
    return { cloud, auth, subscriptionId, resourceGroup, templateName, owner, cleanup, pollMs };
}
/** The template's resource id, for messages and the `az` commands that remove it. */
function templateIdOf(target) {
    const path = `imageTemplates/${target.templateName}`;
    return (0,_model_resource_ids_js__WEBPACK_IMPORTED_MODULE_4__/* .resourceId */ .a)(target.subscriptionId, target.resourceGroup, 'Microsoft.VirtualMachineImages', path);
}


/***/ }),

/***/ 5993:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  yr: () => (/* binding */ checkResourceGroup),
  Is: () => (/* binding */ checkSubscription),
  o4: () => (/* binding */ parseConfig),
  ON: () => (/* binding */ parsePolicy),
  V4: () => (/* binding */ parseTemplateName),
  me: () => (/* binding */ rawInputs)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/config/auth.ts + 1 modules
var auth = __nccwpck_require__(6897);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/text.ts
var model_text = __nccwpck_require__(5086);
// EXTERNAL MODULE: ./src/config/workspace-files.ts + 10 modules
var workspace_files = __nccwpck_require__(6072);
// EXTERNAL MODULE: ./src/model/script-kind.ts
var script_kind = __nccwpck_require__(3981);
// EXTERNAL MODULE: ./src/config/workspace-walk.ts
var workspace_walk = __nccwpck_require__(9697);
;// CONCATENATED MODULE: ./src/config/customization.ts






const DEFAULT_ARTIFACTS_DIR = 'workflow-artifacts';
/** Repo scripts, build artifacts and validators: resolved, read and size-checked here. */
function parseCustomization(issues, read, workspace, osType, templateName, uploads) {
    // With uploads, scripts above the inline limit go to Blob Storage and run from scriptUri.
    const limit = uploads ? workspace_files/* UPLOAD_LIMIT */.qK : undefined;
    const fromList = (input) => report(issues, input, (0,workspace_files/* resolveWorkspaceFiles */.Jt)(workspace, (0,model_text/* lines */.Mn)(read(input)), limit));
    const scripts = fromList('customizer-scripts');
    const validators = fromList('validator-scripts');
    checkScriptKinds(issues, 'customizer-scripts', scripts, osType, false);
    checkScriptKinds(issues, 'validator-scripts', validators, osType, true);
    const { artifacts, artifactRoot, artifactSource } = uploads
        ? locateArtifacts(issues, read('customizer-source').trim(), workspace)
        : parseArtifacts(issues, read('customizer-source').trim(), workspace);
    const destination = read('customizer-destination').trim() || defaultDestination(osType, templateName);
    if (osType === 'linux' ? !destination.startsWith('/') : !/^[A-Za-z]:\\/.test(destination)) {
        issues.add('customizer-destination', `"${destination}" must be an absolute ${osType} path`);
    }
    checkUploadedFiles(issues, scripts, { uploads, osType, destination });
    const inlined = (0,workspace_files/* totalBytes */.ob)([...scripts, ...validators, ...artifacts].filter(workspace_files/* isInlined */.a4));
    if (inlined > workspace_files/* MAX_INLINE_TOTAL_BYTES */.YY) {
        issues.add('customizer-scripts', `scripts, validators and artifacts total ${inlined} bytes; at most ${workspace_files/* MAX_INLINE_TOTAL_BYTES */.YY} bytes can be inlined in one template (\`storage-account\` lifts the limit for artifacts)`);
    }
    const windowsUpdate = issues.boolean('windows-update', read('windows-update'), false);
    if (windowsUpdate && osType !== 'windows') {
        issues.add('windows-update', 'only applies to Windows images (`os-type: windows`)');
    }
    const inlineScript = read('customizer-script').replace(/\r\n/g, '\n').trim();
    return {
        scripts,
        validators,
        artifacts,
        artifactRoot,
        ...(artifactSource ? { artifactSource } : {}),
        artifactDestination: destination,
        inlineScript,
        windowsUpdate,
    };
}
function parseArtifacts(issues, raw, workspace) {
    const source = raw || DEFAULT_ARTIFACTS_DIR;
    const base = (0,external_node_fs_.realpathSync)(workspace);
    const absolute = external_node_path_default().resolve(base, source);
    if (raw === '' && !(0,external_node_fs_.existsSync)(absolute))
        return { artifacts: [], artifactRoot: '' };
    const artifacts = report(issues, 'customizer-source', (0,workspace_files/* filesBelow */.DR)(workspace, source));
    // A single file lands directly in the destination; a directory keeps its layout below it.
    // Measured like the files' own paths (links not followed), so the two always share a prefix.
    const isDirectory = (0,workspace_files/* isFolder */.lQ)(absolute);
    const root = isDirectory ? absolute : external_node_path_default().dirname(absolute);
    const artifactRoot = (0,workspace_files/* toPosix */.d7)(external_node_path_default().relative(base, root));
    return { artifacts, artifactRoot };
}
/**
 * With `storage-account`, the source is only located here: it is walked and packed as a stream
 * before the upload (steps/uploads.ts), so its size is not limited and nothing is read now.
 */
function locateArtifacts(issues, raw, workspace) {
    const none = { artifacts: [], artifactRoot: '' };
    const relPath = raw || DEFAULT_ARTIFACTS_DIR;
    const base = (0,external_node_fs_.realpathSync)(workspace);
    const absolute = external_node_path_default().resolve(base, relPath);
    if (!(0,external_node_fs_.existsSync)(absolute)) {
        if (raw !== '')
            issues.add('customizer-source', `"${raw}" ${missingReason(absolute)}`);
        return none;
    }
    if (external_node_path_default().relative(base, absolute).startsWith('..'))
        issues.add('customizer-source', `"${raw}" is outside the workspace`);
    return {
        ...none,
        artifactSource: { path: absolute, relPath: (0,workspace_files/* toPosix */.d7)(external_node_path_default().relative(base, absolute)) },
    };
}
/** Why a path is not there: a link that cannot be followed says so. */
function missingReason(absolute) {
    const link = (0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false })?.isSymbolicLink() === true;
    const reason = link ? (0,workspace_walk/* followLink */.sT)(absolute) : undefined;
    return typeof reason === 'string' ? reason : 'does not exist in the workspace';
}
/** An uploaded non-script goes through a File customizer, which on Linux writes below /tmp only. */
function checkUploadedFiles(issues, scripts, where) {
    if (!where.uploads || where.osType !== 'linux' || where.destination.startsWith('/tmp/'))
        return;
    for (const file of scripts.filter((f) => !(0,workspace_files/* isInlined */.a4)(f) && (0,script_kind/* scriptKind */.O)(f.relPath) === 'file'))
        issues.add('customizer-scripts', `"${file.relPath}" is above the inline limit and not a script: it would be delivered by a File customizer, which writes below /tmp only on Linux. Put it in \`customizer-source\` instead`);
}
function report(issues, input, result) {
    for (const problem of result.problems)
        issues.add(input, problem);
    return result.files;
}
function defaultDestination(osType, templateName) {
    return osType === 'windows' ? `C:\\${templateName}` : `/tmp/${templateName}`;
}
/** Shell customizers only run on Linux and PowerShell ones only on Windows; validators are scripts. */
function checkScriptKinds(issues, input, files, osType, scriptsOnly) {
    const wrong = osType === 'windows' ? 'shell' : 'powershell';
    for (const file of files) {
        const kind = (0,script_kind/* scriptKind */.O)(file.relPath);
        if (kind === wrong)
            issues.add(input, `"${file.relPath}" cannot run on a ${osType} image`);
        else if (scriptsOnly && kind === 'file')
            issues.add(input, `"${file.relPath}" is not a .sh or .ps1 script`);
    }
}

;// CONCATENATED MODULE: ./src/config/executable-path.ts
// Finding a program on PATH the way a shell would, without running anything: the script checks
// use whatever bash, sh or PowerShell the runner has, wherever its image put them.


/**
 * The first executable file named `name` in the directories of `pathVar`, or undefined.
 * On Windows only `.exe` counts: spawning a `.cmd` or `.bat` would need a shell.
 */
function findExecutable(name, pathVar, platform = process.platform) {
    const windows = platform === 'win32';
    const delimiter = windows ? ';' : ':';
    const fileName = windows && !name.toLowerCase().endsWith('.exe') ? `${name}.exe` : name;
    for (const dir of pathVar.split(delimiter)) {
        // An empty entry means the current directory to a shell: never trusted here.
        if (dir === '' || !external_node_path_default().isAbsolute(dir))
            continue;
        const candidate = external_node_path_default().join(dir, fileName);
        if (isExecutableFile(candidate, windows))
            return candidate;
    }
    return undefined;
}
function isExecutableFile(file, windows) {
    try {
        if (!(0,external_node_fs_.statSync)(file).isFile())
            return false;
        if (!windows)
            (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        // Missing, not a directory on the way, not executable: not this one.
        return false;
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./src/config/shell-syntax.ts
// The shell's own parser over Shell scripts, without running any of them: one process per shell
// for every script (starting a process per script made 500 scripts take seconds), its lanes
// side by side on the runner's CPUs.


/** The whole run's time limit: this much, plus a little per script. */
const SHELL_CHECK_TIMEOUT_MS = 10_000;
const PER_SCRIPT_MS = 20;
const MAX_TIMEOUT_MS = 60_000;
/** A few lines per script: more is not worth reading. */
const MAX_OUTPUT_BYTES = 1024 * 1024;
const DONE = '\u001e';
/** Stands for a newline inside a one-line record. */
const UNIT = '\u001f';
/** 10 s, plus a little per script, at most a minute. */
const timeoutFor = (scripts) => Math.min(MAX_TIMEOUT_MS, SHELL_CHECK_TIMEOUT_MS + PER_SCRIPT_MS * scripts);
// bash reads each script into a variable and sources it after `set -n` in a command
// substitution's subshell, which parses it and runs nothing (noexec, as `bash -n` does); a fork
// costs far less than starting bash again. Its messages read `/dev/stdin: line N+1: ...` (the
// `set -n` line comes first). extglob is on: a script that enables it itself would otherwise
// fail on its own patterns. The scripts are split into lanes run side by side (lane k takes
// every p-th script from the k-th); bash writes its output line by line, so each script's record
// is one line (messages cut to 2000 bytes, newlines as US): one write, never interleaved.
const BASH_DRIVER = `shopt -s extglob
nl=$'\\n'
p=$1
shift
k=0
while [ "$k" -lt "$p" ]; do
  (
    i=0
    for f do
      if [ $((i % p)) -eq "$k" ]; then
        if [ -r "$f" ]; then
          c=
          IFS= read -r -d '' c < "$f"
          out=$(. /dev/stdin <<<"set -n
$c" 2>&1)
          s=$?
          out=\${out:0:2000}
          printf '${DONE}%s %s${UNIT}%s\\n' "$i" "$s" "\${out//$nl/${UNIT}}"
        else
          printf '${DONE}%s unreadable\\n' "$i"
        fi
      fi
      i=$((i+1))
    done
  ) &
  k=$((k+1))
done
wait`;
// Plain sh has no here-strings or read -d: it starts itself with -n per script, one at a time,
// its messages before the script's marker line.
const SH_DRIVER = `shift
i=0
for f do
  if [ -r "$f" ]; then
    "$0" -n /dev/stdin < "$f" 2>&1
    printf '${DONE}%s %s\\n' "$i" "$?"
  else
    printf '${DONE}%s unreadable\\n' "$i"
  fi
  i=$((i+1))
done`;
/** bash lanes: one per CPU (at most 8), and a single one below 32 scripts. */
const lanesFor = (shell, scripts) => shell === 'bash' ? Math.max(1, Math.min((0,external_node_os_.availableParallelism)(), 8, Math.floor(scripts / 16))) : 1;
/**
 * Parses the scripts at `relPaths` (relative to `cwd`, the workspace) with `shell`, one result
 * per path. The child gets PATH and a C locale only: English messages, no BASH_ENV, no tokens.
 */
function checkShellScripts(shell, relPaths, cwd, timeoutMs = timeoutFor(relPaths.length)) {
    const driver = shell.name === 'bash' ? BASH_DRIVER : SH_DRIVER;
    const lanes = String(lanesFor(shell.name, relPaths.length));
    const result = (0,external_node_child_process_.spawnSync)(shell.path, ['-c', driver, shell.path, lanes, ...relPaths], {
        cwd,
        env: { PATH: process.env.PATH ?? '', LC_ALL: 'C', LANG: 'C' },
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: MAX_OUTPUT_BYTES,
        windowsHide: true,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const results = parseDriverOutput(String(result.stdout), relPaths.length, {
        lineOffset: shell.name === 'bash' ? 1 : 0,
    });
    // Scripts the run did not reach: timed out, output cut short, or the shell did not start.
    const why = timedOut(result) ? `timed out after ${timeoutMs / 1000} s` : whyFailed(result);
    return results.map((r) => r ?? { kind: 'skipped', reason: why });
}
/**
 * The driver's output, one result per script: a marker line `<RS><index> <status>` preceded by
 * the shell's messages (sh), or holding them after a US, one per US (bash). A script without a
 * marker gets undefined.
 */
function parseDriverOutput(stdout, count, options) {
    const results = Array.from({ length: count }, () => undefined);
    let chunk = [];
    for (const text of stdout.split('\n')) {
        if (!text.startsWith(DONE)) {
            chunk.push(text);
            continue;
        }
        // `<RS>index status`, then either the lines before it or, after a US, the record's own.
        const [head = '', ...own] = text.slice(1).split(UNIT);
        const [index = '', status = ''] = head.trim().split(' ');
        const lines = own.length > 0 ? own : chunk;
        if (Number(index) < count)
            results[Number(index)] = resultOf(lines, status, options.lineOffset);
        chunk = [];
    }
    return results;
}
function resultOf(lines, status, lineOffset) {
    if (status === 'unreadable')
        return { kind: 'skipped', reason: 'the file could not be read' };
    const findings = parseShellOutput(lines.join('\n'), lineOffset);
    // A failure that names no line is the check's problem, not the script's: it is skipped.
    if (status !== '0' && !findings.some((f) => f.severity === 'error')) {
        const first = lines.find((l) => l.trim() !== '')?.trim() ?? `exit status ${status}`;
        return { kind: 'skipped', reason: `the check failed without naming a line: ${first}` };
    }
    return { kind: 'checked', findings };
}
/** spawnSync's own timeout fired (the child was killed). */
const timedOut = (result) => result.error !== undefined && 'code' in result.error && result.error.code === 'ETIMEDOUT';
/** The spawn error, else the first line printed on stderr, else the exit status. */
function whyFailed(result) {
    const first = String(result.stderr)
        .split('\n')
        .find((l) => l.trim() !== '');
    return (result.error?.message ?? first ?? `exit status ${String(result.status)}`).trim();
}
// bash: `/dev/stdin: line 3: syntax error near unexpected token `fi'`, then the line itself in
// backquotes; dash: `/dev/stdin: 3: Syntax error: "fi" unexpected`; busybox prefixes `sh: `.
const MESSAGE = /\/dev\/stdin: (?:line )?(\d+): (.*)$/;
/**
 * The shell's messages as findings, line numbers less `lineOffset`: the first error (the shell
 * stops there) and every warning (`here-document at line 1 delimited by end-of-file`).
 */
function parseShellOutput(output, lineOffset = 0) {
    const findings = [];
    for (const text of output.split('\n')) {
        const finding = findingOf(text.trimEnd(), lineOffset);
        if (!finding)
            continue;
        if (finding.severity === 'error' && findings.some((f) => f.severity === 'error'))
            continue;
        findings.push(finding);
    }
    return findings;
}
function findingOf(text, lineOffset) {
    const match = MESSAGE.exec(text);
    if (!match)
        return undefined;
    const [, at = '1', raw = ''] = match;
    // bash echoes the offending line in backquotes after the error: the annotation shows it.
    if (raw.startsWith('`'))
        return undefined;
    const shift = (n) => Math.max(1, Number(n) - lineOffset);
    const warning = /^warning: /i.exec(raw);
    const message = (warning ? raw.slice(warning[0].length) : raw).replace(/\bat line (\d+)/g, (_, n) => `at line ${shift(n)}`);
    // An unclosed here-document is reported past the last line: point at where it opens.
    const opened = /^here-document at line (\d+)/.exec(message)?.[1];
    return {
        severity: warning ? 'warning' : 'error',
        line: opened ? Number(opened) : shift(at),
        message,
    };
}
/** Splits paths so each batch's total length stays under `maxChars` (command line limits). */
function batchByLength(paths, maxChars) {
    const out = [];
    let current = [];
    let chars = 0;
    for (const p of paths) {
        if (current.length > 0 && chars + p.length + 1 > maxChars) {
            out.push(current);
            current = [];
            chars = 0;
        }
        current.push(p);
        chars += p.length + 1;
    }
    if (current.length > 0)
        out.push(current);
    return out;
}

;// CONCATENATED MODULE: ./src/config/powershell-syntax.ts
// PowerShell's own parser over every .ps1 at once: one process, since PowerShell takes most of a
// second to start. The scripts are parsed, never run.


const POWERSHELL_CHECK_TIMEOUT_MS = 30_000;
const powershell_syntax_MAX_OUTPUT_BYTES = 1024 * 1024;
/** Windows limits one environment variable to 32767 characters: larger lists go in batches. */
const MAX_PATHS_CHARS = 16_000;
/** Errors kept per script: the parser's later errors mostly follow from the first. */
const MAX_ERRORS_PER_SCRIPT = 5;
const PATHS_VARIABLE = 'AIB_CHECK_SCRIPTS';
// Written for Windows PowerShell 5.1 too (no PowerShell 7 syntax). One output line per parse
// error: marker, index of the script, line, column, message on one line.
const DRIVER = [
    "$ErrorActionPreference = 'Stop'",
    '[Console]::OutputEncoding = [Text.Encoding]::UTF8',
    '$i = 0',
    `foreach ($p in ($env:${PATHS_VARIABLE} -split "\`n")) {`,
    '  $errors = $null; $tokens = $null',
    '  $full = [IO.Path]::GetFullPath($p)',
    '  [void][System.Management.Automation.Language.Parser]::ParseFile($full, [ref]$tokens, [ref]$errors)',
    '  foreach ($e in $errors) {',
    "    $m = $e.Message -replace '\\s+', ' '",
    '    [Console]::Out.WriteLine("aib-parse`t$i`t$($e.Extent.StartLineNumber)`t$($e.Extent.StartColumnNumber)`t$m")',
    '  }',
    '  $i++',
    '}',
].join('\n');
/**
 * Parses `relPaths` (relative to `cwd`, the workspace) with `[Parser]::ParseFile`. The driver
 * goes in -EncodedCommand and the paths in an environment variable, so no quoting is involved.
 */
function checkPowerShellSyntax(exe, relPaths, cwd, timeoutMs = POWERSHELL_CHECK_TIMEOUT_MS) {
    const findings = [];
    for (const batch of batchByLength(relPaths, MAX_PATHS_CHARS)) {
        const result = runBatch(exe, batch, cwd, timeoutMs);
        if (result.kind === 'skipped')
            return result;
        findings.push(...result.findings);
    }
    return { kind: 'checked', findings };
}
function runBatch(exe, relPaths, cwd, timeoutMs) {
    const result = (0,external_node_child_process_.spawnSync)(exe, ['-NoLogo', '-NoProfile', '-NonInteractive', '-EncodedCommand', encode(DRIVER)], {
        cwd,
        env: childEnv(relPaths),
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: powershell_syntax_MAX_OUTPUT_BYTES,
        windowsHide: true,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (timedOut(result))
        return { kind: 'skipped', reason: `timed out after ${timeoutMs / 1000} s` };
    if (result.status !== 0 || result.error)
        return { kind: 'skipped', reason: `the parser did not run: ${whyFailed(result)}` };
    return {
        kind: 'checked',
        findings: parsePowerShellOutput(String(result.stdout), relPaths.length),
    };
}
/** The driver's lines as findings per script; anything else PowerShell printed is ignored. */
function parsePowerShellOutput(stdout, count) {
    const findings = Array.from({ length: count }, () => []);
    for (const text of stdout.split(/\r?\n/)) {
        const [marker, index, line, column, ...message] = text.split('\t');
        const list = findings[Number(index)];
        if (marker !== 'aib-parse' || !list || list.length >= MAX_ERRORS_PER_SCRIPT)
            continue;
        list.push({
            severity: 'error',
            line: Math.max(1, Number(line) || 1),
            column: Math.max(1, Number(column) || 1),
            message: message.join(' ').trim(),
        });
    }
    return findings;
}
/** -EncodedCommand takes base64 of UTF-16LE. */
const encode = (script) => Buffer.from(script, 'utf16le').toString('base64');
/** What PowerShell needs to start on each OS, the paths, and nothing else (no tokens). */
function childEnv(relPaths) {
    const keep = /^(PATH|HOME|TMPDIR|TEMP|TMP|SYSTEMROOT|WINDIR|USERPROFILE|APPDATA|LOCALAPPDATA|PROGRAMDATA|PROGRAMFILES|COMSPEC|PSMODULEPATH)$/i;
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => keep.test(name)));
    return {
        ...env,
        POWERSHELL_TELEMETRY_OPTOUT: '1',
        POWERSHELL_UPDATECHECK: 'Off',
        [PATHS_VARIABLE]: relPaths.join('\n'),
    };
}

// EXTERNAL MODULE: ./src/model/template-problem.ts
var template_problem = __nccwpck_require__(3805);
;// CONCATENATED MODULE: ./src/config/remote-pins.ts

/** The field that holds each step type's download; the service checks it against sha256Checksum. */
const URI_FIELD = {
    Shell: 'scriptUri',
    PowerShell: 'scriptUri',
    File: 'sourceUri',
};
/** One warning per downloaded step of the template file that no checksum pins. */
function unpinnedDownloads(file) {
    const { properties, locate } = file.loaded;
    const validate = (0,template_problem/* isRecord */.u4)(properties.validate) ? properties.validate : {};
    const lists = [
        [['properties', 'customize'], (0,template_problem/* records */.V0)(properties.customize)],
        [['properties', 'validate', 'inVMValidations'], (0,template_problem/* records */.V0)(validate.inVMValidations)],
    ];
    const notices = [];
    for (const [listPath, steps] of lists)
        steps.forEach((step, i) => {
            const type = String(step.type);
            const field = URI_FIELD[type];
            const uri = field === undefined ? undefined : step[field];
            if (typeof uri !== 'string' || uri === '' || hasChecksum(step))
                return;
            const path = (0,template_problem/* formatPath */.jV)([...listPath, i]);
            const position = locate(path);
            const name = typeof step.name === 'string' && step.name !== '' ? `"${step.name}" ` : '';
            const message = `(${name}${type}) ${field} ${withoutQuery(uri)} has no sha256Checksum: nothing pins what the build downloads; add the file's SHA-256`;
            notices.push({
                level: 'warning',
                input: 'template',
                message: (0,template_problem/* formatProblem */.Vw)(file.relPath, { path, message, ...position }),
                ...(position ? { at: { file: file.relPath, ...position } } : {}),
            });
        });
    return notices;
}
const hasChecksum = (step) => typeof step.sha256Checksum === 'string' && step.sha256Checksum.trim() !== '';
/** The URL without its query: a SAS token there is a secret. */
function withoutQuery(uri) {
    const at = uri.search(/[?#]/);
    return at === -1 ? uri : `${uri.slice(0, at)}?…`;
}

;// CONCATENATED MODULE: ./src/config/script-bytes.ts
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const LF_FIX = 'save it with LF line endings (e.g. `*.sh text eol=lf` in .gitattributes)';
/**
 * The BOM and CRLF rules. A Shell script is run by executing it (its `#!` picks the interpreter),
 * so a broken `#!` line fails the customizer: an error. A File is only copied, so the same bytes
 * are a warning there. PowerShell reads a BOM and CRLF as intended: nothing to say.
 */
function checkScriptBytes(bytes, kind) {
    if (kind === 'powershell')
        return { findings: [], allCrlf: false };
    const crlf = crlfLines(bytes);
    const findings = startFindings(bytes, kind, crlf);
    if (kind !== 'shell')
        return { findings, allCrlf: false };
    findings.push(...crlfFindings(crlf, hasShebang(bytes) && crlf.lines[0] === 1));
    return { findings, allCrlf: crlf.all };
}
const hasBom = (bytes) => bytes.subarray(0, 3).equals(BOM);
/** `#!` first, after a BOM if there is one (a BOM hides it from Linux: see startFindings). */
function hasShebang(bytes) {
    const at = hasBom(bytes) ? 3 : 0;
    return bytes[at] === 0x23 && bytes[at + 1] === 0x21;
}
/** The BOM and the `#!` line's own line ending: both break the script before it starts. */
function startFindings(bytes, kind, crlf) {
    const severity = kind === 'shell' ? 'error' : 'warning';
    const bom = hasBom(bytes);
    const shebang = hasShebang(bytes);
    const findings = [];
    if (bom && shebang)
        findings.push({
            severity,
            line: 1,
            column: 1,
            message: 'starts with a UTF-8 byte order mark before `#!`: Linux then does not see the `#!` line and runs the script with /bin/sh; save it without a BOM',
        });
    else if (bom && kind === 'shell')
        findings.push({
            severity: 'warning',
            line: 1,
            column: 1,
            message: 'starts with a UTF-8 byte order mark: the shell reads it as part of the first word; save it without a BOM',
        });
    if (shebang && crlf.lines[0] === 1)
        findings.push({
            severity,
            line: 1,
            column: bytes.indexOf(0x0d) + 1 - (bom ? 3 : 0),
            message: `the \`#!\` line ends with CRLF: Linux looks for an interpreter whose name ends in \\r and fails with "bad interpreter"; ${LF_FIX}`,
        });
    return findings;
}
function crlfLines(bytes) {
    const lines = [];
    let line = 1;
    let ended = 0;
    for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) {
        if (at > 0 && bytes[at - 1] === 0x0d)
            lines.push(line);
        ended++;
        line++;
    }
    return { lines, all: lines.length > 0 && lines.length === ended };
}
/**
 * Bash treats `\r` as an ordinary character: it stays in the last word of each line, so `then\r`
 * is no keyword and `cd /tmp\r` names a directory that does not exist. A file whose every line
 * ends with CRLF was saved or checked out with Windows line endings and cannot work: an error.
 * Only some lines: perhaps data that means it (a heredoc), so a warning naming the first.
 */
function crlfFindings(crlf, shebangReported) {
    const rest = shebangReported ? crlf.lines.slice(1) : crlf.lines;
    const first = rest[0];
    if (first === undefined)
        return [];
    if (crlf.all)
        return shebangReported
            ? []
            : [
                {
                    severity: 'error',
                    line: first,
                    message: `every line ends with CRLF (Windows line endings): bash keeps the \\r in each line's last word, so \`then\\r\` is no keyword and \`cd /tmp\\r\` fails; ${LF_FIX}`,
                },
            ];
    const count = rest.length === 1 ? '1 line ends' : `${rest.length} lines end`;
    return [
        {
            severity: 'warning',
            line: first,
            message: `${count} with CRLF, the first at line ${first}: bash keeps the \\r in the line's last word; ${LF_FIX} unless the \\r is meant as data`,
        },
    ];
}
/**
 * The shell that syntax-checks a Shell script: from its `#!` line (`/bin/bash`,
 * `/usr/bin/env bash`, `/usr/bin/env -S bash -e`, `/bin/sh`, `/bin/dash`), bash without one
 * (`none`, worth a warning), or undefined for another interpreter (python, zsh...: not checked).
 */
function shebangShell(bytes) {
    const text = bytes
        .subarray(0, 256)
        .toString('utf8')
        .replace(/^\uFEFF/, '');
    if (!text.startsWith('#!'))
        return 'none';
    const words = (text.slice(2).split('\n')[0] ?? '').trim().split(/\s+/);
    let program = basename(words[0] ?? '');
    if (program === 'env')
        program = basename(envProgram(words.slice(1)));
    return program === 'bash' || program === 'sh' || program === 'dash' ? program : undefined;
}
const basename = (word) => word.replace(/\r$/, '').split('/').pop() ?? '';
/** env's options whose value is the next word: `-u NAME`, `-C DIR`. */
const ENV_OPTION_WITH_VALUE = new Set(['-u', '--unset', '-C', '--chdir']);
/**
 * `env [-S] [-i] [-u NAME] [-C DIR] [NAME=value...] shell`: the first word that is not an option,
 * an option's value or an assignment.
 */
function envProgram(words) {
    for (let at = 0; at < words.length; at++) {
        const word = words[at] ?? '';
        if (ENV_OPTION_WITH_VALUE.has(word))
            at++;
        else if (!word.startsWith('-') && !word.includes('='))
            return word;
    }
    return '';
}

;// CONCATENATED MODULE: ./src/config/shell-checks.ts



/** Paths per shell process: well under Windows' 32767-character command line. */
const MAX_ARGS_CHARS = 24_000;
const NO_SHEBANG = {
    severity: 'warning',
    line: 1,
    message: 'has no `#!` line, so the shell that runs it depends on the image (an inlined script runs under /bin/sh: dash on Ubuntu) and the syntax check uses bash. Start it with `#!/bin/bash` or `#!/bin/sh`',
};
/**
 * Syntax-checks Shell scripts with the shell of their `#!` line (bash without one) when the
 * runner has it; reports findings through `report` and returns what was skipped, as notices.
 */
function checkShellSyntax(scripts, where, report) {
    const groups = new Map();
    for (const script of scripts) {
        const declared = shebangShell(script.file.bytes);
        // Another interpreter (python, zsh...): not one this action knows how to check.
        if (declared === undefined)
            continue;
        if (declared === 'none')
            report(script, [NO_SHEBANG]);
        const shell = declared === 'none' ? 'bash' : declared;
        groups.set(shell, [...(groups.get(shell) ?? []), script]);
    }
    const skipped = new Skipped();
    for (const [name, group] of groups)
        checkGroup(name, group, { ...where, report, skipped });
    return skipped.notices();
}
function checkGroup(name, group, context) {
    const path = findExecutable(name, context.pathVar);
    if (path === undefined) {
        for (const script of group)
            context.skipped.add(`${name} is not on PATH`, script);
        return;
    }
    const results = runGroup({ name, path }, group, context.cwd);
    for (const script of group) {
        const result = results.get(script.file.relPath);
        if (result?.kind !== 'checked') {
            context.skipped.add(`${name}: ${result?.reason ?? 'not run'}`, script);
            continue;
        }
        const tool = ` (${name} -n)`;
        context.report(script, result.findings.map((f) => ({ ...f, message: f.message + tool })));
    }
}
/** Each distinct path once (a script may be both a customizer and a validator). */
function runGroup(shell, group, cwd) {
    const paths = [...new Set(group.map((s) => s.file.relPath))];
    const results = new Map();
    for (const batch of batchByLength(paths, MAX_ARGS_CHARS)) {
        const checked = checkShellScripts(shell, batch, cwd);
        batch.forEach((p, i) => {
            const result = checked[i];
            if (result)
                results.set(p, result);
        });
    }
    return results;
}
/** Reason → the scripts it kept from being checked: one info notice per reason. */
class Skipped {
    byReason = new Map();
    add(reason, script) {
        const entry = this.byReason.get(reason) ?? { input: script.input, names: [] };
        entry.names.push(script.file.relPath);
        this.byReason.set(reason, entry);
    }
    notices() {
        return [...this.byReason].map(([reason, { input, names }]) => ({
            level: 'info',
            input,
            message: `Shell syntax was not checked (${reason}): ${listOf(names)}`,
        }));
    }
}
/** `a.sh, b.sh, c.sh and 3 more`: a notice stays one line however many scripts it is about. */
function listOf(names, shown = 3) {
    if (names.length <= shown)
        return names.join(', ');
    return `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
}

;// CONCATENATED MODULE: ./src/config/script-checks.ts
// Broken scripts caught before any request, with no credentials: the bytes that break a script on
// Linux, the shell's and PowerShell's own parsers (when the runner has them), and downloads in a
// template file that nothing pins. Errors are input problems at the file's line; the rest, and
// every check that could not run, are notices.








/**
 * Checks every repository script and the template file's downloads. Errors are added to
 * `issues` at their file and line; warnings and skipped checks are returned.
 */
function checkScripts(issues, input) {
    // Findings are kept per script and reported in the inputs' order, whichever check found them.
    const found = new Map();
    const report = (script, findings) => found.set(script, [...(found.get(script) ?? []), ...findings]);
    const scripts = [
        ...input.customization.scripts.map((file) => ({ input: 'customizer-scripts', file })),
        ...input.customization.validators.map((file) => ({
            input: 'validator-scripts',
            file,
        })),
    ];
    const shell = [];
    const powershell = [];
    for (const script of scripts) {
        const kind = (0,script_kind/* scriptKind */.O)(script.file.relPath);
        const bytes = checkScriptBytes(script.file.bytes, kind);
        report(script, bytes.findings);
        // A file with CRLF on every line is already an error; bash would only trip over the \r.
        if (kind === 'shell' && !bytes.allCrlf)
            shell.push(script);
        if (kind === 'powershell')
            powershell.push(script);
    }
    // Both parsers read the scripts from the workspace by their relative paths.
    const where = { pathVar: input.pathVar, cwd: (0,external_node_fs_.realpathSync)(input.workspace) };
    const skipped = [
        ...checkShellSyntax(shell.slice(0, MAX_PARSED), where, report),
        ...checkPowerShell(powershell.slice(0, MAX_PARSED), where, report),
        ...notParsed([...shell.slice(MAX_PARSED), ...powershell.slice(MAX_PARSED)]),
    ];
    const notices = [];
    const record = reporter(issues, notices);
    for (const script of scripts)
        record(script, found.get(script) ?? []);
    const pins = input.templateFile ? unpinnedDownloads(input.templateFile) : [];
    return [...fewer(notices), ...skipped, ...pins];
}
/**
 * Scripts parsed per shell or PowerShell at most: parsing costs a few milliseconds a script
 * (dash starts once per script), and a step with thousands of scripts should not wait a minute.
 */
const MAX_PARSED = 1000;
function notParsed(rest) {
    const first = rest[0];
    if (!first)
        return [];
    const names = rest.map((s) => s.file.relPath);
    const message = `syntax not checked for ${rest.length} more scripts (at most ${MAX_PARSED} per parser): ${listOf(names)}`;
    return [{ level: 'info', input: first.input, message }];
}
/** The same warning on many scripts is shown for the first few, then counted once. */
const SAME_WARNING_SHOWN = 5;
function fewer(notices) {
    const kept = [];
    const extra = new Map();
    for (const notice of notices) {
        // `<file>:<line>[:<col>]: <message>`: the same message at other files is the same warning.
        const what = notice.message.replace(/^[^:]*:\d+(?::\d+)?: /, '');
        const same = extra.get(what) ?? [];
        if (same.length === 0)
            extra.set(what, same);
        if (same.length < SAME_WARNING_SHOWN)
            kept.push(notice);
        same.push(notice);
    }
    for (const [what, all] of extra) {
        const more = all.slice(SAME_WARNING_SHOWN);
        const first = more[0];
        if (!first)
            continue;
        const files = listOf(more.map((n) => n.at?.file ?? ''));
        kept.push({
            level: first.level,
            input: first.input,
            message: `${more.length} more scripts: ${what} (${files})`,
        });
    }
    return kept;
}
/** Errors become input problems, warnings notices; both at `<file>:<line>[:<col>]`. */
function reporter(issues, notices) {
    return (script, findings) => {
        for (const { severity, line, column, message } of findings) {
            const file = script.file.relPath;
            const where = column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
            const at = column === undefined ? { file, line } : { file, line, column };
            const text = `${where}: ${message}`;
            if (severity === 'error')
                issues.add(script.input, text, at);
            else
                notices.push({ level: 'warning', input: script.input, message: text, at });
        }
    };
}
/**
 * One parser run for every .ps1. Windows PowerShell first: the build VM runs PowerShell
 * customizers with it, and pwsh 7 accepts syntax it does not (`&&`, `??`, `a ? b : c`).
 */
function checkPowerShell(scripts, where, report) {
    const first = scripts[0];
    if (!first)
        return [];
    const exe = findExecutable('powershell', where.pathVar) ?? findExecutable('pwsh', where.pathVar);
    const names = scripts.map((s) => s.file.relPath);
    const skipped = (why) => [
        {
            level: 'info',
            input: first.input,
            message: `PowerShell syntax was not checked (${why}): ${listOf(names)}`,
        },
    ];
    if (!exe)
        return skipped('neither pwsh nor powershell is on PATH');
    const result = checkPowerShellSyntax(exe, names, where.cwd);
    if (result.kind === 'skipped')
        return skipped(result.reason);
    const tool = ` (${external_node_path_default().basename(exe).replace(/\.exe$/i, '')} parser)`;
    scripts.forEach((script, i) => report(script, (result.findings[i] ?? []).map((f) => ({ ...f, message: f.message + tool }))));
    return [];
}

// EXTERNAL MODULE: ./src/model/id-checks.ts
var id_checks = __nccwpck_require__(8728);
// EXTERNAL MODULE: ./src/model/resource-ids.ts
var resource_ids = __nccwpck_require__(7094);
;// CONCATENATED MODULE: ./src/config/gallery.ts




const INT32_MAX = 2147483647;
const STORAGE_TYPES = ['Standard_LRS', 'Standard_ZRS', 'Premium_LRS', 'PremiumV2_LRS'];
const SECURITY_TYPES = [
    'Standard',
    'TrustedLaunch',
    'TrustedLaunchSupported',
    'ConfidentialVM',
    'ConfidentialVMSupported',
    'TrustedLaunchAndConfidentialVmSupported',
];
/** The gallery target: definition or version id, version, versioning, regions, definition spec. */
function parseGallery(issues, ctx) {
    const raw = ctx.read('gallery-image').trim();
    const version = parseGalleryVersion(issues, ctx.read('gallery-image-version'));
    const targetRegions = parseRegions(issues, ctx.read('replication-regions'), ctx.location);
    const excludeFromLatest = issues.boolean('exclude-from-latest', ctx.read('exclude-from-latest'), false);
    const versioning = parseVersioning(issues, ctx.read('gallery-image-versioning'));
    const definition = parseDefinitionSpec(issues, ctx);
    if (raw === '') {
        if (version)
            issues.add('gallery-image-version', 'needs `gallery-image`');
        return undefined;
    }
    const ids = galleryIds(issues, raw, version);
    return {
        ...ids,
        versioning: ids.version ? undefined : versioning,
        definition,
        targetRegions,
        excludeFromLatest,
    };
}
function galleryIds(issues, raw, version) {
    if (/\/versions\/[^/]*$/i.test(raw)) {
        if (version)
            issues.add('gallery-image-version', '`gallery-image` already names a version');
        const versionName = /\/versions\/([^/]*)$/i.exec(raw)?.[1] ?? '';
        const named = galleryVersionFromText(versionName);
        if (!named)
            issues.add('gallery-image', `version "${versionName}" is not x.y.z`);
        const definitionId = raw.replace(/\/versions\/[^/]*$/i, '');
        const checked = (0,id_checks/* checkResourceId */.sK)(definitionId, resource_ids/* GALLERY_IMAGE_TYPE */.K8);
        if (typeof checked === 'string')
            issues.add('gallery-image', checked);
        return { galleryImageId: raw, definitionId, version: named };
    }
    const checked = (0,id_checks/* checkResourceId */.sK)(raw, resource_ids/* GALLERY_IMAGE_TYPE */.K8);
    if (typeof checked === 'string') {
        const shape = checked.startsWith('expected ');
        issues.add('gallery-image', shape ? `${checked} (optionally + /versions/x.y.z)` : checked);
    }
    const galleryImageId = version ? `${raw}/versions/${version}` : raw;
    return { galleryImageId, definitionId: raw, version };
}
/** `1.4.2`, `v1.4.2`, `release-1.4.2`, `release/1.4.2` and `refs/tags/v1.4.2` all mean 1.4.2. */
function galleryVersionFromText(raw) {
    const text = raw.trim().replace(/^refs\/tags\//, '');
    const match = /^(?:v|release-|release\/)?(\d+)\.(\d+)\.(\d+)$/i.exec(text);
    if (!match)
        return undefined;
    const parts = match.slice(1);
    const valid = parts.every((p) => (p === '0' || !p.startsWith('0')) && Number(p) <= INT32_MAX);
    return valid ? parts.join('.') : undefined;
}
function parseGalleryVersion(issues, raw) {
    if (raw.trim() === '')
        return undefined;
    const version = galleryVersionFromText(raw);
    if (!version) {
        issues.add('gallery-image-version', `expected x.y.z (or a tag like v1.4.2): three whole numbers without leading zeros, got "${raw}"`);
    }
    return version;
}
/** `latest` (default), `latest:<major>`, or `source` (the platform image's own version). */
function parseVersioning(issues, raw) {
    const text = raw.trim().toLowerCase();
    if (text === '' || text === 'latest')
        return { scheme: 'Latest' };
    if (text === 'source')
        return { scheme: 'Source' };
    const major = /^latest:(\d{1,9})$/.exec(text)?.[1];
    if (major !== undefined)
        return { scheme: 'Latest', major: Number(major) };
    issues.add('gallery-image-versioning', `expected latest, latest:<major> or source, got "${raw}"`);
    return { scheme: 'Latest' };
}
/** `region[=replicas][:storage-type]`, comma or newline separated; the build region is always added. */
function parseRegions(issues, raw, location) {
    const regions = new Map();
    for (const item of (0,model_text/* listItems */.Dw)(raw)) {
        const region = parseRegion(item);
        if (region)
            regions.set(region.name, region);
        else
            issues.add('replication-regions', `"${item}" is not region[=replicas][:storage-type] (replicas 1-100; storage ${STORAGE_TYPES.join(', ')})`);
    }
    // The build region always holds a replica: the service requires it for gallery versions.
    if (location && !regions.has(location))
        regions.set(location, { name: location });
    return [...regions.values()];
}
function parseRegion(item) {
    const match = /^([^=:]+?)\s*(?:=\s*(\d+))?\s*(?::\s*(\S+))?$/.exec(item);
    if (!match)
        return undefined;
    const [, name = '', count, storage] = match;
    const region = normalizeRegion(name);
    const replicaCount = count === undefined ? undefined : Number(count);
    const storageAccountType = storageTypeOf(storage);
    const countOk = replicaCount === undefined || (replicaCount >= 1 && replicaCount <= 100);
    if (!isRegion(region) || storageAccountType === null || !countOk)
        return undefined;
    return (0,template_problem/* definedOnly */.Uv)({ name: region, replicaCount, storageAccountType });
}
/** The storage type named (case-insensitively), undefined when none, null when unknown. */
function storageTypeOf(raw) {
    if (raw === undefined)
        return undefined;
    return STORAGE_TYPES.find((t) => t.toLowerCase() === raw.toLowerCase()) ?? null;
}
function normalizeRegion(raw) {
    return raw.replaceAll(' ', '').toLowerCase();
}
function isRegion(value) {
    return /^[a-z][a-z0-9]{2,39}$/.test(value);
}
/** Definition inputs: explicit values win, else what the source image tells (sku names). */
function parseDefinitionSpec(issues, ctx) {
    const { read } = ctx;
    const identifier = parseIdentifier(issues, read);
    const osState = issues.oneOf('gallery-image-os-state', read('gallery-image-os-state'), ['Generalized', 'Specialized'], 'Generalized');
    const inferred = inferImageFacts(ctx.source);
    const hyperVGeneration = optionalOneOf(issues, 'gallery-image-hyper-v-generation', read, ['V1', 'V2']) ??
        inferred.hyperVGeneration;
    const architecture = optionalOneOf(issues, 'gallery-image-architecture', read, ['x64', 'Arm64']) ??
        inferred.architecture;
    const securityType = optionalOneOf(issues, 'gallery-image-security-type', read, SECURITY_TYPES);
    if (securityType?.startsWith('Trusted') && hyperVGeneration === 'V1') {
        issues.add('gallery-image-security-type', `${securityType} needs a Hyper-V generation V2 image`);
    }
    return (0,template_problem/* definedOnly */.Uv)({ identifier, osState, hyperVGeneration, architecture, securityType });
}
function optionalOneOf(issues, input, read, allowed) {
    return read(input).trim() === ''
        ? undefined
        : issues.oneOf(input, read(input), allowed, allowed[0]);
}
function parseIdentifier(issues, read) {
    const parts = ['gallery-image-publisher', 'gallery-image-offer', 'gallery-image-sku'].map((input) => ({ input, value: read(input).trim() }));
    const given = parts.filter((p) => p.value !== '');
    if (given.length === 0)
        return undefined;
    for (const p of parts) {
        if (p.value === '')
            issues.add(p.input, 'is required with the other gallery-image-publisher/offer/sku inputs');
        else if (!/^[A-Za-z0-9][\w.-]{0,127}$/.test(p.value))
            issues.add(p.input, `"${p.value}" must be letters, digits, _ . - (up to 128)`);
    }
    const [publisher = '', offer = '', sku = ''] = parts.map((p) => p.value);
    return { publisher, offer, sku };
}
/** Platform image skus say their generation and architecture (`…-gen2`, `…-arm64`); ids do not. */
function inferImageFacts(source) {
    if (source?.type !== 'PlatformImage')
        return {};
    const text = `${source.offer} ${source.sku}`.toLowerCase();
    const architecture = /arm64|aarch64/.test(text) ? 'Arm64' : 'x64';
    const hyperVGeneration = /gen2|-g2\b|arm64/.test(text)
        ? 'V2'
        : /gen1|-g1\b/.test(text)
            ? 'V1'
            : undefined;
    return (0,template_problem/* definedOnly */.Uv)({ hyperVGeneration, architecture });
}

;// CONCATENATED MODULE: ./src/config/distribution.ts





/** Managed image, gallery and VHD targets; a managed image named after the template by default. */
function parseDistribution(issues, inputs) {
    const { read } = inputs;
    const gallery = parseGallery(issues, inputs);
    const vhd = parseVhd(issues, read('vhd'));
    const managed = read('managed-image').trim();
    const useDefault = managed === '' && !gallery && !vhd && !inputs.fileHasTargets;
    const managedImageId = useDefault
        ? (0,resource_ids/* resourceId */.a)(inputs.subscriptionId, inputs.resourceGroup, 'Microsoft.Compute', `images/${inputs.templateName}`)
        : parseManagedImage(issues, managed, inputs);
    const artifactTags = { ...parseTags(issues, read('artifact-tags')), ...inputs.provenance };
    return { managedImageId, gallery, vhd, artifactTags };
}
function parseManagedImage(issues, raw, inputs) {
    if (raw === '')
        return undefined;
    if (raw.startsWith('/')) {
        const checked = (0,id_checks/* checkResourceId */.sK)(raw, resource_ids/* MANAGED_IMAGE_TYPE */.RU);
        if (typeof checked !== 'string')
            return raw;
        issues.add('managed-image', checked.replace(/^expected /, 'expected a name or '));
        return undefined;
    }
    if (!(0,resource_ids/* isResourceName */.kK)(raw)) {
        issues.add('managed-image', `"${raw}" is not a valid image name (letters, digits, _ . -; up to 80)`);
        return undefined;
    }
    return (0,resource_ids/* resourceId */.a)(inputs.subscriptionId, inputs.resourceGroup, 'Microsoft.Compute', `images/${raw}`);
}
function parseVhd(issues, raw) {
    const text = raw.trim();
    if (text === '' || text.toLowerCase() === 'false')
        return undefined;
    if (text.toLowerCase() === 'true')
        return true;
    const pathname = (0,model_text/* isHttpsUrl */.x3)(text) ? new URL(text).pathname : '';
    const segments = pathname.split('/').filter((part) => part !== '');
    if (/\.vhd$/i.test(pathname) && segments.length >= 2)
        return text;
    const why = /\.vhd$/i.test(pathname)
        ? ` with its container (https://ACCOUNT.blob…/CONTAINER/NAME.vhd), got "${text}"`
        : '';
    issues.add('vhd', `expected true, false, or an https blob URI ending in .vhd${why}`);
    return undefined;
}
const TAG_NAME = /^[^<>%&\\?/]{1,512}$/;
function parseTags(issues, raw) {
    const { pairs, bad } = (0,model_text/* keyValueLines */.E5)(raw);
    for (const line of bad)
        issues.add('artifact-tags', `"${line}" is not key=value`);
    const tags = {};
    for (const [key, value] of pairs) {
        if (!TAG_NAME.test(key) || value.length > 256) {
            issues.add('artifact-tags', `tag "${key}" is invalid (name without < > % & \\ ? /, value up to 256 characters)`);
        }
        else
            (0,template_problem/* setKey */.qL)(tags, key, value);
    }
    return tags;
}

// EXTERNAL MODULE: ./src/config/issues.ts
var config_issues = __nccwpck_require__(1012);
// EXTERNAL MODULE: ./src/model/names.ts
var model_names = __nccwpck_require__(1601);
// EXTERNAL MODULE: ./src/model/run-context.ts
var run_context = __nccwpck_require__(4882);
;// CONCATENATED MODULE: ./src/config/source.ts






/** Platform image versions are `latest` or dotted numbers (`22.04.202401010`, `2024.01.15`). */
const PLATFORM_VERSION = /^(latest|\d+(\.\d+){2,3})$/i;
const URN_PART = /^[A-Za-z0-9][\w.-]*$/;
/** The form of `source` decides its type: a URN, a managed image id or a gallery version id. */
function parseSource(raw) {
    const text = raw.trim();
    return text.startsWith('/') ? parseSourceId(text) : parseUrn(text);
}
function parseSourceId(text) {
    if (/\/providers\/Microsoft\.Compute\/galleries\//i.test(text)) {
        const checked = (0,id_checks/* checkResourceId */.sK)(text, resource_ids/* GALLERY_VERSION_TYPE */.X_, { allowLatest: true });
        if (typeof checked !== 'string')
            return { type: 'SharedImageVersion', imageVersionId: text };
        return `a gallery image version id: ${checked}`;
    }
    if (/\/providers\/Microsoft\.Compute\/images\//i.test(text)) {
        const checked = (0,id_checks/* checkResourceId */.sK)(text, resource_ids/* MANAGED_IMAGE_TYPE */.RU);
        if (typeof checked !== 'string')
            return { type: 'ManagedImage', imageId: text };
        return `a managed image id: ${checked}`;
    }
    const subscription = /^\/subscriptions\/([^/]*)/i.exec(text)?.[1];
    const masked = subscription === undefined ? undefined : (0,id_checks/* guidProblem */.no)(subscription);
    if (masked)
        return `the subscription in the id: ${masked}`;
    return 'expected a managed image id (/subscriptions/…/providers/Microsoft.Compute/images/NAME) or a gallery image version id (…/galleries/G/images/I/versions/x.y.z or …/versions/latest)';
}
function parseUrn(text) {
    const parts = text.split(':');
    const [publisher = '', offer = '', sku = '', version = ''] = parts;
    if (parts.length !== 4 || ![publisher, offer, sku].every((p) => URN_PART.test(p))) {
        return `expected publisher:offer:sku:version (for example Canonical:ubuntu-24_04-lts:server:latest), got "${text}"`;
    }
    if (!PLATFORM_VERSION.test(version)) {
        return `version "${version}" must be "latest" or a dotted version like 22.04.202401010`;
    }
    const exact = version.toLowerCase() === 'latest' ? 'latest' : version;
    return { type: 'PlatformImage', publisher, offer, sku, version: exact };
}
const WINDOWS_PUBLISHERS = [
    'microsoftwindowsserver',
    'microsoftwindowsdesktop',
    'microsoftvisualstudio',
];
/** Best guess of the OS from the source; ids carry no OS, so they default to Linux. */
function inferOsType(source) {
    if (source.type !== 'PlatformImage')
        return 'linux';
    const publisher = source.publisher.toLowerCase();
    const windows = WINDOWS_PUBLISHERS.includes(publisher) || /windows/i.test(source.offer);
    return windows ? 'windows' : 'linux';
}
const WINDOWS_STEPS = new Set(['powershell', 'windowsrestart', 'windowsupdate']);
const LINUX_STEPS = new Set(['shell']);
/**
 * The OS that customizer and validator types (and script extensions) are written for, when they
 * agree: PowerShell, WindowsRestart and WindowsUpdate run on Windows only, Shell on Linux only.
 */
function osOfSteps(types) {
    const lower = types.map((t) => t.toLowerCase());
    const windows = lower.some((t) => WINDOWS_STEPS.has(t));
    const linux = lower.some((t) => LINUX_STEPS.has(t));
    if (windows === linux)
        return undefined;
    return windows ? 'windows' : 'linux';
}
/**
 * The OS to build for when `os-type` is not given: a platform image says (from its publisher and
 * offer); a managed image or gallery source does not, so the customizers say; else Linux is
 * assumed (a real run can still ask the image).
 */
function inferOs(source, steps) {
    if (source?.type === 'PlatformImage')
        return { osType: inferOsType(source), from: 'source' };
    if (steps)
        return { osType: steps, from: 'customizers' };
    return { osType: 'linux', from: 'assumed' };
}
/**
 * What tells the OS besides the source: the template file's customizer and validator types, the
 * extensions of repository scripts (`.ps1` PowerShell, `.sh` Shell), and `windows-update`.
 */
function stepTypesOf(properties, scriptPaths, windowsUpdate) {
    const validate = (0,template_problem/* isRecord */.u4)(properties?.validate) ? properties.validate : {};
    const steps = [...(0,template_problem/* records */.V0)(properties?.customize), ...(0,template_problem/* records */.V0)(validate.inVMValidations)];
    const types = steps.map((step) => String(step.type));
    for (const kind of scriptPaths.map(script_kind/* scriptKind */.O))
        if (kind !== 'file')
            types.push(kind);
    return windowsUpdate ? [...types, 'WindowsUpdate'] : types;
}
/**
 * The `source` input, or none when it may come from elsewhere (the template file, or the
 * existing template with `resume`). A template file that failed to load may have one too: its
 * problems are reported, not a missing `source`. The OS is `os-type`, else inferred (inferOs).
 */
function parseSourceAndOs(issues, read, resume, file) {
    const properties = file?.loaded.properties;
    const source = parseSourceInput(issues, read, isSourceOptional(read, resume, file));
    const inferred = inferOs(source ?? platformImageOf(properties?.source), stepsOs(read, properties));
    return {
        source,
        osType: issues.oneOf('os-type', read('os-type'), ['linux', 'windows'], inferred.osType),
        osTypeFrom: read('os-type').trim() === '' ? inferred.from : 'input',
    };
}
function isSourceOptional(read, resume, file) {
    const failedFile = file === undefined && read('template').trim() !== '';
    return resume || failedFile || file?.loaded.properties.source !== undefined;
}
function parseSourceInput(issues, read, optional) {
    const text = read('source').trim();
    const parsed = text === '' ? (optional ? undefined : 'is required') : parseSource(text);
    if (typeof parsed !== 'string')
        return parsed;
    issues.add('source', parsed);
    return undefined;
}
/** The OS the file's customizers, the repository scripts and `windows-update` agree on, if any. */
function stepsOs(read, properties) {
    const scripts = [...(0,model_text/* lines */.Mn)(read('customizer-scripts')), ...(0,model_text/* lines */.Mn)(read('validator-scripts'))];
    const windowsUpdate = (0,config_issues/* booleanWord */.Dk)(read('windows-update')) === true;
    return osOfSteps(stepTypesOf(properties, scripts, windowsUpdate));
}
/** A template file's PlatformImage source, for OS inference only. */
function platformImageOf(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const { type, publisher, offer, sku, version } = value;
    if (type !== 'PlatformImage' || typeof publisher !== 'string' || typeof offer !== 'string')
        return undefined;
    const text = (v) => (typeof v === 'string' ? v : '');
    return { type, publisher, offer, sku: text(sku), version: text(version) };
}

;// CONCATENATED MODULE: ./src/model/types.ts
// Plain data shared by every layer: the parts of the typed configuration, cloud and sign-in
// settings, what post needs. No behaviour, no imports.
const CLEANUP_MODES = ['always', 'on-success', 'never'];

;// CONCATENATED MODULE: ./src/config/storage.ts


const DEFAULT_CONTAINER = 'image-builder';
const ACCESS_MODES = ['identity', 'sas'];
/** Blob endpoint suffix of each named cloud; a custom cloud must name its endpoint itself. */
const BLOB_SUFFIX = {
    AzureCloud: 'blob.core.windows.net',
    AzureUSGovernment: 'blob.core.usgovcloudapi.net',
    AzureChinaCloud: 'blob.core.chinacloudapi.cn',
};
/** The storage inputs, or undefined when `storage-account` is empty (everything is inlined). */
function parseStorage(issues, read, cloud, customCloud) {
    const raw = read('storage-account').trim();
    const container = read('storage-container').trim();
    const accessText = read('storage-access').trim();
    if (raw === '') {
        for (const input of ['storage-container', 'storage-access'])
            if (read(input).trim() !== '')
                issues.add(input, 'needs `storage-account`');
        return undefined;
    }
    const access = issues.oneOf('storage-access', accessText, ACCESS_MODES, 'identity');
    const account = parseAccount(issues, raw, cloud, customCloud);
    const name = container || DEFAULT_CONTAINER;
    if (!isContainerName(name))
        issues.add('storage-container', `"${name}" is not a container name: 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit`);
    return account ? { account, container: name, access } : undefined;
}
function parseAccount(issues, raw, cloud, customCloud) {
    if (raw.startsWith('/')) {
        const checked = (0,id_checks/* checkResourceId */.sK)(raw, resource_ids/* STORAGE_ACCOUNT_TYPE */.Vd);
        if (typeof checked !== 'string')
            return { kind: 'resource', accountId: raw };
        issues.add('storage-account', checked);
        return undefined;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(raw))
        return parseEndpoint(issues, raw);
    if (!(0,resource_ids/* isStorageAccountName */.Yg)(raw)) {
        issues.add('storage-account', `"${raw}" is not a storage account name (3-24 lowercase letters and digits), resource id or https blob endpoint`);
        return undefined;
    }
    if (customCloud) {
        issues.add('storage-account', 'in a custom cloud (`arm-endpoint`), give the https blob endpoint URL or the resource id, not a name');
        return undefined;
    }
    return { kind: 'endpoint', blobEndpoint: `https://${raw}.${BLOB_SUFFIX[cloud.name]}` };
}
/** An https blob endpoint used as given (sovereign clouds, Azurite's path-style account URL). */
function parseEndpoint(issues, raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        issues.add('storage-account', `"${raw}" is not a URL`);
        return undefined;
    }
    if (url.protocol !== 'https:')
        issues.add('storage-account', 'the blob endpoint must be https');
    else if (url.search !== '' || url.hash !== '' || url.username !== '')
        issues.add('storage-account', 'the blob endpoint must not carry a query (no SAS: the action signs in with its own credential)');
    else
        return { kind: 'endpoint', blobEndpoint: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
    return undefined;
}
function isContainerName(name) {
    return /^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/.test(name);
}

;// CONCATENATED MODULE: ./src/config/vm.ts


/** Build VM settings; empty inputs leave the service's defaults. */
function parseVm(issues, read, subscriptionId) {
    const vmSize = read('vm-size').trim() || undefined;
    if (vmSize && !/^(Standard|Basic)_[A-Za-z0-9_-]+$/.test(vmSize)) {
        issues.add('vm-size', `"${vmSize}" is not a VM size like Standard_D2s_v3`);
    }
    const osDiskSizeGb = issues.number('os-disk-size-gb', read('os-disk-size-gb'), {
        fallback: 0,
        min: 0,
        max: 4095,
        integer: true,
    });
    const subnetId = read('subnet-id').trim() || undefined;
    const subnet = subnetId ? (0,id_checks/* checkResourceId */.sK)(subnetId, resource_ids/* SUBNET_TYPE */.Bk) : undefined;
    if (typeof subnet === 'string')
        issues.add('subnet-id', subnet);
    const buildTimeoutMinutes = issues.number('build-timeout-minutes', read('build-timeout-minutes'), { fallback: NaN, min: 1, max: 960, integer: true });
    return {
        vmSize,
        osDiskSizeGb: osDiskSizeGb || undefined,
        subnetId,
        stagingResourceGroupId: parseStaging(issues, read('staging-resource-group').trim(), subscriptionId),
        buildTimeoutMinutes: Number.isNaN(buildTimeoutMinutes) ? undefined : buildTimeoutMinutes,
    };
}
/** The service takes the staging group as an id; a bare name means this subscription. */
function parseStaging(issues, raw, subscriptionId) {
    if (raw === '')
        return undefined;
    if (raw.startsWith('/')) {
        const checked = (0,id_checks/* checkResourceGroupId */.z6)(raw);
        if (typeof checked === 'string')
            issues.add('staging-resource-group', checked.replace(/^expected /, 'expected a name or '));
        return raw;
    }
    if (!(0,resource_ids/* isResourceGroupName */.Zt)(raw))
        issues.add('staging-resource-group', `"${raw}" is not a valid resource group name`);
    return `/subscriptions/${subscriptionId}/resourceGroups/${raw}`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/config/pr-comment.ts
// `pr-comment` and `github-token`: whether the result goes to the pull request, with which token,
// and under which key the comment is found again on later runs.


/** The inputs that say which image a step builds: what tells apart the comments of one job. */
const IMAGE_INPUTS = [
    'template',
    'source',
    'managed-image',
    'gallery-image',
    'vhd',
    'location',
    'resource-group',
];
/** `pr-comment: true` → what commenting needs; `false` (the default) → undefined. */
function parsePrComment(issues, read, env) {
    if (!issues.boolean('pr-comment', read('pr-comment'), false))
        return undefined;
    const text = (value) => value?.trim() ?? '';
    return {
        token: checkToken(issues, read('github-token').trim()),
        key: commentKeyOf(read, env),
        apiUrl: text(env.GITHUB_API_URL) || 'https://api.github.com',
        repository: text(env.GITHUB_REPOSITORY),
        eventName: text(env.GITHUB_EVENT_NAME),
        eventPath: text(env.GITHUB_EVENT_PATH),
        runUrl: (0,run_context/* runUrl */.Vp)(env),
    };
}
/** The token's problems name the input but never show the value: it is a credential. */
function checkToken(issues, token) {
    if (token === '')
        issues.add('github-token', 'is required with `pr-comment: true` (the default is `${{ github.token }}`)');
    else if (/\s/.test(token))
        issues.add('github-token', 'must be one token, without spaces or line breaks');
    return token;
}
/**
 * What the comment's hidden marker names, the same on every run of the step so a later run
 * updates the comment: `image-template-name` when given. The default template name holds the run
 * id, so without it the key is the job's name and a hash of the workflow, job, step and the
 * inputs that choose the image (matrix legs building other images get comments of their own).
 */
function commentKeyOf(read, env) {
    const given = read('image-template-name').trim();
    if (given !== '')
        return given;
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const part of [env.GITHUB_WORKFLOW, env.GITHUB_JOB, env.GITHUB_ACTION]) {
        hash.update(`${part ?? ''}\0`);
    }
    for (const name of IMAGE_INPUTS)
        hash.update(`${name}=${read(name).trim()}\0`);
    const job = (env.GITHUB_JOB ?? '').replace(/[^A-Za-z0-9-_.]/g, '-') || 'job';
    return `${job}-${hash.digest('hex').slice(0, 8)}`;
}

// EXTERNAL MODULE: ./src/template-file/template-file.ts + 10 modules
var template_file = __nccwpck_require__(4804);
;// CONCATENATED MODULE: ./src/config/template-input.ts




/**
 * `template` + `template-vars`: the user's own template file, loaded and resolved here so that
 * its problems are reported with every other input problem, before any request.
 */
function parseTemplateInput(issues, read, workspace, env = {}) {
    const vars = parseVars(issues, read('template-vars'));
    const path = read('template').trim();
    if (path === '') {
        if (Object.keys(vars).length > 0)
            issues.add('template-vars', 'needs `template` (a template file to fill in)');
        return undefined;
    }
    const file = (0,workspace_files/* readWorkspaceFile */.sL)(workspace, path);
    if (typeof file === 'string') {
        issues.add('template', file);
        return undefined;
    }
    try {
        const pick = read('image-template-name').trim() || undefined;
        const deployment = deploymentOf(read, env);
        const loaded = (0,template_file/* loadTemplateFile */.Ph)(file.bytes, {
            fileName: file.relPath,
            vars,
            pick,
            ...(deployment ? { deployment } : {}),
        });
        return { relPath: file.relPath, loaded };
    }
    catch (error) {
        if (!(error instanceof template_file/* TemplateFileError */.Hl))
            throw error;
        for (const problem of error.problems)
            issues.add('template', (0,template_problem/* formatProblem */.Vw)(file.relPath, problem), (0,template_problem/* locationOf */.hD)(file.relPath, problem));
        return undefined;
    }
}
/**
 * Where ARM would deploy the file: the action's subscription and resource group, which
 * resourceId(), subscription() and resourceGroup() in the file refer to. Unknown without both.
 */
function deploymentOf(read, env) {
    const subscriptionId = read('subscription-id').trim() || env.AZURE_SUBSCRIPTION_ID?.trim() || '';
    const resourceGroup = read('resource-group').trim();
    return subscriptionId && resourceGroup ? { subscriptionId, resourceGroup } : undefined;
}
function parseVars(issues, raw) {
    const { pairs, bad } = (0,model_text/* keyValueLines */.E5)(raw);
    for (const line of bad)
        issues.add('template-vars', `"${line}" is not name=value`);
    const vars = {};
    const seen = new Map();
    for (const [name, value] of pairs) {
        // Placeholders match names ignoring case, so `Region` and `region` would be one var.
        const earlier = seen.get(name.toLowerCase());
        if (earlier === name) {
            issues.add('template-vars', `${name} is given twice: keep one line`);
            continue;
        }
        if (earlier !== undefined) {
            issues.add('template-vars', `${earlier} and ${name} differ only in case, and placeholders match names ignoring case: keep one`);
            continue;
        }
        seen.set(name.toLowerCase(), name);
        (0,template_problem/* setKey */.qL)(vars, name, value);
    }
    return vars;
}

;// CONCATENATED MODULE: ./src/config/inputs.ts


















/** Placeholders so a dry run without Azure details still renders a complete template. */
const DRY_RUN_SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';
const DRY_RUN_GROUP = 'dry-run-resource-group';
const PLACEHOLDER_IDENTITY = 'dry-run-identity';
/** Reads and validates every input once; throws one InputError listing every problem. */
function parseConfig(read, env) {
    const issues = new config_issues/* IssueList */.o3();
    const dryRun = issues.boolean('dry-run', read('dry-run'), false);
    // Resuming follows a template that already exists: what it was built from is not needed again.
    const resume = issues.boolean('resume', read('resume'), false);
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const templateFile = parseTemplateInput(issues, read, workspace, env);
    // What the file sets fills the inputs left empty; inputs given explicitly win.
    const merged = withFileDefaults(read, templateFile?.loaded);
    const target = parseTarget(issues, merged, env, dryRun, resume);
    const key = (0,run_context/* jobKey */.tv)(env, rawInputs(read));
    const templateName = parseTemplateName(issues, read, env, resume, key);
    const { source, osType, osTypeFrom } = parseSourceAndOs(issues, read, resume, templateFile);
    const cloud = (0,auth/* parseCloud */.l)(issues, read);
    const storage = parseStorage(issues, read, cloud, hasCustomCloud(read));
    const config = {
        ...target,
        cloud,
        auth: (0,auth/* parseAuth */.k)(issues, read, env, dryRun),
        identityId: parseIdentity(issues, merged('identity').trim(), target, dryRun || resume),
        templateFile,
        templateName,
        owner: (0,run_context/* ownerOf */.bf)(env, key),
        uploadFolder: (0,run_context/* uploadFolderFor */.ZB)(env, templateName),
        source,
        osType,
        osTypeFrom,
        customization: parseCustomization(issues, read, workspace, osType, templateName, !!storage),
        ...(storage ? { storage } : {}),
        distribution: parseDistribution(issues, {
            read,
            source,
            ...target,
            templateName,
            provenance: (0,run_context/* provenanceTags */.Xy)(env),
            fileHasTargets: hasItems(templateFile?.loaded.properties.distribute),
        }),
        vm: parseVm(issues, read, target.subscriptionId),
        ...parsePolicy(issues, read, dryRun, resume),
        dryRun,
        outputDir: env.RUNNER_TEMP || external_node_os_default().tmpdir(),
        prComment: parsePrComment(issues, read, env),
    };
    const notices = scriptNotices(issues, config, workspace, env);
    issues.throwIfAny();
    return Object.freeze({ ...config, notices });
}
/**
 * Every run, dry or not, checks the scripts: a broken one fails here, before any request.
 * Resuming builds nothing, so there is nothing to check.
 */
function scriptNotices(issues, config, workspace, env) {
    if (config.resume)
        return [];
    const { customization, templateFile } = config;
    // The runner's PATH, where bash, sh and PowerShell are looked up (`Path` on Windows).
    const pathVar = env.PATH ?? env.Path ?? process.env.PATH ?? '';
    return checkScripts(issues, { customization, templateFile, workspace, pathVar });
}
function parseTarget(issues, read, env, dryRun, resume) {
    const subscription = read('subscription-id').trim() || env.AZURE_SUBSCRIPTION_ID?.trim() || '';
    const group = read('resource-group').trim();
    return {
        subscriptionId: subscription === '' && dryRun
            ? DRY_RUN_SUBSCRIPTION
            : checkSubscription(issues, subscription),
        resourceGroup: group === '' && dryRun ? DRY_RUN_GROUP : checkResourceGroup(issues, group),
        location: read('location').trim() === '' && resume ? '' : parseLocation(issues, read('location')),
    };
}
function checkSubscription(issues, value) {
    const problem = value === '' ? 'is required (or set AZURE_SUBSCRIPTION_ID)' : (0,id_checks/* guidProblem */.no)(value);
    if (problem)
        issues.add('subscription-id', problem);
    return value;
}
function checkResourceGroup(issues, value) {
    if (value === '')
        issues.add('resource-group', 'is required');
    else if (!(0,resource_ids/* isResourceGroupName */.Zt)(value))
        issues.add('resource-group', `"${value}" is not a valid resource group name`);
    return value;
}
function parseLocation(issues, raw) {
    const location = normalizeRegion(raw.trim());
    if (location === '')
        issues.add('location', 'is required');
    else if (!isRegion(location))
        issues.add('location', `"${raw}" is not an Azure region name like eastus2`);
    return location;
}
/** `arm-endpoint` or `authority-host` given: a cloud the action knows no storage suffix for. */
const hasCustomCloud = (read) => read('arm-endpoint').trim() !== '' || read('authority-host').trim() !== '';
/**
 * A reader that answers `location` and `identity` from the template file when the input is empty.
 * When the file failed to load, what it sets is unknown: stand-ins keep those inputs from being
 * reported missing (the file's own problems stop the run).
 */
function withFileDefaults(read, file) {
    if (!file && read('template').trim() !== '') {
        const standIn = {
            location: 'westus',
            identity: PLACEHOLDER_IDENTITY,
        };
        return (name) => read(name).trim() || standIn[name] || '';
    }
    if (!file)
        return read;
    const identities = Object.keys(file.identity?.userAssignedIdentities ?? {});
    const fromFile = {
        location: file.location,
        identity: identities.length === 1 ? identities[0] : undefined,
    };
    return (name) => read(name).trim() || fromFile[name] || '';
}
function hasItems(value) {
    return Array.isArray(value) && value.length > 0;
}
/** Every input as given (the token aside): part of the job key that keeps default names unique. */
function rawInputs(read) {
    const names = model_names/* INPUT_NAMES */.Qh.filter((name) => name !== 'github-token');
    return Object.fromEntries(names.map((name) => [name, read(name)]));
}
function parseTemplateName(issues, read, env, resume, key) {
    const given = read('image-template-name').trim();
    if (given === '' && resume)
        issues.add('image-template-name', 'is required with `resume: true` (the name used by the job that started the build)');
    const name = given || (0,run_context/* templateNameFor */.Le)(env, key);
    if (!(0,resource_ids/* isTemplateName */.kj)(name))
        issues.add('image-template-name', `"${name}" must be 1-64 letters, digits, - _ .`);
    return name;
}
function parseIdentity(issues, raw, target, optional) {
    const value = raw === '' && optional ? PLACEHOLDER_IDENTITY : raw;
    if (value === '')
        issues.add('identity', 'is required: the user-assigned managed identity Image Builder runs as');
    else if (value.startsWith('/')) {
        const checked = (0,id_checks/* checkResourceId */.sK)(value, resource_ids/* IDENTITY_TYPE */.Si);
        if (typeof checked === 'string')
            issues.add('identity', checked);
        return value;
    }
    else if (!(0,resource_ids/* isResourceName */.kK)(value, 128))
        issues.add('identity', `"${value}" is not a valid identity name`);
    return (0,resource_ids/* resourceId */.a)(target.subscriptionId, target.resourceGroup, resource_ids/* IDENTITY_TYPE */.Si[0], `userAssignedIdentities/${value}`);
}
function parsePolicy(issues, read, dryRun, resume) {
    const wait = issues.boolean('wait', read('wait'), true);
    if (resume && dryRun)
        issues.add('resume', 'cannot be combined with `dry-run`');
    // Fractions are allowed so tests and the local emulator can poll quickly.
    const pollSeconds = issues.number('poll-interval-seconds', read('poll-interval-seconds'), {
        fallback: 15,
        min: 0.05,
        max: 3600,
    });
    const cleanup = issues.oneOf('cleanup', read('cleanup'), CLEANUP_MODES, 'on-success');
    return { wait, resume, pollMs: Math.round(pollSeconds * 1000), cleanup };
}


/***/ }),

/***/ 1012:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ booleanWord),
/* harmony export */   o3: () => (/* binding */ IssueList)
/* harmony export */ });
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7206);


/** A boolean input's value (true/yes/1/on, false/no/0/off, any case), or undefined for other text. */
function booleanWord(raw) {
    const value = raw.trim().toLowerCase();
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    return undefined;
}
/** Collects problems while parsing; each helper returns a usable fallback so parsing continues. */
class IssueList {
    problems = [];
    /** `at`: the file position the problem is about, where an annotation shows it. */
    add(input, message, at) {
        this.problems.push(at ? { input, message, at } : { input, message });
    }
    get count() {
        return this.problems.length;
    }
    has(input) {
        return this.problems.some((p) => p.input === input);
    }
    boolean(input, raw, fallback) {
        if (raw.trim() === '')
            return fallback;
        const value = booleanWord(raw);
        if (value !== undefined)
            return value;
        this.add(input, `expected true or false, got "${raw}"`);
        return fallback;
    }
    number(input, raw, rule) {
        const text = raw.trim();
        if (text === '')
            return rule.fallback;
        const value = Number(text);
        const integerOk = !rule.integer || Number.isInteger(value);
        if (!Number.isFinite(value) || !integerOk || value < rule.min || value > rule.max) {
            const kind = rule.integer ? 'a whole number' : 'a number';
            this.add(input, `expected ${kind} from ${rule.min} to ${rule.max}, got "${raw}"`);
            return rule.fallback;
        }
        return value;
    }
    oneOf(input, raw, allowed, fallback) {
        const text = raw.trim();
        if (text === '')
            return fallback;
        const match = allowed.find((a) => a.toLowerCase() === text.toLowerCase());
        if (match)
            return match;
        this.add(input, `expected one of ${allowed.join(', ')}, got "${raw}"`);
        return fallback;
    }
    throwIfAny() {
        if (this.problems.length > 0)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(this.problems);
    }
}


/***/ }),

/***/ 6072:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  YY: () => (/* binding */ MAX_INLINE_TOTAL_BYTES),
  qK: () => (/* binding */ UPLOAD_LIMIT),
  DR: () => (/* binding */ filesBelow),
  lQ: () => (/* binding */ isFolder),
  a4: () => (/* binding */ isInlined),
  sL: () => (/* binding */ readWorkspaceFile),
  Jt: () => (/* binding */ resolveWorkspaceFiles),
  d7: () => (/* binding */ toPosix),
  ob: () => (/* binding */ totalBytes)
});

// UNUSED EXPORTS: MAX_INLINE_FILE_BYTES, MAX_TEMPLATE_FILE_BYTES, MAX_UPLOADED_SCRIPT_BYTES

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/file-entries.ts
var file_entries = __nccwpck_require__(2942);
;// CONCATENATED MODULE: ./node_modules/balanced-match/dist/esm/index.js
const balanced = (a, b, str) => {
    const ma = a instanceof RegExp ? maybeMatch(a, str) : a;
    const mb = b instanceof RegExp ? maybeMatch(b, str) : b;
    const r = ma !== null && mb != null && range(ma, mb, str);
    return (r && {
        start: r[0],
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + ma.length, r[1]),
        post: str.slice(r[1] + mb.length),
    });
};
const maybeMatch = (reg, str) => {
    const m = str.match(reg);
    return m ? m[0] : null;
};
const range = (a, b, str) => {
    let begs, beg, left, right = undefined, result;
    let ai = str.indexOf(a);
    let bi = str.indexOf(b, ai + 1);
    let i = ai;
    if (ai >= 0 && bi > 0) {
        if (a === b) {
            return [ai, bi];
        }
        begs = [];
        left = str.length;
        while (i >= 0 && !result) {
            if (i === ai) {
                begs.push(i);
                ai = str.indexOf(a, i + 1);
            }
            else if (begs.length === 1) {
                const r = begs.pop();
                if (r !== undefined)
                    result = [r, bi];
            }
            else {
                beg = begs.pop();
                if (beg !== undefined && beg < left) {
                    left = beg;
                    right = bi;
                }
                bi = str.indexOf(b, i + 1);
            }
            i = ai < bi && ai >= 0 ? ai : bi;
        }
        if (begs.length && right !== undefined) {
            result = [left, right];
        }
    }
    return result;
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/brace-expansion/dist/esm/index.js

const escSlash = '\0SLASH' + Math.random().toFixed(16) + '\0';
const escOpen = '\0OPEN' + Math.random().toFixed(16) + '\0';
const escClose = '\0CLOSE' + Math.random().toFixed(16) + '\0';
const escComma = '\0COMMA' + Math.random().toFixed(16) + '\0';
const escPeriod = '\0PERIOD' + Math.random().toFixed(16) + '\0';
const escSlashPattern = new RegExp(escSlash, 'g');
const escOpenPattern = new RegExp(escOpen, 'g');
const escClosePattern = new RegExp(escClose, 'g');
const escCommaPattern = new RegExp(escComma, 'g');
const escPeriodPattern = new RegExp(escPeriod, 'g');
const slashPattern = /\\\\/g;
const openPattern = /\\{/g;
const closePattern = /\\}/g;
const commaPattern = /\\,/g;
const periodPattern = /\\\./g;
const EXPANSION_MAX = 100_000;
// `EXPANSION_MAX` caps the *number* of expansions, but not their length. An
// input like `'{a,b}'.repeat(1500)` stays under that count - its output is
// truncated to 100k results - while making every result ~1500 characters
// long. The result set, and the intermediate arrays built while combining
// brace sets, then grow large enough to exhaust memory and crash the process
// (CVE-2026-14257). `EXPANSION_MAX_LENGTH` bounds the total number of
// characters the accumulator may hold at any point, so memory stays flat no
// matter how many brace groups are chained. The limit sits well above any
// realistic expansion (100k results hitting `EXPANSION_MAX` measure ~1M
// characters) so legitimate input is unaffected.
const EXPANSION_MAX_LENGTH = 4_000_000;
// `expand_` recurses once per level of brace *nesting* - both when expanding a
// set's comma members and when re-wrapping a set whose body is a single part.
// The CVE-2026-14257 fix made the *tail* iterative (recursion on `m.post`, one
// level per chained group), which left nesting depth unbounded: about 3,100
// levels of `{{{...a,b...}}}` - only ~6KB of input - exhausted the native stack
// and crashed the process. `EXPANSION_MAX_DEPTH` bounds how deep the parser
// will follow nesting. It sits far above any realistic pattern and well below
// the depth at which the stack runs out.
const EXPANSION_MAX_DEPTH = 1_000;
// Bash keeps a quirk where a brace group followed by a comma set still expands
// (`{a},b}`). The parser implements it by rewriting the string and restarting
// the scan, absorbing one `}` per pass. `n` trailing braces therefore cost `n`
// full passes over a string that itself grows by one `escClose` sentinel each
// time - quadratic in `n`, with a ~26x constant from the sentinel's length.
// 128KB of `'{a}' + '}'.repeat(n) + ',z}'` blocked the event loop for 27
// seconds to produce two results. `EXPANSION_MAX_REWRITES` bounds how many
// times the scan may restart. Real `{a},b}` input needs a handful.
const EXPANSION_MAX_REWRITES = 1_000;
// `EXPANSION_MAX_STEPS` bounds the work one `expand` call does, which `max`,
// `maxLength` and `maxDepth` don't: nested sets are rescanned at every level
// and chained groups each rebuild up to `max` results, so 2KB of input could
// block the event loop for over 30 seconds. Each character scanned, result
// built and sequence value generated is a step, and each `expand_` call costs
// `CALL_STEPS` more. Past the budget, the set being expanded and everything
// after it stay literal. A glob needs a few hundred steps, and nesting all the
// way to `EXPANSION_MAX_DEPTH` about 4M.
const EXPANSION_MAX_STEPS = 20_000_000;
// What one `expand_` call costs on top of what it scans and builds. Setting
// one up takes about as long as scanning 16 characters, and a set whose
// results are wrapped to be expanded again makes one call per result, each
// scanning and building next to nothing: 64KB of
// `('{{' + ','.repeat(316) + '}{' + ','.repeat(316) + '}}').repeat(n)` made
// 4M such calls, which spent the budget three times as slowly as anything
// else.
const CALL_STEPS = 16;
function numeric(str) {
    return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
    return str
        .replace(slashPattern, escSlash)
        .replace(openPattern, escOpen)
        .replace(closePattern, escClose)
        .replace(commaPattern, escComma)
        .replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
    return str
        .replace(escSlashPattern, '\\')
        .replace(escOpenPattern, '{')
        .replace(escClosePattern, '}')
        .replace(escCommaPattern, ',')
        .replace(escPeriodPattern, '.');
}
// Like `target.push(...items)` but doesn't overflow the stack
function pushAll(target, items) {
    for (let i = 0; i < items.length; i++) {
        target.push(items[i]);
    }
}
// `balanced`, run on `masked` (see `maskUnmatchedOpens`), sliced from `str`
// and charged for the characters it walks: up to the group's `}`, or the
// whole string when there is no match or unmatched `{` come first, which
// `unmatched` then flags for masking. Once a call overdraws the budget, it
// and every later one return undefined, so the rest stays literal.
function balancedWithBudget(str, masked, budget) {
    if (budget.remaining < 0) {
        return undefined;
    }
    const r = range('{', '}', masked);
    const unmatched = r !== undefined && masked.indexOf('{') < r[0];
    budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
    if (!r || budget.remaining < 0) {
        return undefined;
    }
    return {
        end: r[1],
        pre: str.slice(0, r[0]),
        body: str.slice(r[0] + 1, r[1]),
        post: str.slice(r[1] + 1),
        unmatched,
    };
}
// `masked` with every `{` that has no matching `}` swapped for a `\0`, which
// keeps the length, so a scan of it still lines up with the string it was
// made from. Such a `{` is literal either way, but `balanced` only learns that
// one is unmatched by reading to the end of the string, so with one at the
// head of every group (`'{a,{b,c}'.repeat(n)`) each scan read the rest of the
// input. That was quadratic, and once the step budget charged for it, it ran
// out partway through and left the rest literal. A scan of the masked copy
// stops at the group's `}`. It is one pass, charged as such.
function maskUnmatchedOpens(masked, budget) {
    budget.remaining -= masked.length;
    const open = [];
    for (let i = 0; i < masked.length; i++) {
        const c = masked.charCodeAt(i);
        if (c === 0x7b) {
            open.push(i);
        }
        else if (c === 0x7d && open.length) {
            open.pop();
        }
    }
    let out = '';
    let last = 0;
    for (let i = 0; i < open.length; i++) {
        const at = open[i];
        out += masked.slice(last, at) + '\0';
        last = at + 1;
    }
    return out + masked.slice(last);
}
// Whether `str` has a `,` not followed by another `,`, with a `}` after it on
// the same line - what `/,(?!,).*\}/.test(str)` asks, answered in one pass from
// the end. The regex tries every `,` and backtracks through the rest of its
// line from each, which is quadratic, and the `{a},b}` rewrite asks again on
// every pass. Like a scan, it is charged for the whole string and refused if
// that overdraws the budget.
function commaSetFollows(str, budget) {
    budget.remaining -= str.length;
    if (budget.remaining < 0) {
        return false;
    }
    // Whether a `}` follows the current position before the line ends
    let close = false;
    for (let i = str.length - 1; i >= 0; i--) {
        const c = str.charCodeAt(i);
        if (c === 0x7d) {
            close = true;
        }
        else if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
            // A line terminator, which `.` does not match
            close = false;
        }
        else if (c === 0x2c && close && str.charCodeAt(i + 1) !== 0x2c) {
            return true;
        }
    }
    return false;
}
/**
 * Basically just str.split(","), but handling cases
 * where we have nested braced sections, which should be
 * treated as individual members, like {a,{b,c},d}
 *
 * Returns `undefined` if the step budget runs out before the whole set is
 * split, since splitting what is left on every comma would tear apart the
 * nested sets it still holds.
 */
function parseCommaParts(str, budget) {
    const parts = [];
    // Walk the brace groups iteratively. Recursing on `post` once per group let a
    // chain of them exhaust the stack - the parsing-side counterpart to
    // the `expand_` overflow fixed for CVE-2026-14257, and not something `max` or
    // `maxLength` can bound, since it happens before expansion.
    //
    // The part the next chunk continues
    let carry = '';
    for (;;) {
        // A set's body holds no unmatched `{`, so there is nothing to mask.
        const m = balancedWithBudget(str, str, budget);
        if (budget.remaining < 0) {
            return undefined;
        }
        if (!m) {
            const tail = str.split(',');
            tail[0] = carry + tail[0];
            pushAll(parts, tail);
            return parts;
        }
        const { pre, body, post } = m;
        const p = pre.split(',');
        p[0] = carry + p[0];
        p[p.length - 1] += '{' + body + '}';
        if (!post.length) {
            pushAll(parts, p);
            return parts;
        }
        carry = p.pop();
        pushAll(parts, p);
        str = post;
    }
}
// An option that is left out, or that is NaN, gets its default. Every
// comparison against NaN is false, so a NaN bound would never be reached:
// `{ maxSteps: NaN }` let 15KB of input block the event loop for 16 seconds,
// and `{ maxDepth: NaN }` overflowed the stack again (CVE-2026-102278). Pass
// `Infinity` to lift a bound.
function bound(value, fallback) {
    return value === undefined || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
    if (!str) {
        return [];
    }
    const max = bound(options.max, EXPANSION_MAX);
    const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
    const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
    const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
    const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
    // I don't know why Bash 4.3 does this, but it does.
    // Anything starting with {} will have the first two bytes preserved
    // but *only* at the top level, so {},a}b will not expand to anything,
    // but a{},b}c will be expanded to [a}c,abc].
    // One could argue that this is a bug in Bash, but since the goal of
    // this module is to match Bash's rules, we escape a leading {}
    if (str.slice(0, 2) === '{}') {
        str = '\\{\\}' + str.slice(2);
    }
    return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
    return '{' + str + '}';
}
function isPadded(el) {
    return /^-?0\d/.test(el);
}
function lte(i, y) {
    return i <= y;
}
function gte(i, y) {
    return i >= y;
}
// Build `{ acc[a] + pre + values[v] }` for every combination, capping the
// number of results at `max` and the total number of characters at `maxLength`.
// This is the one place output grows, so bounding it here keeps the single
// accumulator - and therefore memory - flat regardless of how many brace groups
// are combined (CVE-2026-14257). Each result built is a step, since `max` and
// `maxLength` bound one combination, not how many brace groups are combined.
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
    const out = [];
    let length = 0;
    // Bash drops empty results at the top level, and they don't count against
    // `max`, so `max` bounds the number of *kept* results. Only an empty
    // `acc[a] + pre` can make one, so for those the empty values are skipped
    // without being visited. Visiting them one at a time let a set of empties
    // cost `acc.length * values.length` while keeping nothing.
    let nonEmpty;
    outer: for (let a = 0; a < acc.length; a++) {
        const prefix = acc[a] + pre;
        let vs = values;
        if (dropEmpties && !prefix) {
            if (!nonEmpty)
                nonEmpty = values.filter(v => v);
            vs = nonEmpty;
        }
        for (let v = 0; v < vs.length; v++) {
            if (out.length >= max)
                break outer;
            const expansion = prefix + vs[v];
            if (length + expansion.length > maxLength)
                break outer;
            out.push(expansion);
            length += expansion.length;
        }
    }
    budget.remaining -= out.length;
    return out;
}
// The expansion values of a single numeric (`1..5`) or alphabetic (`a..e..2`)
// sequence body, or `undefined` if the step budget runs out generating them.
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
    const n = body.split(/\.\./);
    const N = [];
    // A sequence body always splits into two or three parts, but the compiler
    // can't know that.
    /* c8 ignore start */
    if (n[0] === undefined || n[1] === undefined) {
        return N;
    }
    /* c8 ignore stop */
    const x = numeric(n[0]);
    const y = numeric(n[1]);
    const width = Math.max(n[0].length, n[1].length);
    let incr = n.length === 3 && n[2] !== undefined ?
        Math.max(Math.abs(numeric(n[2])), 1)
        : 1;
    let test = lte;
    const reverse = y < x;
    if (reverse) {
        incr *= -1;
        test = gte;
    }
    const pad = n.some(isPadded);
    // A padded value is built a character at a time to `width`, which the input
    // sets, so it costs one step per character: 64KB of
    // `('{' + '0'.repeat(100) + '..99999}').repeat(n)` took 7 seconds charged
    // one step per value.
    const cost = pad ? width : 1;
    let length = 0;
    for (let i = x; test(i, y) && N.length < max; i += incr) {
        // Each value is a step. `max` and `maxLength` bound one sequence, but a
        // chain of them still generated up to `max` values each, however few
        // combining could keep.
        budget.remaining -= cost;
        if (budget.remaining < 0) {
            return undefined;
        }
        let c;
        if (isAlphaSequence) {
            c = String.fromCharCode(i);
            if (c === '\\') {
                c = '';
            }
        }
        else {
            c = String(i);
            if (pad) {
                const need = width - c.length;
                if (need > 0) {
                    const z = new Array(need + 1).join('0');
                    if (i < 0) {
                        c = '-' + z + c.slice(1);
                    }
                    else {
                        c = z + c;
                    }
                }
            }
        }
        if (length + c.length > maxLength)
            break;
        N.push(c);
        length += c.length;
    }
    return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
    // An overdraft here makes the first scan refuse, so `str` stays literal.
    budget.remaining -= CALL_STEPS;
    // Too deeply nested to keep following: treat the rest as literal, the same
    // way a group that cannot expand is already handled. Truncating rather than
    // throwing keeps `expand` total, matching `max` and `maxLength`.
    if (depth > maxDepth) {
        return [str];
    }
    // Consume the string's top-level brace groups left to right, threading a
    // running set of combined prefixes (`acc`). Expanding the tail iteratively -
    // rather than recursing on `m.post` once per group - keeps the native stack
    // depth constant, so deeply chained input (`'{a,b}'.repeat(3000)`) can no
    // longer overflow the stack, and leaves a single accumulator whose size
    // `maxLength` bounds directly (CVE-2026-14257).
    let acc = [''];
    // Bash drops empty results, but only when the *first* top-level group is a
    // comma set - a sequence like `{a..\}` may legitimately yield ''. The drop
    // is on the final strings, so it is applied to whichever `combine` produces
    // them (the one with no brace set left in the tail).
    // How many times the `{a},b}` rewrite below has restarted the scan. Each pass
    // re-reads the whole string, so leaving this unbounded is quadratic.
    let rewrites = 0;
    let dropEmpties = false;
    let firstGroup = true;
    // `str` with its unmatched `{` masked, once a scan has run into them
    let masked = str;
    for (;;) {
        const m = balancedWithBudget(str, masked, budget);
        // No brace set left, or no step budget left to look for one: the rest of
        // the string is literal.
        if (!m) {
            return combine(acc, str, [''], max, maxLength, dropEmpties, budget);
        }
        if (m.unmatched) {
            masked = maskUnmatchedOpens(masked, budget);
        }
        // no need to expand pre, since it is guaranteed to be free of brace-sets
        const pre = m.pre;
        // This set and the rest of the string, literal: for a set that cannot
        // expand, and for one the step budget runs out on. Once it is overdrawn,
        // every set still being expanded, at every level, stays literal like this -
        // otherwise each level above would go on combining, and wrapping and
        // expanding again, results the budget was too small for.
        const literal = () => combine(acc, pre + '{' + m.body + '}' + m.post, [''], max, maxLength, dropEmpties, budget);
        if (/\$$/.test(pre)) {
            acc = combine(acc, pre + '{' + m.body + '}', [''], max, maxLength, dropEmpties && !m.post.length, budget);
            firstGroup = false;
            if (!m.post.length)
                break;
            str = m.post;
            masked = masked.slice(m.end + 1);
            continue;
        }
        const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
        const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
        const isSequence = isNumericSequence || isAlphaSequence;
        const isOptions = m.body.indexOf(',') >= 0;
        if (!isSequence && !isOptions) {
            // {a},b}
            if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
                rewrites++;
                str = m.pre + '{' + m.body + escClose + m.post;
                // Taking a `}` away never gives an unmatched `{` a partner, so what
                // is masked stays unmatched. The `{` it closed can be left without
                // one, and the next scan masks it.
                masked =
                    masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
                isTop = true;
                continue;
            }
            // Nothing here expands, so the whole remaining string is literal.
            return literal();
        }
        if (firstGroup) {
            dropEmpties = isTop && !isSequence;
            firstGroup = false;
        }
        let values;
        if (isSequence) {
            values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
            if (!values) {
                return literal();
            }
        }
        else {
            let n = parseCommaParts(m.body, budget);
            // The step budget ran out partway through the set.
            if (!n) {
                return literal();
            }
            if (n.length === 1 && n[0] !== undefined) {
                // x{{a,b}}y ==> x{a}y x{b}y
                n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
                // The step budget ran out expanding the set's only part.
                if (budget.remaining < 0) {
                    return literal();
                }
                //XXX is this necessary? Can't seem to hit it in tests.
                /* c8 ignore start */
                if (n.length === 1) {
                    const next = combine(acc, pre + n[0], [''], max, maxLength, dropEmpties && !m.post.length, budget);
                    if (budget.remaining < 0) {
                        return literal();
                    }
                    acc = next;
                    if (!m.post.length)
                        break;
                    str = m.post;
                    masked = masked.slice(m.end + 1);
                    continue;
                }
                /* c8 ignore stop */
            }
            // Values that `combine` is going to drop as empty produce no result, so
            // they must not count against `max` - otherwise `{a,,b}` with `max: 2`
            // would stop at `['a', '']` and yield one result instead of two. Skipping
            // them outright keeps `values` bounded while leaving `max` a bound on
            // *kept* results.
            let dropsEmpties = dropEmpties && !m.post.length && !pre;
            for (let d = 0; dropsEmpties && d < acc.length; d++) {
                if (acc[d]) {
                    dropsEmpties = false;
                }
            }
            values = [];
            let valuesLength = 0;
            outer: for (let j = 0; j < n.length; j++) {
                const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
                // The step budget ran out expanding a member.
                if (budget.remaining < 0) {
                    return literal();
                }
                for (let k = 0; k < expanded.length; k++) {
                    const v = expanded[k];
                    if (dropsEmpties && !v)
                        continue;
                    if (values.length >= max ||
                        valuesLength + v.length > maxLength) {
                        break outer;
                    }
                    values.push(v);
                    valuesLength += v.length;
                }
            }
        }
        const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
        // The step budget ran out combining the set's values in.
        if (budget.remaining < 0) {
            return literal();
        }
        acc = next;
        if (!m.post.length)
            break;
        str = m.post;
        masked = masked.slice(m.end + 1);
    }
    return acc;
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
// One digit, or a class of digits from a to b.
const digit = (a, b) => a === b ?
    { t: 'lit', ch: String(a) }
    : { t: 'class', re: new RegExp(`^[${a}-${b}]$`) };
const prefix = (d, alts) => alts.map(s => [digit(d, d), ...s]);
// The digit strings from a to b, which have the same length.
const fixed = (a, b) => {
    if (!a)
        return [[]];
    let lo = +a[0];
    let hi = +b[0];
    const ra = a.slice(1);
    const rb = b.slice(1);
    if (lo === hi)
        return prefix(lo, fixed(ra, rb));
    const zeros = '0'.repeat(ra.length);
    const nines = '9'.repeat(ra.length);
    const out = [];
    if (ra !== zeros)
        out.push(...prefix(lo++, fixed(ra, nines)));
    const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
    if (lo <= hi) {
        out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
    }
    out.push(...last);
    return out;
};
// The numbers from a to b, where 0 <= a <= b. If width is set, each
// one has leading zeros to make it that many digits.
const nonneg = (a, b, width) => {
    if (width) {
        return fixed(String(a).padStart(width, '0'), String(b).padStart(width, '0'));
    }
    const out = [];
    for (let len = String(a).length; len <= String(b).length; len++) {
        const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
        const hi = Math.min(b, 10 ** len - 1);
        out.push(...fixed(String(lo), String(hi)));
    }
    return out;
};
/**
 * The strings that the bash brace expansion `{lo..hi}` makes, as
 * the alternatives of an `@(...)` extglob. Each one is a sequence of
 * digits and digit classes, so there are only a few of them, even for
 * a large range.
 *
 * If either end has a leading zero, such as `{01..10}`, each number
 * has leading zeros to make it as long as the longer end, counting a
 * `-` sign. So `{-05..3}` makes `-05` to `-01`, then `000` to `003`.
 *
 * Returns undefined if either end is not a safe integer.
 */
const numericRange = (loStr, hiStr) => {
    let lo = Number(loStr);
    let hi = Number(hiStr);
    if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
        return;
    if (lo > hi)
        [lo, hi] = [hi, lo];
    const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
    const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
    const out = [];
    if (lo < 0) {
        const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
        out.push(...neg.map(s => [{ t: 'lit', ch: '-' }, ...s]));
    }
    if (hi >= 0)
        out.push(...nonneg(Math.max(lo, 0), hi, width));
    return out;
};
//# sourceMappingURL=numeric-range.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
// translate the various posix character classes into unicode properties
// this works across all unicode locales
// { <posix class>: [<translation>, negated]
const posixClasses = {
    '[:alnum:]': ['\\p{L}\\p{Nl}\\p{Nd}'],
    '[:alpha:]': ['\\p{L}\\p{Nl}'],
    '[:ascii:]': ['\\x' + '00-\\x' + '7f'],
    '[:blank:]': ['\\p{Zs}\\t'],
    '[:cntrl:]': ['\\p{Cc}'],
    '[:digit:]': ['\\p{Nd}'],
    '[:graph:]': ['\\p{Z}\\p{C}', true],
    '[:lower:]': ['\\p{Ll}'],
    '[:print:]': ['\\p{C}', true],
    '[:punct:]': ['\\p{P}\\p{S}'],
    '[:space:]': ['\\p{Z}\\t\\r\\n\\v\\f'],
    '[:upper:]': ['\\p{Lu}'],
    '[:word:]': ['\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}'],
    '[:xdigit:]': ['A-Fa-f0-9'],
};
// only need to escape a few things inside of brace expressions
// escapes: [ \ ] -
const braceEscape = (s) => s.replace(/[[\]\\-]/g, '\\$&');
const noMatch = /$./;
// Takes a glob string at a posix brace expression. Returns a RegExp
// that tests one character, and the number of glob chars consumed.
// If the class is not closed, consumed is 0, and the `[` must be
// treated as a literal character.
// Out of order ranges are removed. If nothing is left, the RegExp
// is `/$./`, and the rest of the glob is consumed, so that the
// whole glob cannot match.
const parseClass = (glob, position, nocase = false, form) => {
    // normalize one class member, if it stays one code point
    const norm = (c) => {
        const n = form ? c.normalize(form) : c;
        return [...n].length === 1 ? n : c;
    };
    const pos = position;
    /* c8 ignore start */
    if (glob.charAt(pos) !== '[') {
        throw new Error('not in a brace expression');
    }
    /* c8 ignore stop */
    const ranges = [];
    const negs = [];
    let i = pos + 1;
    let sawStart = false;
    let escaping = false;
    let negate = false;
    let endPos = pos;
    let rangeStart = '';
    WHILE: while (i < glob.length) {
        const c = String.fromCodePoint(glob.codePointAt(i));
        if ((c === '!' || c === '^') && i === pos + 1) {
            negate = true;
            i++;
            continue;
        }
        if (c === ']' && sawStart && !escaping) {
            endPos = i + 1;
            break;
        }
        sawStart = true;
        if (c === '\\') {
            if (!escaping) {
                escaping = true;
                i++;
                continue;
            }
            // escaped \ char, fall through and treat like normal char
        }
        if (c === '[' && !escaping) {
            // either a posix class, a collation equivalent, or just a [
            for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
                if (glob.startsWith(cls, i)) {
                    // invalid, [a-[] is fine, but not [a-[:alpha]]
                    if (rangeStart) {
                        return [noMatch, glob.length - pos];
                    }
                    i += cls.length;
                    if (neg)
                        negs.push(unip);
                    else
                        ranges.push(unip);
                    continue WHILE;
                }
            }
        }
        // now it's just a normal character, effectively
        escaping = false;
        const n = norm(c);
        if (rangeStart) {
            // throw this range away if it's not valid, but others
            // can still match.
            if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
                ranges.push(braceEscape(rangeStart) + '-' + braceEscape(n));
            }
            else if (n === rangeStart) {
                ranges.push(braceEscape(n));
            }
            rangeStart = '';
            i += c.length;
            continue;
        }
        // now might be the start of a range.
        // can be either c-d or c-] or c<more...>] or c] at this point
        if (glob.startsWith('-]', i + c.length)) {
            ranges.push(braceEscape(n + '-'));
            i += c.length + 1;
            continue;
        }
        if (glob.startsWith('-', i + c.length)) {
            rangeStart = n;
            i += c.length + 1;
            continue;
        }
        // not the start of a range, just a single character
        ranges.push(braceEscape(n));
        i += c.length;
    }
    if (endPos < i) {
        // didn't see the end of the class, not a valid class,
        // but might still be valid as a literal match.
        return [noMatch, 0];
    }
    // if we got no ranges and no negates, then we have a range that
    // cannot possibly match anything, and that poisons the whole glob
    if (!ranges.length && !negs.length) {
        return [noMatch, glob.length - pos];
    }
    const sranges = '[' + (negate ? '^' : '') + ranges.join('') + ']';
    const snegs = '[' + (negate ? '' : '^') + negs.join('') + ']';
    const comb = '^' +
        (ranges.length && negs.length ? '(' + sranges + '|' + snegs + ')'
            : ranges.length ? sranges
                : snegs);
    return [new RegExp(comb, nocase ? 'iu' : 'u'), endPos - pos];
};
//# sourceMappingURL=parse-class.js.map
;// CONCATENATED MODULE: ./node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js


// the end of the pattern, or of a negated sub-pattern
const MATCH = { t: 'match', id: 0 };
const extTypes = '!?+*@';
const lit = (ch) => ({ t: 'lit', ch });
const reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
// a RegExp that only matches `s`, with unicode case folding
const newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, 'iu');
// foldRe for one literal char. The same chars are in most patterns,
// so keep them. A RegExp without the `g` or `y` flag has no state to
// share.
const foldCache = new Map();
const foldRe = (ch) => {
    let re = foldCache.get(ch);
    if (!re) {
        re = newFoldRe(ch);
        if (foldCache.size >= 1000)
            foldCache.clear();
        foldCache.set(ch, re);
    }
    return re;
};
const litMatch = (l, c) => {
    if (c === l.ch)
        return true;
    if (!l.re)
        return false;
    const code = c.charCodeAt(0);
    if (code >= 128)
        return l.re.test(c);
    const ascii = (l.ascii ??= new Uint8Array(128));
    ascii[code] ||= l.re.test(c) ? 1 : 2;
    return ascii[code] === 1;
};
const tokenize = (p, nocase, noext, form, mark) => {
    const toks = [];
    for (let i = 0; i < p.length;) {
        const c = String.fromCodePoint(p.codePointAt(i));
        if (mark) {
            // a \ before a range would only escape its first char
            const m = c === '\\' && p.startsWith(mark, i + 1) ? 1 : 0;
            if (m || c === mark) {
                const start = i + m + mark.length;
                const end = p.indexOf(mark, start);
                const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
                const alts = end !== -1 && r && numericRange(r[1], r[2]);
                if (alts) {
                    toks.push({ t: 'ext', type: '@', alts });
                    i = end + mark.length;
                    continue;
                }
            }
        }
        if (c === '\\') {
            // a trailing \ is a literal \
            const e = p.codePointAt(i + 1);
            const ch = e === undefined ? c : String.fromCodePoint(e);
            toks.push(lit(ch));
            i += 1 + ch.length;
            continue;
        }
        if (c === '[') {
            const [re, consumed] = parseClass(p, i, nocase, form);
            if (consumed) {
                toks.push({ t: 'class', re });
                i += consumed;
                continue;
            }
        }
        if (!noext && extTypes.includes(c) && p[i + 1] === '(') {
            toks.push({ t: 'open', type: c });
            i += 2;
            continue;
        }
        toks.push(!noext && c === '|' ? { t: 'bar' }
            : !noext && c === ')' ? { t: 'close' }
                : c === '*' ? { t: 'star' }
                    : c === '?' ? { t: 'any' }
                        : lit(c));
        i += c.length;
    }
    return toks;
};
// map each open token index to the index of its close token
const pair = (toks) => {
    const pairs = new Map();
    const stack = [];
    toks.forEach((tok, i) => {
        if (tok.t === 'open')
            stack.push(i);
        else if (tok.t === 'close' && stack.length)
            pairs.set(stack.pop(), i);
    });
    return pairs;
};
// build the alternatives between start and end. An open token that
// is not closed is never inside a closed extglob, so bar and close
// tokens are only literal at the top level.
const build = (toks, pairs, start, end, top) => {
    let seq = [];
    const alts = [seq];
    for (let i = start; i < end; i++) {
        const tok = toks[i];
        const close = pairs.get(i);
        if (tok.t === 'open' && close !== undefined) {
            const sub = build(toks, pairs, i + 1, close, false);
            seq.push({ t: 'ext', type: tok.type, alts: sub });
            i = close;
        }
        else if (tok.t === 'bar' && !top) {
            alts.push((seq = []));
        }
        else if (tok.t === 'open') {
            seq.push(lit(tok.type), lit('('));
        }
        else if (tok.t === 'bar') {
            seq.push(lit('|'));
        }
        else if (tok.t === 'close') {
            seq.push(lit(')'));
        }
        else {
            seq.push(tok);
        }
    }
    return alts;
};
// normalize each run of literal chars as one string, so that a char
// and the combining marks after it compose (or decompose) together.
// Syntax is already parsed, so a char that normalizes to a syntax
// char (such as full-width `＊` in NFKC) stays a literal.
const normalize = (items, form) => {
    const out = [];
    let run = '';
    const flush = () => {
        for (const ch of run.normalize(form))
            out.push(lit(ch));
        run = '';
    };
    for (const it of items) {
        if (it.t === 'lit') {
            run += it.ch;
            continue;
        }
        flush();
        out.push(it.t === 'ext' ?
            { ...it, alts: it.alts.map(a => normalize(a, form)) }
            : it);
    }
    flush();
    return out;
};
// the start node, and the number of node ids. Ids are dense, from 0
// for the match node.
const compile = (items, nocase) => {
    let id = 1;
    const split = (out) => ({ t: 'split', id: id++, out });
    const seq = (items, next) => items.reduceRight((next, it) => item(it, next), next);
    const item = (it, next) => {
        switch (it.t) {
            case 'lit':
                const re = nocase ? foldRe(it.ch) : undefined;
                return { t: 'lit', id: id++, ch: it.ch, re, next };
            case 'any':
            case 'star':
                return { t: it.t, id: id++, next };
            case 'class':
                return { t: 'class', id: id++, re: it.re, next };
        }
        const alts = (next) => it.alts.map(a => seq(a, next));
        switch (it.type) {
            case '@':
                return split(alts(next));
            case '?':
                return split([next, ...alts(next)]);
            case '!':
                return { t: 'neg', id: id++, sub: split(alts(MATCH)), next };
        }
        // * and +, loop back after each match
        const after = split([]);
        const entry = split(alts(after));
        after.out.push(next, entry);
        return it.type === '*' ? after : entry;
    };
    const start = seq(items, MATCH);
    return [start, id];
};
// one line per node, in the order that a walk from the start
// reaches them. Edges point to node ids. The nodes of a negated
// sub-pattern are indented under their negation.
const show = (start) => {
    const lines = [];
    const seen = new Set();
    const ref = (n) => (n.t === 'match' ? 'match' : String(n.id));
    const walk = (n, indent) => {
        if (n.t === 'match' || seen.has(n))
            return;
        seen.add(n);
        const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
        switch (n.t) {
            case 'split':
                line(`split -> ${n.out.map(ref).join(', ')}`);
                for (const o of n.out)
                    walk(o, indent);
                return;
            case 'neg':
                line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
                walk(n.sub, indent + '  ');
                return walk(n.next, indent);
            case 'lit':
                line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
                break;
            case 'class':
                line(`${n.re} -> ${ref(n.next)}`);
                break;
            default:
                line(`${n.t === 'any' ? '?' : '*'} -> ${ref(n.next)}`);
        }
        walk(n.next, indent);
    };
    walk(start, '');
    return [`start -> ${ref(start)}`, ...lines].join('\n');
};
// The threads at one position in the string. Each node thread is
// only kept once, and runs with the same state are only kept once,
// so that identical threads merge. The match node is not in
// `threads`, because it can not step. It sets `match` instead.
class State {
    // set by the Sim, to mark the nodes that this state has
    gen;
    threads = [];
    match = false;
    runs = [];
    // the sorted ids of the threads, with 0 for a match, once the
    // state is done
    ids = [];
    constructor(gen) {
        this.gen = gen;
    }
    // no threads, so nothing more can match
    get dead() {
        return !this.threads.length && !this.match && !this.runs.length;
    }
}
// true if the two states hold the same threads
const sameState = (a, b) => {
    if (a.ids.length !== b.ids.length)
        return false;
    if (a.runs.length !== b.runs.length)
        return false;
    if (a.ids.some((id, i) => id !== b.ids[i]))
        return false;
    return a.runs.every(r => b.runs.some(o => o.neg === r.neg && sameState(o.state, r.state)));
};
const marks = (size) => ({
    has: new Float64Array(size),
    seen: new Float64Array(size),
    gen: 0,
});
class Sim {
    // `.` and `..` only match literal dots, even with `dot:true`
    dots;
    // the string starts with `.`, and `dot:true` is not set
    dotStart;
    #marks;
    constructor(dots, dotStart, marks) {
        this.dots = dots;
        this.dotStart = dotStart;
        this.#marks = marks;
    }
    state() {
        return new State(++this.#marks.gen);
    }
    // sort the ids of a state, once it has all of its threads
    done(state) {
        state.ids = state.threads.map(n => n.id).sort((a, b) => a - b);
        if (state.match)
            state.ids.unshift(MATCH.id);
        return state;
    }
    // true the first time that the state walks through the node, so
    // that loops in the graph stop
    #visit(state, node) {
        const { seen } = this.#marks;
        if (seen[node.id] === state.gen)
            return false;
        seen[node.id] = state.gen;
        return true;
    }
    #addThread(state, node) {
        const { has } = this.#marks;
        if (has[node.id] === state.gen)
            return false;
        has[node.id] = state.gen;
        state.threads.push(node);
        return true;
    }
    // wildcards only match a leading dot if `dot:true`. In a negated
    // sub-pattern, this does not apply, because the negation itself
    // can not match a leading dot.
    restricted(i, top) {
        return top && (this.dots || (this.dotStart && i === 0));
    }
    add(state, node, i, top) {
        switch (node.t) {
            case 'split':
                if (!this.#visit(state, node))
                    return;
                for (const o of node.out)
                    this.add(state, o, i, top);
                return;
            case 'neg':
                if (!this.#visit(state, node))
                    return;
                const sub = this.state();
                this.add(sub, node.sub, i, false);
                this.done(sub);
                return this.addRun(state, { t: 'run', neg: node, state: sub }, i, top);
            case 'star':
                // a * can not start a dotfile, even if it matches nothing
                if (this.restricted(i, top))
                    return;
                if (this.#addThread(state, node))
                    this.add(state, node.next, i, top);
                return;
            case 'match':
                state.match = true;
                return;
            default:
                this.#addThread(state, node);
        }
    }
    addRun(state, run, i, top) {
        for (const r of state.runs) {
            if (r.neg === run.neg && sameState(r.state, run.state))
                return;
        }
        state.runs.push(run);
        if (!run.state.match) {
            this.add(state, run.neg.next, i, top);
        }
    }
    // the threads after char `c`, at index `i`
    step(state, c, i, top) {
        const next = this.state();
        for (const th of state.threads) {
            switch (th.t) {
                case 'lit':
                    if (litMatch(th, c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'any':
                    if (!this.restricted(i, top))
                        this.add(next, th.next, i + 1, top);
                    break;
                case 'class':
                    if (!this.restricted(i, top) && th.re.test(c)) {
                        this.add(next, th.next, i + 1, top);
                    }
                    break;
                case 'star':
                    if (!this.restricted(i, top))
                        this.add(next, th, i + 1, top);
            }
        }
        if (!this.restricted(i, top)) {
            for (const run of state.runs) {
                // a sub-pattern with no threads can not match again, so the
                // run stays the same
                if (run.state.dead) {
                    this.addRun(next, run, i + 1, top);
                    continue;
                }
                const sub = this.step(run.state, c, i, false);
                this.addRun(next, { t: 'run', neg: run.neg, state: sub }, i + 1, top);
            }
        }
        return this.done(next);
    }
}
// A canonical key for the threads in a state. States with the same
// key hold the same threads, so they match the same strings.
const stateKey = (state) => {
    const ids = state.ids.join();
    if (!state.runs.length)
        return ids;
    const runs = state.runs.map(r => `${r.neg.id}(${stateKey(r.state)})`);
    return `${ids}|${runs.sort().join('|')}`;
};
// The cache can hold about this many chars of state keys and
// transitions. When it is full, it is cleared, so that a pattern
// can not use an unbounded amount of memory.
const DFA_BUDGET = 1 << 18;
// A cache of the states that the simulation reaches, built as the
// matcher is used. Each char of a string is then one Map lookup,
// once the states that it leads to are known.
//
// The dot rules only restrict the first char of a dotfile (strings
// that are only `.` or `..` do not use the cache). So a dotfile
// starts at its own state, which takes its first step with the
// restriction, and every other state takes steps without it.
class Dfa {
    #start;
    #states = new Map();
    #size = 0;
    #plain;
    #dotStart;
    #sim;
    #dotSim;
    constructor(start, marks) {
        this.#start = start;
        this.#sim = new Sim(false, false, marks);
        this.#dotSim = new Sim(false, true, marks);
    }
    #make(state) {
        return {
            state,
            match: state.match,
            dead: state.dead,
            next: new Map(),
        };
    }
    #intern(state) {
        const key = stateKey(state);
        const found = this.#states.get(key);
        if (found)
            return found;
        if (this.#size > DFA_BUDGET)
            this.#clear();
        const d = this.#make(state);
        this.#states.set(key, d);
        this.#size += key.length + 1;
        return d;
    }
    #clear() {
        this.#states.clear();
        this.#size = 0;
        this.#plain = undefined;
        this.#dotStart = undefined;
    }
    start(dotStart) {
        if (dotStart) {
            if (this.#dotStart)
                return this.#dotStart;
            const state = this.#dotSim.state();
            this.#dotSim.add(state, this.#start, 0, true);
            return (this.#dotStart = this.#make(this.#dotSim.done(state)));
        }
        if (this.#plain)
            return this.#plain;
        const state = this.#sim.state();
        this.#sim.add(state, this.#start, 0, true);
        return (this.#plain = this.#intern(this.#sim.done(state)));
    }
    // the next state, after a miss in `d.ascii`
    next(d, c) {
        const code = c.charCodeAt(0);
        const found = code < 128 ? undefined : d.next.get(c);
        if (found)
            return found;
        // the dotfile start is not in the cache, so it is never shared
        const n = d === this.#dotStart ?
            this.#intern(this.#dotSim.step(d.state, c, 0, true))
            : this.#intern(this.#sim.step(d.state, c, 1, true));
        if (code < 128) {
            if (!d.ascii) {
                d.ascii = new Array(128);
                this.#size += 128;
            }
            d.ascii[code] = n;
        }
        else {
            d.next.set(c, n);
        }
        this.#size++;
        return n;
    }
}
// the nodes in order, if the graph is a single chain
const linear = (start) => {
    const nodes = [];
    for (let n = start; n.t !== 'match'; n = n.next) {
        if (n.t === 'split' || n.t === 'neg')
            return undefined;
        nodes.push(n);
    }
    return nodes;
};
// Match a chain of nodes. Each node other than `*` matches exactly
// one char, so on a failure it is enough to go back to the last `*`
// and let it match one more char. This takes at most
// nodes.length * chars.length steps.
const testLinear = (nodes, chars, start, end) => {
    let ni = 0;
    let ci = start;
    let starNi = -1;
    let starCi = 0;
    while (ci < end) {
        const n = nodes[ni];
        if (n?.t === 'star') {
            starNi = ni++;
            starCi = ci;
            continue;
        }
        const c = chars[ci];
        if (n &&
            (n.t === 'any' ||
                (n.t === 'lit' && litMatch(n, c)) ||
                (n.t === 'class' && n.re.test(c)))) {
            ni++;
            ci++;
            continue;
        }
        if (starNi === -1)
            return false;
        ni = starNi + 1;
        ci = ++starCi;
    }
    while (nodes[ni]?.t === 'star')
        ni++;
    return ni === nodes.length;
};
// The least and most chars that the items can match. These are only
// bounds: a negation can match a string of any length, so it counts
// as 0 to Infinity.
const lengths = (items) => {
    let min = 0;
    let max = 0;
    for (const it of items) {
        const [lo, hi] = itemLengths(it);
        min += lo;
        max += hi;
    }
    return [min, max];
};
const itemLengths = (it) => {
    if (it.t === 'star')
        return [0, Infinity];
    if (it.t !== 'ext')
        return [1, 1];
    if (it.type === '!')
        return [0, Infinity];
    const alts = it.alts.map(lengths);
    const min = Math.min(...alts.map(a => a[0]));
    const max = Math.max(...alts.map(a => a[1]));
    // a loop of alternatives that only match the empty string is empty
    const loop = max === 0 ? 0 : Infinity;
    return (it.type === '@' ? [min, max]
        : it.type === '?' ? [0, max]
            : it.type === '*' ? [0, loop]
                : [min, loop]);
};
// true if the chars from `start` match the literals
const hasAffix = (lits, chars, start) => {
    for (let j = 0; j < lits.length; j++) {
        if (!litMatch(lits[j], chars[start + j]))
            return false;
    }
    return true;
};
// a `/`, or half of a surrogate pair
const slashOrSurrogate = /[/\ud800-\udfff]/;
const surrogate = /[\ud800-\udfff]/;
// a string can be indexed by code point, unless it has surrogate
// pairs
const codePoints = (s) => surrogate.test(s) ? [...s] : s;
const noSlash = (s) => {
    if (s.includes('/')) {
        throw new Error('can only match a single path portion, got: ' + s);
    }
};
class Matcher {
    pattern;
    options;
    #start;
    // the number of node ids
    #size;
    #marks;
    // the Sim for strings that are only `.` or `..`
    #dotsSim;
    // the string to compare, if the pattern has no magic. With
    // `nocase:true`, the RegExp that folds case is made when it is
    // first used.
    #literal;
    #literalFold = false;
    #literalRe;
    // the nodes between the prefix and suffix, if the graph is a
    // single chain
    #linear;
    // the linear nodes are only `*` and `?`, so the length bounds and
    // the prefix and suffix decide the match
    #wild = false;
    // the least and most chars that a match can have
    #min = 0;
    #max = Infinity;
    // the literals that a match must start and end with. Each one
    // matches exactly one char, and they are distinct items in the
    // pattern, so a string that does not have them can not match.
    #prefix = [];
    #suffix = [];
    // the prefix and suffix as strings, if they do not fold case
    #prefixStr;
    #suffixStr;
    // there is a prefix or suffix to check
    #affix = false;
    #dfa;
    #form;
    constructor(pattern, options = {}) {
        if (pattern.includes('/')) {
            throw new Error('can only match a single path portion, got pattern: ' + pattern);
        }
        this.pattern = pattern;
        this.options = options;
        const { nocase = false, noext = false, normalize: n } = options;
        this.#form = n === true ? 'NFC' : n || undefined;
        // a pattern that is only an empty extglob is a literal string,
        // except for `!()`, which matches any non-empty string
        const literal = /^[?*+@]\(\)$/.test(pattern);
        const toks = tokenize(pattern, nocase, noext || literal, this.#form, options.rangeMark);
        let [items] = build(toks, pair(toks), 0, toks.length, true);
        if (this.#form)
            items = normalize(items, this.#form);
        const [start, size] = compile(items, nocase);
        this.#start = start;
        this.#size = size;
        if (items.every(it => it.t === 'lit')) {
            this.#literal = items.map(it => it.ch).join('');
            this.#literalFold = nocase;
        }
        else {
            const lit = (it) => it.t !== 'lit' ? undefined
                : nocase ? { ch: it.ch, re: foldRe(it.ch) }
                    : { ch: it.ch };
            for (const it of items) {
                const l = lit(it);
                if (!l)
                    break;
                this.#prefix.push(l);
            }
            for (let j = items.length - 1; j >= 0; j--) {
                const l = lit(items[j]);
                if (!l)
                    break;
                this.#suffix.unshift(l);
            }
            this.#affix = !!(this.#prefix.length || this.#suffix.length);
            if (!nocase) {
                this.#prefixStr = this.#prefix.map(l => l.ch).join('');
                this.#suffixStr = this.#suffix.map(l => l.ch).join('');
            }
            this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || undefined);
            this.#wild = !!this.#linear?.every(n => n.t === 'star' || n.t === 'any');
            const [min, max] = lengths(items);
            this.#min = min;
            this.#max = max;
        }
    }
    test(s) {
        // The `/` check uses the string as given, so with normalization it
        // is a separate step. Otherwise, one scan finds both a `/` and the
        // surrogate pairs that stop the string being indexed by code point.
        if (this.#form) {
            noSlash(s);
            return this.#test(s.normalize(this.#form));
        }
        if (slashOrSurrogate.test(s)) {
            noSlash(s);
            return this.#test(s, [...s]);
        }
        return this.#test(s, s);
    }
    /**
     * The same as {@link Matcher#test}, but the string is not checked
     * for `/` chars, so the result for a string that has one is not
     * defined. Only use it for a string that is known to be one path
     * portion, such as a part of a path that was split on `/`. It can
     * be faster, because some patterns do not need to look at each char
     * of the string.
     */
    testUnchecked(s) {
        return this.#test(this.#form ? s.normalize(this.#form) : s);
    }
    // Test a string that has no `/`. `chars` indexes it by code point.
    // If it is not given, it is only found if a step needs it.
    #test(s, chars) {
        if (this.#literal !== undefined) {
            return this.#literalFold ?
                (this.#literalRe ??= newFoldRe(this.#literal)).test(s)
                : s === this.#literal;
        }
        // the length check means that the prefix and suffix do not
        // overlap. Without the chars, the length in code points is from
        // half of the UTF-16 length (if each one is a surrogate pair) to
        // all of it, which is often enough to know.
        const min = this.#min;
        const max = this.#max;
        if (chars === undefined) {
            const most = s.length;
            const least = (most + 1) >> 1;
            if (most < min || least > max)
                return false;
            if (least < min || most > max)
                chars = codePoints(s);
        }
        if (chars !== undefined &&
            (chars.length < min || chars.length > max)) {
            return false;
        }
        const prefix = this.#prefix.length;
        if (this.#affix) {
            if (this.#prefixStr !== undefined && this.#suffixStr !== undefined) {
                if (!s.startsWith(this.#prefixStr) ||
                    !s.endsWith(this.#suffixStr)) {
                    return false;
                }
            }
            else {
                chars ??= codePoints(s);
                const end = chars.length - this.#suffix.length;
                if (!hasAffix(this.#prefix, chars, 0) ||
                    !hasAffix(this.#suffix, chars, end)) {
                    return false;
                }
            }
        }
        const dotStart = !this.options.dot && s.startsWith('.');
        if (this.#linear) {
            // `.` and `..` only match literal dots, even with `dot:true`
            if (s === '.' || s === '..')
                return false;
            // only a literal can match the leading dot. A `*` can not
            // start a dotfile, even if it matches nothing.
            if (dotStart && !prefix)
                return false;
            if (this.#wild)
                return true;
            chars ??= codePoints(s);
            const end = chars.length - this.#suffix.length;
            return testLinear(this.#linear, chars, prefix, end);
        }
        chars ??= codePoints(s);
        if (s === '.' || s === '..') {
            this.#marks ??= marks(this.#size);
            const sim = (this.#dotsSim ??= new Sim(true, false, this.#marks));
            const start = sim.state();
            sim.add(start, this.#start, 0, true);
            let state = sim.done(start);
            for (let i = 0; i < chars.length; i++) {
                state = sim.step(state, chars[i], i, true);
            }
            return state.match;
        }
        this.#marks ??= marks(this.#size);
        const dfa = (this.#dfa ??= new Dfa(this.#start, this.#marks));
        let d = dfa.start(dotStart);
        // read char codes from the string, so that a one-char string is
        // only made for a cache miss
        const str = chars === s;
        for (let i = 0; i < chars.length; i++) {
            if (d.dead)
                return false;
            const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
            d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
        }
        return d.match;
    }
    /** a readable listing of the state machine */
    toString() {
        return show(this.#start);
    }
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/assert-valid-pattern.js
const MAX_PATTERN_LENGTH = 1024 * 64;
const assertValidPattern = (pattern) => {
    if (typeof pattern !== 'string') {
        throw new TypeError('invalid pattern');
    }
    if (pattern.length > MAX_PATTERN_LENGTH) {
        throw new TypeError('pattern is too long');
    }
};
//# sourceMappingURL=assert-valid-pattern.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/escape.js
/**
 * Escape all magic characters in a glob pattern.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape}
 * option is used, then characters are escaped by wrapping in `[]`, because
 * a magic character wrapped in a character class can only be satisfied by
 * that exact character.  In this mode, `\` is _not_ escaped, because it is
 * not interpreted as a magic character, but instead as a path separator.
 *
 * If the {@link MinimatchOptions.magicalBraces} option is used,
 * then braces (`{` and `}`) will be escaped.
 *
 * A leading `#` or `!` is escaped as well, so that the result is never a
 * comment or a negated pattern. In `windowsPathsNoEscape` mode, a leading
 * `!` is written as `@(!)`, because `[!` starts a negated class.
 */
const escape_escape = (s, { windowsPathsNoEscape = false, magicalBraces = false, } = {}) => {
    // don't need to escape +@! because we escape the parens
    // that make those magic, and escaping ! as [!] isn't valid,
    // because [!]] is a valid glob class meaning not ']'.
    // However, at the start of the pattern, '!' negates the pattern and
    // '#' makes it a comment, so the first character is handled below.
    const e = magicalBraces ?
        windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, '[$&]')
            : s.replace(/[?*()[\]\\{}]/g, '\\$&')
        : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, '[$&]')
            : s.replace(/[?*()[\]\\]/g, '\\$&');
    const c = e.charAt(0);
    if (c === '#') {
        return (windowsPathsNoEscape ? '[#]' : '\\#') + e.slice(1);
    }
    if (c === '!') {
        // '[!]' can not be used, because '[!' starts a negated class, and
        // '\' is a path separator in windowsPathsNoEscape mode. '@(!)'
        // matches only '!'. If extglobs are disabled with `noext`, it
        // matches nothing, rather than everything.
        return (windowsPathsNoEscape ? '@(!)' : '\\!') + e.slice(1);
    }
    return e;
};
//# sourceMappingURL=escape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/unescape.js
/**
 * Un-escape a string that has been escaped with {@link escape}.
 *
 * If the {@link MinimatchOptions.windowsPathsNoEscape} option is used, then
 * square-bracket escapes are removed, but not backslash escapes.
 *
 * For example, it will turn the string `'[*]'` into `*`, but it will not
 * turn `'\\*'` into `'*'`, because `\` is a path separator in
 * `windowsPathsNoEscape` mode.
 *
 * When `windowsPathsNoEscape` is not set, then both square-bracket escapes and
 * backslash escapes are removed.
 *
 * Slashes (and backslashes in `windowsPathsNoEscape` mode) cannot be escaped
 * or unescaped.
 *
 * When `magicalBraces` is not set, escapes of braces (`{` and `}`) will not be
 * unescaped.
 */
const unescape_unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true, } = {}) => {
    // escape() writes a leading '!' as '@(!)' in windowsPathsNoEscape mode
    if (windowsPathsNoEscape && s.startsWith('@(!)')) {
        return ('!' + unescape_unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces }));
    }
    if (magicalBraces) {
        return windowsPathsNoEscape ?
            s.replace(/\[([^/\\])\]/g, '$1')
            : s
                .replace(/((?!\\).|^)\[([^/\\])\]/g, '$1$2')
                .replace(/\\([^/])/g, '$1');
    }
    return windowsPathsNoEscape ?
        s.replace(/\[([^/\\{}])\]/g, '$1')
        : s
            .replace(/((?!\\).|^)\[([^/\\{}])\]/g, '$1$2')
            .replace(/\\([^/{}])/g, '$1');
};
//# sourceMappingURL=unescape.js.map
;// CONCATENATED MODULE: ./node_modules/minimatch/dist/esm/index.js





const DEFAULT_BRACE_EXPAND_MAX = 100_000;
const DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
// avoid the annoying deprecation flag lol
const AWE_KEY = ('allowWindow' + 'sEscape');
const minimatch = (p, pattern, options) => {
    assertValidPattern(pattern);
    // shortcut: comments match nothing.
    if (!options?.nocomment && pattern.charAt(0) === '#') {
        return false;
    }
    return cachedMinimatch(pattern, options).match(p);
};
// The Minimatch objects that minimatch() used most recently, by options
// and then by pattern. When the cache is full, it becomes the old one,
// and the objects used from the old one are moved back to a new one.
// So it keeps 256 to 512 objects.
// The patterns can come from users, so the cache is also bounded by
// the total weight of the objects (see cacheWeight()), and an object
// that is too heavy is never kept. Otherwise a few unique patterns
// with large brace expansions would fill the heap.
let cache = new Map();
let oldCache = new Map();
let cacheSize = 0;
let cacheTotalWeight = 0;
const cacheMax = 256;
const cacheMaxWeight = 1 << 15;
const cacheMaxEntryWeight = 1 << 12;
// About the memory that a compiled object keeps: the pattern and the
// expanded patterns, of which each row in set is made.
const cacheWeight = (mm) => {
    let w = mm.pattern.length;
    for (const s of mm.globSet) {
        w += s.length + 1;
        if (w > cacheMaxEntryWeight)
            break;
    }
    return w;
};
// tsc fails here if a new option is in neither type. Add it to
// optionsKey() too.
const allOptionsKeyed = true;
void allOptionsKeyed;
// 0, 1 or 2 for undefined, falsy or truthy.
const tri = (v) => v === undefined ? 0
    : v ? 2
        : 1;
// The weight of each boolean option's base-3 digit in the key. The
// weights below 24 are for optimizationLevel (1), platform (3) and
// windowsPathsNoEscape (12). tsc fails here if a boolean option is
// not in the list.
const booleanWeights = new Map(Object.keys({
    nobrace: 0,
    nocomment: 0,
    nonegate: 0,
    noglobstar: 0,
    noext: 0,
    nonull: 0,
    partial: 0,
    dot: 0,
    nocase: 0,
    nocaseMagicOnly: 0,
    magicalBraces: 0,
    matchBase: 0,
    flipNegate: 0,
    preserveMultipleSlashes: 0,
    windowsNoMagicRoot: 0,
}).map((k, i) => [k, 24 * 3 ** i]));
// The cache key for a set of options. It is a number, unless an
// option is set to a value that the number can not show, such as
// normalize or an uncommon platform. Then it is a JSON string.
// The defaults give 0, the same key as no options.
// It only reads the keys that are set, so that the speed does not
// depend on the shape of the options object.
const optionsKey = (o) => {
    let n = 0;
    let wpe = false;
    // inherited keys too, because Minimatch reads them
    // oxlint-disable-next-line guard-for-in
    for (const k in o) {
        const v = o[k];
        switch (k) {
            // the same test as the Minimatch constructor
            case 'windowsPathsNoEscape':
                if (v)
                    wpe = true;
                break;
            case AWE_KEY:
                if (v === false)
                    wpe = true;
                break;
            case 'platform': {
                // the same test as the Minimatch constructor
                const p = v || defaultPlatform;
                if (p === defaultPlatform)
                    break;
                if (p === 'darwin')
                    n += 3;
                else if (p === 'win32')
                    n += 6;
                else if (p === 'linux')
                    n += 9;
                else
                    return JSON.stringify(o);
                break;
            }
            case 'optimizationLevel':
                // The same tests as Minimatch: 1 when undefined, then >= 2,
                // >= 1, or else 0. The default level 1 adds 0.
                if (v === undefined)
                    break;
                n +=
                    v >= 2 ? 1
                        : v >= 1 ? 0
                            : 2;
                break;
            case 'braceExpandMax':
                if (v !== undefined && v !== DEFAULT_BRACE_EXPAND_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'maxGlobstarRecursion':
                if (v !== undefined && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
                    return JSON.stringify(o);
                }
                break;
            case 'normalize':
                if (v !== undefined)
                    return JSON.stringify(o);
                break;
            default:
                // unknown keys have no weight
                n += (booleanWeights.get(k) ?? 0) * tri(v);
        }
    }
    return wpe ? n + 12 : n;
};
// A copy, so a later change to the options can not change it. Unlike
// a spread, it keeps the inherited keys, which optionsKey() and the
// Minimatch constructor also read.
const copyOptions = (o) => {
    const copy = {};
    // oxlint-disable-next-line guard-for-in
    for (const k in o)
        copy[k] = o[k];
    return copy;
};
const cachedMinimatch = (pattern, options) => {
    const key = options ? optionsKey(options) : 0;
    let mm = cache.get(key)?.get(pattern);
    if (mm)
        return mm;
    mm =
        oldCache.get(key)?.get(pattern) ??
            new Minimatch(pattern, copyOptions(options));
    const weight = cacheWeight(mm);
    // too big to keep, so it is compiled again each time
    if (weight > cacheMaxEntryWeight)
        return mm;
    if (cacheSize >= cacheMax ||
        cacheTotalWeight + weight > cacheMaxWeight) {
        oldCache = cache;
        cache = new Map();
        cacheSize = 0;
        cacheTotalWeight = 0;
    }
    let byPattern = cache.get(key);
    if (!byPattern)
        cache.set(key, (byPattern = new Map()));
    byPattern.set(pattern, mm);
    cacheSize++;
    cacheTotalWeight += weight;
    return mm;
};
/* c8 ignore start */
const defaultPlatform = (typeof process === 'object' && process ?
    process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform
    : 'posix');
const path = {
    win32: { sep: '\\' },
    posix: { sep: '/' },
};
/* c8 ignore stop */
const sep = defaultPlatform === 'win32' ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
const GLOBSTAR = Symbol('globstar **');
minimatch.GLOBSTAR = GLOBSTAR;
const filter = (pattern, options) => {
    let mm;
    return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
const ext = (a, b = {}) => Object.assign({}, a, b);
const defaults = (def) => {
    if (!def || typeof def !== 'object' || !Object.keys(def).length) {
        return minimatch;
    }
    const orig = minimatch;
    const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
    return Object.assign(m, {
        Minimatch: class Minimatch extends orig.Minimatch {
            constructor(pattern, options = {}) {
                super(pattern, ext(def, options));
            }
            static defaults(options) {
                return orig.defaults(ext(def, options)).Minimatch;
            }
        },
        unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
        escape: (s, options = {}) => orig.escape(s, ext(def, options)),
        filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
        defaults: (options) => orig.defaults(ext(def, options)),
        braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
        match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
        sep: orig.sep,
        GLOBSTAR: GLOBSTAR,
    });
};
minimatch.defaults = defaults;
// Brace expansion:
// a{b,c}d -> abd acd
// a{b,}c -> abc ac
// a{0..3}d -> a0d a1d a2d a3d
// a{b,c{d,e}f}g -> abg acdfg acefg
// a{b,c}d{e,f}g -> abdeg acdeg abdeg abdfg
//
// Invalid sets are not expanded.
// a{2..}b -> a{2..}b
// a{b}c -> a{b}c
const braceExpand = (pattern, options = {}) => {
    assertValidPattern(pattern);
    // Thanks to Yeting Li <https://github.com/yetingli> for
    // improving this regexp to avoid a ReDOS vulnerability.
    if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
        // shortcut. no need to expand.
        return [pattern];
    }
    // brace-expansion turns each escaped backslash '\\' into a single '\',
    // which then escapes the next character instead, and can turn an
    // escaped magic character (for example '\\\*') into a live one.
    // Double every pair, so an escaped backslash comes back out still
    // escaped. The parity of each run of backslashes is unchanged.
    let p = pattern.replace(/\\\\/g, '\\\\\\\\');
    // brace-expansion does not know about [...] classes. In
    // windowsPathsNoEscape mode, escape() writes a literal brace as '[{]'
    // or '[}]'. Escape the brace for brace-expansion, which removes that
    // backslash again, leaving '[{]' or '[}]'.
    if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
        p = p.replace(/\[([{}])\]/g, '[\\$1]');
    }
    return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
// A numeric range with at least this many values is matched as one
// pattern portion, rather than expanded. For a glob walk, that is
// one directory read, in place of a stat for each value.
const RANGE_MIN = 100;
// a {lo..hi} range that is not escaped, and not a ${...} variable
const rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
// true if a range mark in this portion is inside a `!(...)`,
// `*(...)` or `+(...)` extglob. Those repeat or negate their
// contents, so one Matcher for the whole range does not match the
// same strings as the union of one pattern per value. For example,
// `*({1..100})` would match `510` as `5` then `10`, and `!({1..100})`
// would not match `5`, but every expanded pattern except `!(5)` does.
// `@(...)` and `?(...)` are fine: they pick one value at most.
const inRepeatOrNegExt = (portion, mark) => {
    const stack = [];
    for (let i = 0; i < portion.length; i++) {
        const c = portion.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if (c === mark) {
            if (stack.some(t => t !== '@' && t !== '?'))
                return true;
        }
        else if (portion.charAt(i + 1) === '(' && '!?+*@'.includes(c)) {
            stack.push(c);
            i++;
        }
        else if (c === ')') {
            stack.pop();
        }
    }
    return false;
};
const match = (list, pattern, options = {}) => {
    const mm = new Minimatch(pattern, options);
    list = list.filter(f => mm.match(f));
    if (mm.options.nonull && !list.length) {
        list.push(pattern);
    }
    return list;
};
minimatch.match = match;
const globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
// Index of the `]` that closes the class that starts at `start`,
// or -1 if it is not closed. Posix classes such as `[:alpha:]` are
// not skipped, so this can find a `]` before the real end. That
// only makes a class look less like a literal.
const classEnd = (pattern, start) => {
    let i = start + 1;
    if (pattern.charAt(i) === '!' || pattern.charAt(i) === '^')
        i++;
    let sawStart = false;
    for (; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === ']' && sawStart)
            return i;
        sawStart = true;
        if (c === '\\')
            i++;
    }
    return -1;
};
// If a path portion pattern has no magic, return the string it
// matches. Otherwise, return undefined. This can report magic for
// a pattern that is in fact literal (eg, `[]`), but never the
// reverse, so a string result is always safe to compare directly.
const literal = (pattern, noext) => {
    if (!noext && (pattern === '+()' || pattern === '@()'))
        return pattern;
    let lit = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            // a trailing \ is a literal \
            lit += pattern.charAt(++i) || c;
        }
        else if (c === '*' || c === '?') {
            return undefined;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close === -1) {
                // not closed, so the [ is a literal
                lit += c;
                continue;
            }
            // a class of one char, such as `[*]` or `[\b]`, is a literal
            let body = pattern.slice(i + 1, close);
            if (body.startsWith('\\'))
                body = body.slice(1);
            if ([...body].length !== 1 || '!^'.includes(pattern.charAt(i + 1))) {
                return undefined;
            }
            lit += body;
            i = close;
        }
        else if (!noext &&
            '+@!'.includes(c) &&
            pattern.charAt(i + 1) === '(' &&
            pattern.includes(')', i + 2)) {
            return undefined;
        }
        else {
            lit += c;
        }
    }
    return lit;
};
// The matching engine compiles and walks extglobs recursively, so a
// path portion with very many extglobs (nested, such as `*(*(*(a)))`,
// or in a row, such as `?(a)?(a)?(a)`) can exhaust the call stack.
// Portions with more than this many extglobs are rejected.
const MAX_EXTGLOBS = 256;
// The number of extglob openers, such as `*(`, in a path portion
// pattern. Chars in a class are counted too, so this can be more than
// the number of extglobs, but never less.
const extglobCount = (pattern) => {
    let n = 0;
    for (let i = 0; i < pattern.length - 1; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            n++;
            i++;
        }
    }
    return n;
};
const assertValidExtglobs = (pattern) => {
    if (extglobCount(pattern) > MAX_EXTGLOBS) {
        throw new TypeError('pattern has too many extglobs');
    }
};
// True if the portion pattern has the same meaning as an alternative
// inside `@(...)`. It must not have a `|` or `)` that is not in a
// closed extglob (those are literal at the top level), an extglob
// that is not closed (the `)` of the `@(...)` would close it), or a
// trailing `\` (it would escape the next `|`). A pattern that is
// only an empty extglob, such as `?()`, is literal on its own, but
// not in `@(...)`. Posix classes such as `[:alpha:]` can hide a `]`
// from classEnd, so patterns with them are not merged.
const extSafe = (pattern) => {
    if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes('[:'))
        return false;
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '\\') {
            if (++i === pattern.length)
                return false;
        }
        else if (c === '[') {
            const close = classEnd(pattern, i);
            if (close !== -1)
                i = close;
        }
        else if ('+@!?*'.includes(c) && pattern.charAt(i + 1) === '(') {
            depth++;
            i++;
        }
        else if (c === ')') {
            if (!depth--)
                return false;
        }
        else if (c === '|' && !depth) {
            return false;
        }
    }
    return !depth;
};
// The last path that Minimatch#match split, and its parts. A path is
// often tested against many patterns in a row (such as a list of
// ignore patterns), so this saves splitting it again. The parts are
// never changed, so they can be shared.
let lastSplit;
// The last path that Minimatch#match checked before splitting it. If
// the same path is checked again, it is being tested against many
// patterns, so it is split and the parts are kept for the others.
let lastChecked;
// true if a pattern portion that is not ** matches a path portion.
// An empty path portion only matches an empty pattern portion. A path
// portion never has a `/`, so the Matcher does not need to check it.
const portionMatch = (p, f) => typeof p === 'string' ? f === p : f !== '' && p.testUnchecked(f);
// Where the last portion of a row matches in a path: the start of the
// last portion of the path, or of the one before a trailing `/`. -1 if
// it matches neither.
const endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart
    : prev !== undefined && portionMatch(p, prev) ? prevStart
        : -1;
const isDots = (p) => p === '.' || p === '..';
// a Windows drive letter portion, like `c:`
const isDrive = (p) => typeof p === 'string' && /^[a-z]:$/i.test(p);
// true for the `UNC` portion of a long UNC root, //?/UNC/host/share
const isLongUNC = (p) => typeof p === 'string' && /^unc$/i.test(p);
// The index of the host in a row or split path that starts with a
// Windows UNC root: 2 for `//host/share`, and 4 for
// `//?/UNC/host/share`. Otherwise -1. `//?/c:` is not one.
const uncHost = (p) => {
    if (p[0] !== '' || p[1] !== '')
        return -1;
    const h = p[2] !== '?' ? 2
        : isLongUNC(p[3]) ? 4
            : -1;
    const host = p[h];
    const share = p[h + 1];
    return (h !== -1 &&
        host !== undefined &&
        host !== '' &&
        host !== GLOBSTAR &&
        share !== undefined &&
        share !== '' &&
        share !== GLOBSTAR) ?
        h
        : -1;
};
// true if ** can walk the path portion: not `.` or `..`, and not a
// dotfile unless `dot` is set
const walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith('.'));
// True if a portion of the path from `start` to `end` can not be
// walked by **: one that starts with `.`, or with `dot`, one that is
// `.` or `..`. `start` is the start of a portion, and `end` is the end
// of the path, or just after a separator.
const dotPortion = (f, start, end, dot, sep) => {
    for (let k = start; k < end;) {
        if (f.charCodeAt(k) === 46) {
            if (!dot)
                return true;
            const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
            if (n >= end || isSep(f.charCodeAt(n), sep))
                return true;
        }
        // the start of the next portion, after any run of separators
        const s = nextSep(f, k, sep);
        if (s === -1)
            return false;
        k = s + 1;
        while (k < end && isSep(f.charCodeAt(k), sep))
            k++;
    }
    return false;
};
const isSep = (c, sep) => sep === '/' ? c === 47
    : sep === '\\' ? c === 92
        : c === 47 || c === 92;
// the index of the first separator at or after `from`, or -1
const nextSep = (f, from, sep) => {
    if (sep !== 'both')
        return f.indexOf(sep, from);
    const s = f.indexOf('/', from);
    const b = f.indexOf('\\', from);
    return (s === -1 ? b
        : b === -1 ? s
            : Math.min(s, b));
};
// the index of the last separator at or before `from`, or -1
const lastSep = (f, from, sep) => sep !== 'both' ?
    f.lastIndexOf(sep, from)
    : Math.max(f.lastIndexOf('/', from), f.lastIndexOf('\\', from));
// What parse() returns in place of a Matcher while make() builds and
// merges the rows. Most of the Matchers in rows that are merged would
// never be used, so they are only made for the rows that are left.
const PENDING = {};
class Minimatch {
    options;
    set;
    pattern;
    windowsPathsNoEscape;
    nonegate;
    negate;
    comment;
    empty;
    preserveMultipleSlashes;
    partial;
    globSet;
    globParts;
    nocase;
    isWindows;
    platform;
    windowsNoMagicRoot;
    maxGlobstarRecursion;
    // the path can be checked against the last portion, and the string
    // portions, of each row before it is split. See #canMatch.
    #endCheck;
    #literalCheck;
    // level 2 resolves `.` and `..` portions in the path
    #level2;
    // the unicode normalization form, if any
    #form;
    // the string portions of each row in the set
    #literals = [];
    // the rows that #canMatch can match without splitting the path
    #shapes = [];
    // the rows whose last portion can be checked against the path's
    #endRows = [];
    // brace expansion can make the same portion in many rows, so they
    // share one Matcher, and the states that it caches
    #matchers = new Map();
    // parse() returns PENDING in place of a Matcher
    #pending = false;
    // the char that marks numeric ranges in globSet, if any
    #rangeMark;
    // the GlobstarParts of each pattern row, by start index and partial
    #globstarParts = new WeakMap();
    constructor(pattern, options = {}) {
        assertValidPattern(pattern);
        options = options || {};
        this.options = options;
        this.maxGlobstarRecursion =
            options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
        this.pattern = pattern;
        this.platform = options.platform || defaultPlatform;
        this.isWindows = this.platform === 'win32';
        this.windowsPathsNoEscape =
            !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
        if (this.windowsPathsNoEscape) {
            this.pattern = this.pattern.replace(/\\/g, '/');
        }
        this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
        this.negate = false;
        this.nonegate = !!options.nonegate;
        this.comment = false;
        this.empty = false;
        this.partial = !!options.partial;
        this.nocase = !!this.options.nocase;
        this.windowsNoMagicRoot =
            options.windowsNoMagicRoot !== undefined ?
                options.windowsNoMagicRoot
                : !!(this.isWindows && this.nocase);
        this.globSet = [];
        this.globParts = [];
        this.set = [];
        this.#endCheck = !this.preserveMultipleSlashes;
        this.#level2 = (options.optimizationLevel ?? 1) >= 2;
        const n = options.normalize;
        this.#form = n === true ? 'NFC' : n || undefined;
        // make the set of Matchers etc.
        this.make();
        // On Windows, the portions of a row up to its drive letter or UNC
        // share are skipped or compared without case, if the path has one
        // too. So the checks only use the portions after it.
        const drives = this.set.map(row => this.#rootIndex(row));
        this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
        // with the end check, the last portion is already checked
        this.#literals = this.set.map((row, r) => {
            const end = this.#endRows[r] ? row.length - 1 : row.length;
            const lits = row
                .slice(drives[r] + 1, end)
                .filter((p) => typeof p === 'string' && !!p);
            return [...new Set(lits)];
        });
        this.#literalCheck = this.#literals.some(l => l.length);
        this.#shapes = this.set.map((row, r) => {
            const [p0, p1, p2] = row;
            if (this.#endRows[r] && row.length === 2) {
                if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
                    return 'tail';
            }
            // the basename of a path that is split on / is its last portion,
            // or the one before a trailing /, the same as the end check
            if (this.#endRows[r] &&
                options.matchBase &&
                row.length === 1 &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'base';
            }
            // the portion must not be a root, or '', which can be a
            // different portion on Windows (where //x paths get an extra '')
            if (!this.#endCheck || drives[r] !== -1)
                return undefined;
            if (row.length === 3 &&
                p0 === GLOBSTAR &&
                p2 === GLOBSTAR &&
                p1 !== GLOBSTAR &&
                p1 !== '' &&
                // the portion between is only matched below this limit
                this.maxGlobstarRecursion > 0) {
                return 'mid';
            }
            if (row.length === 2 &&
                p1 === GLOBSTAR &&
                p0 !== GLOBSTAR &&
                p0 !== '') {
                return 'head';
            }
            return undefined;
        });
    }
    // a string portion of a pattern, normalized if the option is set
    #norm(p) {
        return this.#form ? p.normalize(this.#form) : p;
    }
    // On Windows, the index of the last root portion of a row, as
    // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
    // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
    // -1.
    #rootIndex(row) {
        if (!this.isWindows)
            return -1;
        if (isDrive(row[0]))
            return 0;
        const uncDrive = row[0] === '' && row[1] === '' && row[2] === '?' && isDrive(row[3]);
        if (uncDrive)
            return 3;
        const h = uncHost(row);
        return h === -1 ? -1 : h + 1;
    }
    hasMagic() {
        if (this.options.magicalBraces && this.set.length > 1) {
            return true;
        }
        for (const pattern of this.set) {
            for (const part of pattern) {
                if (typeof part !== 'string')
                    return true;
            }
        }
        return false;
    }
    make() {
        const pattern = this.pattern;
        const options = this.options;
        // empty patterns and comments match nothing.
        if (!options.nocomment && pattern.charAt(0) === '#') {
            this.comment = true;
            return;
        }
        if (!pattern) {
            this.empty = true;
            return;
        }
        // step 1: figure out negation, etc.
        this.parseNegate();
        // step 2: expand braces
        this.globSet = [...new Set(this.#expandBraces())];
        // step 3: now we have a set, so turn each one into a series of
        // path-portion matching patterns.
        // These will be Matchers, except in the case of "**", which is
        // set to the GLOBSTAR object for globstar behavior,
        // and will not contain any / characters
        //
        // First, we preprocess to make the glob pattern sets a bit simpler
        // and deduped.  There are some perf-killing patterns that can cause
        // problems with a glob walk, but we can simplify them down a bit.
        const rawGlobParts = this.globSet.map(s => this.#slashSplit(s));
        this.globParts = this.preprocess(rawGlobParts);
        // glob --> Matchers
        this.#pending = true;
        let set = this.globParts.map((s, _, __) => {
            if (this.isWindows && this.windowsNoMagicRoot) {
                // check if it's a drive or unc path. The root of a long UNC
                // path, //?/UNC/host/share, is 6 portions.
                const n = s[2] === '?' && isLongUNC(s[3]) ? 6 : 4;
                const isUNC = s[0] === '' &&
                    s[1] === '' &&
                    (s[2] === '?' || !globMagic.test(s[2])) &&
                    s.slice(3, n).every(p => !globMagic.test(p));
                const isDrive = /^[a-z]:/i.test(s[0]);
                if (isUNC) {
                    return [
                        ...s.slice(0, n).map(p => this.#norm(p)),
                        ...s.slice(n).map(ss => this.parse(ss)),
                    ];
                }
                else if (isDrive) {
                    return [
                        this.#norm(s[0]),
                        ...s.slice(1).map(ss => this.parse(ss)),
                    ];
                }
            }
            return s.map(ss => this.parse(ss));
        });
        // filter out everything that didn't compile properly.
        this.set = set.filter(s => s.indexOf(false) === -1);
        // do not treat the ? in UNC paths as magic
        if (this.isWindows) {
            for (let i = 0; i < this.set.length; i++) {
                const p = this.set[i];
                if (p[0] === '' &&
                    p[1] === '' &&
                    this.globParts[i][2] === '?' &&
                    (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
                    if (isLongUNC(this.globParts[i][3]))
                        p[3] = 'UNC';
                    p[2] = '?';
                }
            }
        }
        // with noext, `@(...)` would be literal
        if (!options.noext)
            this.mergeRows();
        this.#pending = false;
        this.set.forEach((row, i) => {
            for (let k = 0; k < row.length; k++) {
                if (row[k] === PENDING) {
                    row[k] = this.parse(this.globParts[i][k]);
                }
            }
        });
    }
    // Merge rows that only differ in one portion, where each of them
    // is a Matcher, into one row that matches any of them with
    // `@(a|b|...)`. Then a path is only walked once for all of them,
    // for example with `**/*.{js,ts}`.
    mergeRows() {
        let merged = true;
        while (merged) {
            merged = false;
            // a single row cannot be merged with anything
            if (this.set.length < 2)
                return;
            let keys = this.#mergeKeys();
            const len = Math.max(0, ...this.set.map(r => r.length));
            for (let k = 0; k < len; k++) {
                // the rows that are the same other than at portion k, keyed
                // by the ids of the parts before k and the parts after k,
                // which are at most the number of rows
                const groups = new Map();
                const R = this.set.length + 1;
                this.set.forEach((row, i) => {
                    if (!(row[k] instanceof Matcher || row[k] === PENDING) ||
                        !extSafe(this.globParts[i][k])) {
                        return;
                    }
                    const { pre, suf } = keys[i];
                    const key = pre[k] * R + suf[k + 1];
                    const g = groups.get(key);
                    if (g)
                        g.push(i);
                    else
                        groups.set(key, [i]);
                });
                const drop = new Set();
                for (const g of groups.values()) {
                    if (g.length < 2)
                        continue;
                    const [first, ...rest] = g;
                    const alts = g.map(i => this.globParts[i][k]);
                    const glob = `@(${alts.join('|')})`;
                    // merging is only an optimization, so leave the rows as they
                    // are if the merged portion would have too many extglobs
                    if (extglobCount(glob) > MAX_EXTGLOBS)
                        continue;
                    this.globParts[first][k] = glob;
                    this.set[first][k] = this.parse(glob);
                    for (const i of rest)
                        drop.add(i);
                }
                if (drop.size) {
                    merged = true;
                    this.set = this.set.filter((_, i) => !drop.has(i));
                    this.globParts = this.globParts.filter((_, i) => !drop.has(i));
                    // every merge drops a row, so this happens at most once per row
                    if (this.set.length < 2)
                        return;
                    keys = this.#mergeKeys();
                }
            }
        }
    }
    // For each row, number ids for its prefixes and suffixes, such that
    // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
    // Two rows are the same other than at portion k exactly when they
    // have the same pre[k] and suf[k + 1]. This is linear in the size of
    // the rows, where joining the whole row for every k was quadratic.
    #mergeKeys() {
        const partIds = new Map();
        const ids = this.globParts.map(parts => parts.map(s => {
            let id = partIds.get(s);
            if (id === undefined)
                partIds.set(s, (id = partIds.size));
            return id;
        }));
        // ids are only compared at the same k, so they are numbered per
        // portion, with 0 for the empty prefix or suffix. Then they are
        // at most the number of rows, and id * P + part id is a safe
        // integer key for any set that fits in memory.
        const P = partIds.size;
        const len = Math.max(0, ...ids.map(r => r.length));
        const keys = ids.map(r => ({
            pre: [0],
            suf: new Array(r.length + 1).fill(0),
        }));
        for (let k = 0; k < len; k++) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { pre } = keys[i];
                const key = pre[k] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                pre.push(id);
            });
        }
        for (let k = len - 1; k >= 0; k--) {
            const m = new Map();
            ids.forEach((r, i) => {
                if (k >= r.length)
                    return;
                const { suf } = keys[i];
                const key = suf[k + 1] * P + r[k];
                let id = m.get(key);
                if (id === undefined)
                    m.set(key, (id = m.size + 1));
                suf[k] = id;
            });
        }
        return keys;
    }
    // various transforms to equivalent pattern sets that are
    // faster to process in a filesystem walk.  The goal is to
    // eliminate what we can, and push all ** patterns as far
    // to the right as possible, even if it increases the number
    // of patterns that we have to process.
    preprocess(globParts) {
        // if we're not in globstar mode, then turn ** into *
        if (this.options.noglobstar) {
            for (const partset of globParts) {
                for (let j = 0; j < partset.length; j++) {
                    if (partset[j] === '**') {
                        partset[j] = '*';
                    }
                }
            }
        }
        const { optimizationLevel = 1 } = this.options;
        if (optimizationLevel >= 2) {
            // aggressive optimization for the purpose of fs walking
            globParts = this.firstPhasePreProcess(globParts);
            globParts = this.secondPhasePreProcess(globParts);
        }
        else if (optimizationLevel >= 1) {
            // just basic optimizations to remove some .. parts
            globParts = this.levelOneOptimize(globParts);
        }
        else {
            // just collapse multiple ** portions into one
            globParts = this.adjascentGlobstarOptimize(globParts);
        }
        return globParts;
    }
    // just get rid of adjascent ** portions
    adjascentGlobstarOptimize(globParts) {
        return globParts.map(parts => {
            let gs = -1;
            while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                let i = gs;
                while (parts[i + 1] === '**') {
                    i++;
                }
                if (i !== gs) {
                    parts.splice(gs, i - gs);
                }
            }
            return parts;
        });
    }
    // get rid of adjascent ** and resolve .. portions
    levelOneOptimize(globParts) {
        return globParts.map(parts => {
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            parts = parts.reduce((set, part) => {
                const prev = set[set.length - 1];
                if (part === '**' && prev === '**') {
                    return set;
                }
                if (part === '..') {
                    if (set.length > root &&
                        prev &&
                        prev !== '..' &&
                        prev !== '.' &&
                        prev !== '**') {
                        set.pop();
                        return set;
                    }
                }
                set.push(part);
                return set;
            }, []);
            return parts.length === 0 ? [''] : parts;
        });
    }
    // Check the path against each row before it is split. 'no' if no
    // row can match, so it does not need to be split. 'yes' if a row of
    // `**` and one more portion matches. 'maybe' if it must be split to
    // know. None of this applies with partial, where the path can end
    // before the row does.
    //
    // On Windows, `\` is a separator in the path too, and the portions of
    // a row up to its drive letter or UNC share are not checked (see
    // #rootIndex).
    //
    // Each string portion of a row must be a portion of the path, so the
    // path must contain it. Level 2 can only take portions out of the
    // path, so this is still true then.
    //
    // The last portion of a row must match the last portion of the path,
    // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
    // This does not apply to rows that end in **, rows that end in a
    // root, or preserveMultipleSlashes (which can leave more
    // than one '' at the end). At level 2, it does not apply if that
    // portion is `.` or `..`, which can be
    // resolved away. Level 2 only takes other portions out of the
    // middle of the path.
    //
    // A row of `**/x` then matches if the ** can walk the portions
    // before the one that x matches, the same as #matchGlobstar. At
    // level 2, this is only known if none of them are `.` or `..`, so
    // that the path does not change when it is resolved.
    #canMatch(f) {
        const sep = !this.isWindows || !f.includes('\\') ? '/'
            : f.includes('/') ? 'both'
                : '\\';
        // the portions that f.split(/\/+/) would end with, and where they
        // start in f, found when a row needs them. `ends` is 0 until they
        // are found, then 1, or -1 if they can not be used.
        let ends = this.#endCheck ? 0 : -1;
        let last = '';
        let lastStart = 0;
        let prev;
        let prevStart = 0;
        const dot = !!this.options.dot;
        // A string compare is cheaper than includes(), and a Matcher test
        // costs more, so the cheaper check goes first.
        ROWS: for (let r = 0; r < this.set.length; r++) {
            const row = this.set[r];
            const p = row[row.length - 1];
            let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
            if (end && ends === 0) {
                const i = lastSep(f, f.length, sep);
                lastStart = i + 1;
                last = f.slice(lastStart);
                if (last === '' && i >= 0) {
                    let j = i;
                    while (j > 0 && isSep(f.charCodeAt(j - 1), sep))
                        j--;
                    prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep) + 1;
                    prev = f.slice(prevStart, j);
                }
                const resolves = this.#level2 &&
                    (isDots(last) ||
                        (last === '' && prev !== undefined && isDots(prev)));
                ends = resolves ? -1 : 1;
                end = !resolves;
            }
            let tailStart = -1;
            if (end && typeof p === 'string') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            if (this.#literalCheck) {
                for (const l of this.#literals[r]) {
                    if (!f.includes(l))
                        continue ROWS;
                }
            }
            if (end && typeof p === 'object') {
                tailStart = endIndex(p, last, lastStart, prev, prevStart);
                if (tailStart === -1)
                    continue;
            }
            const shape = this.#shapes[r];
            if (shape === 'base' && end)
                return 'yes';
            if (shape === 'tail' && end) {
                if (this.#level2 && dotPortion(f, 0, tailStart, true, sep)) {
                    return 'maybe';
                }
                if (!dotPortion(f, 0, tailStart, dot, sep))
                    return 'yes';
                continue;
            }
            if (shape === 'mid' || shape === 'head') {
                const m = this.#walk(f, row, shape === 'head', dot, sep);
                if (m !== 'no')
                    return m;
                continue;
            }
            return 'maybe';
        }
        return 'no';
    }
    // Match a row of a known shape against the split path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do. None of these
    // rows have a drive letter, so they start at the first portion.
    #matchShape(file, row, shape) {
        const dot = !!this.options.dot;
        const n = file.length;
        if (shape === 'head') {
            // x, then at least one portion that ** can walk
            if (n < 2 || !portionMatch(row[0], file[0])) {
                return false;
            }
            for (let i = 1; i < n; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        const x = row[1];
        if (shape === 'tail') {
            // x is the last portion, or the one before a trailing ''
            let t = n - 1;
            if (!portionMatch(x, file[t])) {
                if (file[t] !== '' || n === 1 || !portionMatch(x, file[--t])) {
                    return false;
                }
            }
            for (let i = 0; i < t; i++)
                if (!walkable(file[i], dot))
                    return false;
            return true;
        }
        // mid: the first x that ** can walk to, with a portion after it,
        // and ** can walk all of those
        for (let k = 0; k < n; k++) {
            if (portionMatch(x, file[k]) && k + 1 < n) {
                let i = k + 1;
                while (i < n && walkable(file[i], dot))
                    i++;
                if (i === n)
                    return true;
            }
            if (!walkable(file[k], dot))
                return false;
        }
        return false;
    }
    // Match a row of `**/x/**` or `x/**` against the path, the same as
    // #matchGlobstar and #matchGlobStarBodySections do once it is split.
    // x must match a portion (the first one, for `x/**`), the ** before
    // it must be able to walk the portions before that one, and there
    // must be a portion after it, which the ** after it can walk. At
    // level 2, this is only known if no portion is `.` or `..`.
    #walk(f, row, head, dot, sep) {
        if (this.#level2 && dotPortion(f, 0, f.length, true, sep))
            return 'maybe';
        const x = row[head ? 0 : 1];
        // the last portion has none after it, so it can not be x
        let s = 0;
        for (let e = nextSep(f, s, sep); e !== -1; e = nextSep(f, s, sep)) {
            // the start of the next portion
            let next = e + 1;
            while (next < f.length && isSep(f.charCodeAt(next), sep))
                next++;
            const hit = typeof x === 'string' ?
                e - s === x.length && f.startsWith(x, s)
                : e > s && x.testUnchecked(f.slice(s, e));
            if (hit && !dotPortion(f, next, f.length, dot, sep))
                return 'yes';
            if (head || dotPortion(f, s, next, dot, sep))
                return 'no';
            s = next;
        }
        return 'no';
    }
    // the last split, if it was the same path with the same split
    // settings
    #cachedSplit(f) {
        const last = lastSplit;
        return (last?.f === f &&
            last.isWindows === this.isWindows &&
            last.preserveMultipleSlashes === this.preserveMultipleSlashes &&
            last.normalize === this.#form) ?
            last
            : undefined;
    }
    // split a path for match(), and keep the parts for the next call
    #split(f) {
        const { isWindows, preserveMultipleSlashes } = this;
        // windows: need to use /, not \
        let parts = this.#slashSplit(isWindows ? f.split('\\').join('/') : f);
        // normalize each portion, so that a char that normalizes to `/`
        // does not make a new portion
        const normalize = this.#form;
        if (normalize)
            parts = parts.map(p => p.normalize(normalize));
        lastSplit = {
            f,
            isWindows,
            preserveMultipleSlashes,
            normalize,
            parts,
        };
        return lastSplit;
    }
    // resolve `.` and `..` portions of a path, for level 2
    #levelTwoFileOptimize(file) {
        // work on a copy, so that the cached parts do not change
        const parts = [...file];
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/<e>/<rest> -> <pre>/<rest>
            if (!this.preserveMultipleSlashes) {
                for (let i = 1; i < parts.length - 1; i++) {
                    const p = parts[i];
                    // don't squeeze out UNC patterns
                    if (i === 1 && p === '' && parts[0] === '')
                        continue;
                    if (p === '.' || p === '') {
                        didSomething = true;
                        parts.splice(i, 1);
                        i--;
                    }
                }
                if (parts[0] === '.' &&
                    parts.length === 2 &&
                    (parts[1] === '.' || parts[1] === '')) {
                    didSomething = true;
                    parts.pop();
                }
            }
            // <pre>/<p>/../<rest> -> <pre>/<rest>
            // .. can not remove the root of a Windows path
            const root = this.#rootIndex(parts) + 1;
            let dd = root;
            while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                const p = parts[dd - 1];
                if (p && p !== '.' && p !== '..' && p !== '**') {
                    didSomething = true;
                    parts.splice(dd - 1, 2);
                    dd = Math.max(dd - 2, root);
                }
            }
        } while (didSomething);
        return parts.length === 0 ? [''] : parts;
    }
    // First phase: single-pattern processing
    // <pre> is 1 or more portions
    // <rest> is 1 or more portions
    // <p> is any portion other than ., .., '', or **
    // <e> is . or ''
    //
    // **/.. is *brutal* for filesystem walking performance, because
    // it effectively resets the recursive walk each time it occurs,
    // and ** cannot be reduced out by a .. pattern part like a regexp
    // or most strings (other than .., ., and '') can be.
    //
    // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
    // <pre>/<e>/<rest> -> <pre>/<rest>
    // <pre>/<p>/../<rest> -> <pre>/<rest>
    // **/**/<rest> -> **/<rest>
    //
    // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
    // this WOULD be allowed if ** did follow symlinks, or * didn't
    firstPhasePreProcess(globParts) {
        // each **/.. split doubles the patterns, and adds a copy of the
        // whole pattern. Throw if either gets too large. A partial split
        // would match some paths and not others, depending on which rows
        // the pass reached first.
        const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
        let splitCells = 0;
        const maxSplitCells = 1_000_000;
        let didSomething = false;
        do {
            didSomething = false;
            // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
            for (let parts of globParts) {
                let gs = -1;
                while (-1 !== (gs = parts.indexOf('**', gs + 1))) {
                    let gss = gs;
                    while (parts[gss + 1] === '**') {
                        // <pre>/**/**/<rest> -> <pre>/**/<rest>
                        gss++;
                    }
                    // eg, if gs is 2 and gss is 4, that means we have 3 **
                    // parts, and can remove 2 of them.
                    if (gss > gs) {
                        parts.splice(gs + 1, gss - gs);
                    }
                    let next = parts[gs + 1];
                    const p = parts[gs + 2];
                    const p2 = parts[gs + 3];
                    if (next !== '..')
                        continue;
                    if (!p ||
                        p === '.' ||
                        p === '..' ||
                        !p2 ||
                        p2 === '.' ||
                        p2 === '..') {
                        continue;
                    }
                    // Check before changing parts or allocating the new row.
                    const addedCells = parts.length - 1;
                    if (globParts.length >= braceExpandMax ||
                        splitCells + addedCells > maxSplitCells) {
                        throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
                    }
                    didSomething = true;
                    // edit parts in place, and push the new one
                    parts.splice(gs, 1);
                    const other = parts.slice(0);
                    other[gs] = '**';
                    splitCells += addedCells;
                    globParts.push(other);
                    gs--;
                }
                // <pre>/<e>/<rest> -> <pre>/<rest>
                if (!this.preserveMultipleSlashes) {
                    for (let i = 1; i < parts.length - 1; i++) {
                        const p = parts[i];
                        // don't squeeze out UNC patterns
                        if (i === 1 && p === '' && parts[0] === '')
                            continue;
                        if (p === '.' || p === '') {
                            didSomething = true;
                            parts.splice(i, 1);
                            i--;
                        }
                    }
                    if (parts[0] === '.' &&
                        parts.length === 2 &&
                        (parts[1] === '.' || parts[1] === '')) {
                        didSomething = true;
                        parts.pop();
                    }
                }
                // <pre>/<p>/../<rest> -> <pre>/<rest>
                // .. can not remove the root of a Windows path
                const root = this.#rootIndex(parts) + 1;
                let dd = root;
                while (-1 !== (dd = parts.indexOf('..', dd + 1))) {
                    const p = parts[dd - 1];
                    if (p && p !== '.' && p !== '..' && p !== '**') {
                        didSomething = true;
                        const needDot = dd === 1 && parts[dd + 1] === '**';
                        const splin = needDot ? ['.'] : [];
                        parts.splice(dd - 1, 2, ...splin);
                        if (parts.length === 0)
                            parts.push('');
                        dd = Math.max(dd - 2, root);
                    }
                }
            }
        } while (didSomething);
        return globParts;
    }
    // second phase: multi-pattern dedupes
    // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
    // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
    secondPhasePreProcess(globParts) {
        const keys = new Set();
        const rows = globParts.filter(parts => {
            const key = parts.join('/');
            if (keys.has(key))
                return false;
            keys.add(key);
            return true;
        });
        // A row is covered by another row that has `*` at some positions,
        // and is the same at all others. Collect each distinct set of `*`
        // positions, then look up each row with `*` put at those positions.
        const stars = new Map();
        for (const parts of rows) {
            const s = [];
            for (let i = 0; i < parts.length; i++) {
                if (parts[i] === '*')
                    s.push(i);
            }
            if (s.length)
                stars.set(s.join(','), s);
        }
        // Each row is checked against each set of `*` positions, so skip
        // this if there are too many. The patterns match the same paths
        // either way.
        if (!stars.size || rows.length * stars.size > 100_000)
            return rows;
        const { dot } = this.options;
        return rows.filter(parts => {
            for (const s of stars.values()) {
                if (s[s.length - 1] >= parts.length)
                    continue;
                const c = [...parts];
                let ok = true;
                let changed = false;
                for (const i of s) {
                    const p = parts[i];
                    if (p === '*')
                        continue;
                    if (!p || p === '**' || (!dot && p.startsWith('.'))) {
                        ok = false;
                        break;
                    }
                    c[i] = '*';
                    changed = true;
                }
                if (ok && changed && keys.has(c.join('/')))
                    return false;
            }
            return true;
        });
    }
    parseNegate() {
        if (this.nonegate)
            return;
        const pattern = this.pattern;
        let negate = false;
        let negateOffset = 0;
        for (let i = 0; i < pattern.length && pattern.charAt(i) === '!'; i++) {
            negate = !negate;
            negateOffset++;
        }
        if (negateOffset)
            this.pattern = pattern.slice(negateOffset);
        this.negate = negate;
    }
    // Match the parts of a path against one row of the set. `resolved`
    // is the parts after level 2 resolves `.` and `..` in them, or the
    // same parts below level 2. Set partial to true to test if, for
    // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
    // you run out of file before you run out of pattern, then that's
    // fine, as long as all the parts match.
    #matchRow(file, resolved, pattern, partial) {
        let fileStartIndex = 0;
        let patternStartIndex = 0;
        // UNC paths like //?/X:/... can match X:/... and vice versa, and
        // //?/UNC/host/share/... can match //host/share/... and vice versa.
        // Drive letters in absolute drive or unc paths, and the host and
        // share of UNC paths, are always compared case-insensitively.
        const fh = this.isWindows ? uncHost(resolved) : -1;
        const ph = fh === -1 ? -1 : uncHost(pattern);
        if (ph !== -1) {
            const host = pattern[ph];
            const share = pattern[ph + 1];
            if (typeof host !== 'string' || typeof share !== 'string') {
                // a host or share with magic is matched as usual
                fileStartIndex = fh;
                patternStartIndex = ph;
            }
            else if (resolved[fh].toLowerCase() === host.toLowerCase() &&
                resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
                fileStartIndex = fh + 2;
                patternStartIndex = ph + 2;
            }
        }
        else if (this.isWindows) {
            const fileDrive = typeof file[0] === 'string' && /^[a-z]:$/i.test(file[0]);
            const fileUNC = !fileDrive &&
                file[0] === '' &&
                file[1] === '' &&
                file[2] === '?' &&
                /^[a-z]:$/i.test(file[3]);
            const patternDrive = typeof pattern[0] === 'string' && /^[a-z]:$/i.test(pattern[0]);
            const patternUNC = !patternDrive &&
                pattern[0] === '' &&
                pattern[1] === '' &&
                pattern[2] === '?' &&
                typeof pattern[3] === 'string' &&
                /^[a-z]:$/i.test(pattern[3]);
            const fdi = fileUNC ? 3
                : fileDrive ? 0
                    : undefined;
            const pdi = patternUNC ? 3
                : patternDrive ? 0
                    : undefined;
            if (typeof fdi === 'number' && typeof pdi === 'number') {
                const [fd, pd] = [
                    file[fdi],
                    pattern[pdi],
                ];
                // the drives match, so start matching after them
                if (fd.toLowerCase() === pd.toLowerCase()) {
                    patternStartIndex = pdi + 1;
                    fileStartIndex = fdi + 1;
                }
            }
        }
        // the drive letters are found in the parts before level 2 resolves
        // them, and the match uses the resolved parts
        file = resolved;
        if (pattern.includes(GLOBSTAR)) {
            return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
        }
        return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
        const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
        // check the head, from the current file/pattern index.
        if (head.length) {
            const headEnd = fileIndex + head.length;
            if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
                return false;
            }
            fileIndex += head.length;
            patternIndex += head.length;
        }
        // now we know the head matches!
        // if the last portion is not empty, it MUST match the end
        // check the tail
        let fileTailMatch = 0;
        if (tail.length) {
            // if head + tail > file, then we cannot possibly match
            if (tail.length + fileIndex > file.length)
                return false;
            // try to match the tail
            let tailStart = file.length - tail.length;
            if (this.#matchOne(file, tail, partial, tailStart, 0)) {
                fileTailMatch = tail.length;
            }
            else {
                // affordance for stuff like a/**/* matching a/b/
                // if the last file portion is '', and there's more to the pattern
                // then try without the '' bit.
                if (file[file.length - 1] !== '' ||
                    fileIndex + tail.length === file.length) {
                    return false;
                }
                tailStart--;
                if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
                    return false;
                }
                fileTailMatch = tail.length + 1;
            }
        }
        // now we know the tail matches!
        // the middle is zero or more portions wrapped in **, possibly
        // containing more ** sections.
        // so a/**/b/**/c/**/d has become **/b/**/c/**
        // if it's empty, it means a/**/b, just verify we have no bad dots
        // if there's no tail, so it ends on /**, then we must have *something*
        // after the head, or it's not a matc
        if (!body.length) {
            let sawSome = !!fileTailMatch;
            for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
                const f = String(file[i]);
                sawSome = true;
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            // in partial mode, we just need to get past all file parts
            return partial || sawSome;
        }
        // now we know that there's one or more body sections, which can
        // be matched anywhere from the 0 index (because the head was pruned)
        // through to the length-fileTailMatch index.
        return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, new Set());
    }
    // Split the pattern into head, tail, and middle of ** delimited
    // parts. The tail has to be at the end, and the others just have to
    // be found in order from the head. These only depend on the pattern
    // row, so they are kept for the next path.
    #getGlobstarParts(pattern, partial, patternIndex) {
        let byStart = this.#globstarParts.get(pattern);
        if (!byStart) {
            byStart = [];
            this.#globstarParts.set(pattern, byStart);
        }
        const key = patternIndex * 2 + (partial ? 1 : 0);
        const found = byStart[key];
        if (found)
            return found;
        const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
        const lastgs = pattern.lastIndexOf(GLOBSTAR);
        const head = pattern.slice(patternIndex, firstgs);
        const body = pattern.slice(firstgs + 1, partial ? undefined : lastgs);
        const tail = partial ? [] : pattern.slice(lastgs + 1);
        // split the body up into sections, and note the number of
        // portions that must come after the start of each one
        const segments = [[[], 0]];
        let current = segments[0];
        let nonGsParts = 0;
        const nonGsPartsSums = [0];
        for (const b of body) {
            if (b === GLOBSTAR) {
                nonGsPartsSums.push(nonGsParts);
                current = [[], 0];
                segments.push(current);
            }
            else {
                current[0].push(b);
                nonGsParts++;
            }
        }
        // the portions in this section and the ones after it
        segments.forEach((b, i) => {
            b[1] = nonGsParts - nonGsPartsSums[i];
        });
        const parts = { head, body, tail, segments };
        byStart[key] = parts;
        return parts;
    }
    // return false for "nope, not matching"
    // return null for "not matching, cannot keep trying"
    #matchGlobStarBodySections(file, 
    // pattern section, and the portions that it and the rest need
    bodySegments, 
    // the end of the file portions that the body can match
    fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, 
    // the places that a walk has already tried, as
    // bodyIndex * (file.length + 1) + fileIndex. A walk from a place
    // does the same no matter how it got there, and it only comes back
    // if it found no match, so a walk that gets to one stops.
    tried) {
        // take the first body segment, and walk from fileIndex to its "after"
        // value at the end
        // If it doesn't match at that position, we increment, until we hit
        // that final possible position, and give up.
        // If it does match, then advance and try to rest.
        // If any of them fail we keep walking forward.
        // this is still a bit recursively painful, but it's more constrained
        // than previous implementations, because we never test something that
        // can't possibly be a valid matching condition.
        const bs = bodySegments[bodyIndex];
        if (!bs) {
            // with partial, the body is the rest of the pattern, so it
            // matches if no portions are left, or only the '' of a trailing
            // / (as a/* matches a/b/). A ** at the end walks them as its own
            // empty section.
            if (partial) {
                return (fileIndex >= fileLength ||
                    (fileIndex === fileLength - 1 && file[fileIndex] === ''));
            }
            // just make sure that there's no bad dots before the tail
            for (let i = fileIndex; i < fileLength; i++) {
                sawTail = true;
                const f = file[i];
                if (f === '.' ||
                    f === '..' ||
                    (!this.options.dot && f.startsWith('.'))) {
                    return false;
                }
            }
            return sawTail;
        }
        // have a non-globstar body section to test, up to the last index
        // where it can start
        const [body, need] = bs;
        // with partial, the path can end before the body does
        const after = partial ? fileLength : fileLength - need;
        while (fileIndex <= after) {
            const key = bodyIndex * (file.length + 1) + fileIndex;
            if (tried.has(key))
                return false;
            tried.add(key);
            const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
            // if limit exceeded, no match. intentional false negative,
            // acceptable break in correctness for security.
            if (m && globStarDepth < this.maxGlobstarRecursion) {
                // match! see if the rest match. if so, we're done!
                const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
                if (sub !== false) {
                    return sub;
                }
            }
            // the ** does not walk past the last place the body can start
            if (fileIndex === after)
                break;
            const f = file[fileIndex];
            if (f === '.' ||
                f === '..' ||
                (!this.options.dot && f.startsWith('.'))) {
                return false;
            }
            fileIndex++;
        }
        // walked off. no point continuing
        return partial || null;
    }
    #matchOne(file, pattern, partial, fileIndex, patternIndex, 
    // only match the file portions before this index
    fileEnd = file.length) {
        let fi;
        let pi;
        let pl;
        let fl;
        for (fi = fileIndex,
            pi = patternIndex,
            fl = Math.min(fileEnd, file.length),
            pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
            let p = pattern[pi];
            let f = file[fi];
            // should be impossible.
            /* c8 ignore start */
            if (p === false || p === GLOBSTAR) {
                return false;
            }
            /* c8 ignore stop */
            // something other than **
            // non-magic patterns just have to match exactly
            // patterns with magic have been turned into Matchers.
            if (!portionMatch(p, f))
                return false;
        }
        // Note: ending in / means that we'll get a final ""
        // at the end of the pattern.  This can only match a
        // corresponding "" at the end of the file.
        // If the file ends in /, then it can only match a
        // a pattern that ends in /, unless the pattern just
        // doesn't have any more for it. But, a/b/ should *not*
        // match "a/b/*", even though * can match "", except in
        // partial mode, where it might simply not be reached yet.
        // However, a/b/ should still satisfy a/*
        // now either we fell off the end of the pattern, or we're done.
        if (fi === fl && pi === pl) {
            // ran out of pattern and filename at the same time.
            // an exact hit!
            return true;
        }
        else if (fi === fl) {
            // ran out of file, but still had pattern left.
            // this is ok if we're doing the match as part of
            // a glob fs traversal.
            return partial;
        }
        else if (pi === pl) {
            // ran out of pattern, still have file left.
            // this is only acceptable if we're on the very last
            // empty segment of a file with a trailing slash.
            // a/* should match a/b/
            return fi === fl - 1 && file[fi] === '';
            /* c8 ignore start */
        }
        else {
            // should be unreachable.
            throw new Error('wtf?');
        }
        /* c8 ignore stop */
    }
    braceExpand() {
        return braceExpand(this.pattern, this.options);
    }
    // Expand braces, except numeric ranges such as {0..999} with at
    // least RANGE_MIN values. Each of those stays in its pattern as
    // `<mark>0..999<mark>`, for the Matcher to test. If a range might
    // be inside a [...] class, expand all of them instead.
    #expandBraces() {
        const { pattern } = this;
        if (this.options.nobrace)
            return this.braceExpand();
        let code = 0xe000;
        while (pattern.includes(String.fromCharCode(code))) {
            if (++code > 0xf8ff)
                return this.braceExpand();
        }
        const mark = String.fromCharCode(code);
        let found = false;
        const marked = pattern.replace(rangeRe, (m, lo, hi) => {
            const a = Number(lo);
            const b = Number(hi);
            if (!Number.isSafeInteger(a) ||
                !Number.isSafeInteger(b) ||
                Math.abs(a - b) + 1 < RANGE_MIN) {
                return m;
            }
            found = true;
            return `${mark}${lo}..${hi}${mark}`;
        });
        if (!found)
            return this.braceExpand();
        const set = braceExpand(marked, this.options);
        for (const p of set) {
            for (const portion of p.split('/')) {
                const c = portion.indexOf('[');
                if (c !== -1 && c < portion.lastIndexOf(mark)) {
                    return this.braceExpand();
                }
                if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
                    return this.braceExpand();
                }
            }
        }
        this.#rangeMark = mark;
        return set;
    }
    parse(pattern) {
        assertValidPattern(pattern);
        const options = this.options;
        // shortcuts
        if (pattern === '**')
            return GLOBSTAR;
        if (pattern === '')
            return '';
        const { nocase, nocaseMagicOnly, noext = false, dot, normalize, } = options;
        const rangeMark = this.#rangeMark;
        const lit = rangeMark && pattern.includes(rangeMark) ?
            undefined
            : literal(pattern, noext);
        // in nocase mode, a literal with cased chars still needs a
        // Matcher, unless nocaseMagicOnly is set.
        if (lit !== undefined &&
            !(nocase &&
                !nocaseMagicOnly &&
                pattern.toUpperCase() !== pattern.toLowerCase())) {
            return this.#norm(lit);
        }
        if (this.#pending)
            return PENDING;
        let m = this.#matchers.get(pattern);
        if (!m) {
            if (!noext)
                assertValidExtglobs(pattern);
            m = new Matcher(pattern, {
                nocase,
                noext,
                dot,
                normalize,
                ...(rangeMark && { rangeMark }),
            });
            this.#matchers.set(pattern, m);
        }
        return m;
    }
    #slashSplit(p) {
        // if p starts with // on windows, we preserve that
        // so that UNC paths aren't broken.  Otherwise, any number of
        // / characters are coalesced into one, unless
        // preserveMultipleSlashes is set to true.
        if (this.preserveMultipleSlashes) {
            return p.split('/');
        }
        else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
            // add an extra '' for the one we lose
            return ['', ...p.split(/\/+/)];
        }
        else {
            return p.split(/\/+/);
        }
    }
    match(f, partial = this.partial) {
        // short-circuit in the case of busted things.
        // comments, etc.
        if (this.comment) {
            return false;
        }
        if (this.empty) {
            return f === '';
        }
        if (f === '/' && partial) {
            return true;
        }
        const options = this.options;
        // treat the test path as a set of pathparts. If it was not just
        // split or checked, check that it can match before splitting it.
        let split = this.#cachedSplit(f);
        if (!split) {
            // the checks look at the path as given, so not if it is
            // normalized
            if (!partial &&
                !this.#form &&
                (this.#endCheck || this.#literalCheck) &&
                lastChecked !== f) {
                lastChecked = f;
                const can = this.#canMatch(f);
                if (can === 'no')
                    return options.flipNegate ? false : this.negate;
                if (can === 'yes')
                    return options.flipNegate ? true : !this.negate;
            }
            split = this.#split(f);
        }
        const ff = split.parts;
        // the parts after level 2 resolves them, kept for the next pattern
        // that tests the same path
        const resolved = this.#level2 ?
            (split.resolved ??= this.#levelTwoFileOptimize(ff))
            : ff;
        // just ONE of the pattern sets in this.set needs to match
        // in order for it to be valid.  If negating, then just one
        // match means that we have failed.
        // Either way, return on the first hit.
        const set = this.set;
        // Find the basename of the path by looking for the last non-empty segment
        let filename = ff[ff.length - 1];
        if (!filename) {
            for (let i = ff.length - 2; !filename && i >= 0; i--) {
                filename = ff[i];
            }
        }
        for (let r = 0; r < set.length; r++) {
            const pattern = set[r];
            const shape = partial ? undefined : this.#shapes[r];
            // level 2 does not change a path of one portion
            const hit = shape === 'base' ?
                portionMatch(pattern[0], filename)
                : shape ? this.#matchShape(resolved, pattern, shape)
                    : options.matchBase && pattern.length === 1 ?
                        this.#matchRow([filename], [filename], pattern, partial)
                        : this.#matchRow(ff, resolved, pattern, partial);
            if (hit) {
                if (options.flipNegate) {
                    return true;
                }
                return !this.negate;
            }
        }
        // didn't get any hits.  this is success if it's a negative
        // pattern, failure otherwise.
        if (options.flipNegate) {
            return false;
        }
        return this.negate;
    }
    static defaults(def) {
        return minimatch.defaults(def).Minimatch;
    }
}
/* c8 ignore start */


/* c8 ignore stop */
minimatch.Minimatch = Minimatch;
minimatch.escape = escape_escape;
minimatch.unescape = unescape_unescape;
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./src/config/workspace-walk.ts
var workspace_walk = __nccwpck_require__(9697);
;// CONCATENATED MODULE: ./src/config/workspace-glob.ts
// Newline lists of workspace paths and globs (`customizer-scripts`, `validator-scripts`) with the
// pattern rules of @actions/glob (minimatch, as @actions/glob itself uses): `*`, `?`, `[…]`, `**`;
// names starting with `.` match; no brace or extglob expansion; case-insensitive on Windows;
// `!` turns a line into an exclusion (`!!` back into an inclusion). Patterns are relative to the
// workspace. Two choices of our own, since each file becomes one step: a pattern matches files
// (a directory it names is refused with a hint), and the order is the order of the lines.





const GLOB = /[*?[]/;
const MATCH_OPTIONS = {
    dot: true,
    nobrace: true,
    noext: true,
    nocomment: true,
    nonegate: true,
    nocase: process.platform === 'win32',
};
/**
 * Selects files line by line: an inclusion adds the files it matches (a glob's sorted by path)
 * that are not selected yet; an exclusion removes the selected files it matches, or that lie
 * below a folder it matches. A file excluded and matched again later comes back at that place.
 */
function selectFiles(root, lines, bounds = file_entries/* WALK_BOUNDS */.WW) {
    const selected = new Map();
    const problems = [];
    const counter = { entries: 0 };
    for (const text of lines) {
        const line = parseLine(root, text);
        if (typeof line === 'string')
            problems.push(line);
        else if (line.negate)
            exclude(selected, line);
        else {
            const found = include(root, line, bounds, counter);
            problems.push(...found.problems);
            for (const [rel, absolute] of found.files)
                if (!selected.has(rel))
                    selected.set(rel, absolute);
        }
    }
    return { files: [...selected.values()], problems };
}
function parseLine(root, text) {
    let negate = false;
    let rest = text.trim();
    while (rest.startsWith('!')) {
        negate = !negate;
        rest = rest.slice(1).trim();
    }
    if (process.platform === 'win32')
        rest = rest.replaceAll('\\', '/');
    if (external_node_path_default().isAbsolute(rest)) {
        const inside = external_node_path_default().relative(root, rest).split((external_node_path_default()).sep).join('/');
        if (inside.startsWith('..') || external_node_path_default().isAbsolute(inside))
            return `"${text}" is outside the workspace`;
        rest = inside;
    }
    const pattern = rest.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
    if (pattern === '' || pattern === '.')
        return `"${text}" names the whole workspace: name files or a glob`;
    if (GLOB.test(pattern) && pattern.split('/').includes('..'))
        return `"${text}": a glob may not climb out with ..`;
    return { text, negate, pattern };
}
/** Drops the selected files the exclusion matches, or that lie below a folder it matches. */
function exclude(selected, line) {
    const matcher = new Minimatch(line.pattern, MATCH_OPTIONS);
    for (const rel of [...selected.keys()]) {
        const parts = rel.split('/');
        const hit = parts.some((_, i) => matcher.match(parts.slice(0, i + 1).join('/')));
        if (hit)
            selected.delete(rel);
    }
}
function include(root, line, bounds, counter) {
    const found = GLOB.test(line.pattern)
        ? includeGlob(root, line, bounds, counter)
        : includePath(root, line);
    if (found.files.length === 0 && found.problems.length === 0)
        return { files: [], problems: [`"${line.text}" matches no file in the workspace`] };
    return found;
}
/** A path without glob characters: the file itself (links followed), refused by name otherwise. */
function includePath(root, line) {
    const absolute = external_node_path_default().resolve(root, line.pattern);
    const rel = line.pattern;
    const info = lstatOf(absolute);
    if (!info)
        return { files: [], problems: [] };
    const refuse = (reason) => ({ files: [], problems: [(0,workspace_walk/* entryProblem */.qH)(rel, reason)] });
    if ((0,file_entries/* hasControlCharacter */.Fd)(rel))
        return refuse(file_entries/* CONTROL_NAME */.YP);
    const target = info.isSymbolicLink() ? (0,workspace_walk/* followLink */.sT)(absolute) : info;
    if (typeof target === 'string')
        return refuse(target);
    if (target.isFile())
        return { files: [[rel, absolute]], problems: [] };
    if (target.isDirectory())
        return refuse(`is a folder: write ${rel}/* for the files in it, or ${rel}/** for every file below it`);
    return refuse(`is ${info.isSymbolicLink() ? 'a symlink to ' : ''}${(0,file_entries/* specialKind */.I2)(target)}`);
}
function includeGlob(root, line, bounds, counter) {
    const matcher = new Minimatch(line.pattern, MATCH_OPTIONS);
    const literal = [];
    for (const part of line.pattern.split('/')) {
        if (GLOB.test(part))
            break;
        literal.push(part);
    }
    const start = external_node_path_default().resolve(root, ...literal);
    const real = (0,workspace_walk/* safeRealpath */.xZ)(start);
    if (!real || !lstatOf(real)?.isDirectory())
        return { files: [], problems: [] };
    if (real !== root && !real.startsWith(root + (external_node_path_default()).sep))
        return {
            files: [],
            problems: [`"${line.text}": "${literal.join('/')}" leads outside the workspace`],
        };
    const found = (0,workspace_walk/* collectFiles */.C0)({
        root,
        start,
        bounds,
        label: line.text,
        descend: (rel) => matcher.match(rel, true),
        wanted: (rel) => matcher.match(rel),
    }, counter);
    const files = found.files.map((file) => [file.rel, file.absolute]);
    return { files, problems: found.problems };
}
function lstatOf(absolute) {
    try {
        return (0,external_node_fs_.lstatSync)(absolute);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/config/workspace-files.ts






/** Largest file delivered inline in the template (base64 grows it by a third). */
const MAX_INLINE_FILE_BYTES = 256 * 1024;
/** Largest total of inlined bytes: keeps the template well under ARM's 4 MB request limit. */
const MAX_INLINE_TOTAL_BYTES = 1024 * 1024;
/** Largest template file: what ARM accepts in one request. */
const MAX_TEMPLATE_FILE_BYTES = 4 * 1024 * 1024;
const INLINE_LIMIT = {
    bytes: MAX_INLINE_FILE_BYTES,
    why: 'cannot be inlined in the template (with `storage-account`, `customizer-source` is uploaded instead and has no such limit)',
};
/** With `storage-account`, a repository script above the inline limit is uploaded instead. */
const MAX_UPLOADED_SCRIPT_BYTES = 64 * 1024 * 1024;
const UPLOAD_LIMIT = {
    bytes: MAX_UPLOADED_SCRIPT_BYTES,
    why: 'is larger than a repository script may be (it is read into memory to be hashed and uploaded)',
};
/** Whether a file goes inline in the template; a larger one is uploaded (`storage-account`). */
const isInlined = (file) => file.bytes.length <= MAX_INLINE_FILE_BYTES;
/**
 * Resolves workspace paths and globs (workspace-glob.ts: @actions/glob patterns, `!` exclusions)
 * in the order of the lines, each file once, and reads them.
 */
function resolveWorkspaceFiles(workspace, patterns, limit = INLINE_LIMIT, bounds = file_entries/* WALK_BOUNDS */.WW) {
    const root = (0,external_node_fs_.realpathSync)(workspace);
    const selection = selectFiles(root, patterns, bounds);
    return readAll(root, selection.files, limit, selection.problems);
}
/**
 * Every file below `dir`, dot files included, in byte order of the paths so the template is the
 * same on every run; a file instead of a folder is returned as it is. What cannot be copied as
 * a file (a dangling link or loop, a link to a folder, a FIFO, a socket, a device, a name with a
 * control character or not UTF-8) is refused by name, and so is a tree beyond the walk bounds.
 */
function filesBelow(workspace, dir, bounds = file_entries/* WALK_BOUNDS */.WW) {
    const root = (0,external_node_fs_.realpathSync)(workspace);
    const absolute = external_node_path_default().resolve(root, dir);
    if (!isFolder(absolute))
        return resolveWorkspaceFiles(workspace, [dir], INLINE_LIMIT, bounds);
    const { files, problems } = (0,workspace_walk/* collectFiles */.C0)({
        root,
        start: absolute,
        bounds,
        label: dir,
        descend: () => true,
        folderLinks: FOLDER_LINK,
    });
    const absolutes = files.map((file) => file.absolute);
    const result = readAll(root, absolutes, INLINE_LIMIT, problems);
    if (files.length === 0 && problems.length === 0)
        result.problems.push(`"${dir}" holds no file`);
    return result;
}
/** Whether `absolute` is a folder (or a link to one); false for anything broken. */
function isFolder(absolute) {
    try {
        return (0,external_node_fs_.statSync)(absolute, { throwIfNoEntry: false })?.isDirectory() === true;
    }
    catch {
        return false;
    }
}
/** A folder linked from inside the tree cannot be copied file by file. */
const FOLDER_LINK = 'is a symlink to a folder; only files are copied inline (with `storage-account` the tree is packed, links kept)';
function readAll(root, files, limit, problems) {
    const result = { files: [], problems };
    for (const file of files) {
        const read = readInsideWorkspace(root, file, limit);
        if (typeof read === 'string')
            result.problems.push(read);
        else
            result.files.push(read);
    }
    return result;
}
/** One file the user named by its path (no globs), such as the template file. */
function readWorkspaceFile(workspace, relPath) {
    const root = (0,external_node_fs_.realpathSync)(workspace);
    const absolute = external_node_path_default().resolve(root, relPath);
    if (!entryExists(absolute))
        return workspace_files_noMatch(relPath);
    const limit = { bytes: MAX_TEMPLATE_FILE_BYTES, why: 'are more than ARM accepts in one request' };
    return readInsideWorkspace(root, absolute, limit);
}
const workspace_files_noMatch = (pattern) => `"${pattern}" matches no file in the workspace`;
/** Whether anything (a link too, even a broken one) is at `absolute`. */
function entryExists(absolute) {
    try {
        return (0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false }) !== undefined;
    }
    catch {
        return true;
    }
}
function readInsideWorkspace(root, absolute, limit) {
    const shown = toPosix(external_node_path_default().relative(root, absolute));
    try {
        return readChecked(root, absolute, shown, limit);
    }
    catch (error) {
        // Changed since it was listed, or a path given as it is: say what is wrong with it.
        const code = error.code;
        const reason = (0,file_entries/* brokenLinkReason */.q2)(code, shown) ?? `cannot be read (${code ?? String(error)})`;
        return `"${(0,file_entries/* escapeControls */.UN)(shown)}" ${reason}`;
    }
}
function readChecked(root, absolute, shown, limit) {
    // realpath follows symlinks: a link pointing outside the workspace is refused like `../x`.
    const real = (0,external_node_fs_.realpathSync)(absolute);
    if (real !== root && !real.startsWith(root + (external_node_path_default()).sep)) {
        return `"${shown}" is outside the workspace`;
    }
    const stats = (0,external_node_fs_.statSync)(real);
    if (stats.isDirectory())
        return `"${shown}" is not a file`;
    if (!stats.isFile())
        return `"${(0,file_entries/* escapeControls */.UN)(shown)}" is ${(0,file_entries/* specialKind */.I2)(stats)}`;
    if (stats.size > limit.bytes) {
        return `"${shown}" is ${stats.size} bytes; files larger than ${limit.bytes} bytes ${limit.why}`;
    }
    const bytes = (0,external_node_fs_.readFileSync)(real);
    return { relPath: shown, bytes, sha256: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex') };
}
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
function totalBytes(files) {
    return files.reduce((sum, f) => sum + f.bytes.length, 0);
}


/***/ }),

/***/ 9697:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C0: () => (/* binding */ collectFiles),
/* harmony export */   qH: () => (/* binding */ entryProblem),
/* harmony export */   sT: () => (/* binding */ followLink),
/* harmony export */   xZ: () => (/* binding */ safeRealpath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _model_file_entries_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2942);
// A bounded, synchronous walk of a workspace folder that never throws: every entry is described
// (a file, a directory, or what is wrong with it: a dangling link, a link loop, a FIFO, a socket,
// a device, a name that is not UTF-8), so the caller refuses exactly the entries it wanted, by
// name. Links are followed like @actions/glob does, except into folders outside the workspace
// and around a loop.



/**
 * Walks below `start`, depth first in byte order of the names. Returns what stopped it (a
 * bound, a folder that cannot be read): one line each, naming the path.
 */
function walkWorkspace(options, counter = { entries: 0 }) {
    const problems = [];
    const start = relOf(options, options.start);
    const chain = foldersUpToRoot(options);
    const stack = [{ absolute: options.start, rel: start, depth: 0, real: chain[0], chain }];
    for (let folder = stack.pop(); folder; folder = stack.pop()) {
        const listed = listFolder(folder.absolute);
        if (typeof listed === 'string') {
            problems.push(`"${folder.rel}" ${listed}`);
            continue;
        }
        counter.entries += listed.length;
        const beyond = boundProblem(options.bounds, folder, listed.length, counter.entries, start);
        if (beyond)
            return [...problems, beyond];
        stack.push(...visitFolder(options, folder, listed).reverse());
    }
    return problems;
}
/**
 * Walks like walkWorkspace and keeps the files `wanted` takes (all by default): each refused
 * entry it wants is one problem naming it, and what stopped the walk is one problem after `label`.
 */
function collectFiles(options, counter = { entries: 0 }) {
    const files = [];
    const problems = [];
    const visit = (entry) => {
        if (options.wanted && !options.wanted(entry.rel))
            return;
        if (entry.kind === 'refused')
            problems.push(entryProblem(entry.rel, entry.reason ?? ''));
        else
            files.push(entry);
    };
    const walked = walkWorkspace({ ...options, visit }, counter);
    problems.push(...walked.map((problem) => `"${options.label}": ${problem}`));
    files.sort((a, b) => (0,_model_file_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .compareUtf8 */ .zq)(a.rel, b.rel));
    return { files, problems };
}
/** One problem line naming an entry by its workspace path (control characters shown escaped). */
const entryProblem = (rel, reason) => `"${(0,_model_file_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeControls */ .UN)(rel)}" ${reason}`;
function boundProblem(bounds, folder, listed, entries, start) {
    if (entries > bounds.entries)
        return `the walk passed ${bounds.entries} entries (files, folders and links) below "${start || '.'}"; narrow it`;
    if (listed > 0 && folder.depth >= bounds.depth)
        return `"${folder.rel}" holds entries more than ${bounds.depth} levels below "${start || '.'}"; at most ${bounds.depth} levels are walked`;
    return undefined;
}
/** Visits the entries of one folder; returns its subfolders to walk, in order. */
function visitFolder(options, folder, listed) {
    const below = [];
    for (const dirent of listed) {
        const entry = refuseControlName(describe(folder, dirent));
        if (entry.kind === 'directory' && entry.link && options.folderLinks)
            options.visit({ ...entry, kind: 'refused', reason: options.folderLinks });
        else if (entry.kind !== 'directory')
            options.visit(entry);
        else if (options.descend(entry.rel)) {
            const next = enterFolder(options, folder, entry);
            if (typeof next === 'string')
                options.visit({ ...entry, kind: 'refused', reason: next });
            else if (next)
                below.push(next);
        }
    }
    return below;
}
/** The sorted entries of a folder, or why it cannot be read. */
function listFolder(absolute) {
    try {
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(absolute, { withFileTypes: true, encoding: 'buffer' });
        return entries.sort((a, b) => Buffer.compare(a.name, b.name));
    }
    catch (error) {
        return `cannot be read (${error.code ?? String(error)})`;
    }
}
/** A file whose path holds a control character is refused (a folder's files inherit it). */
function refuseControlName(entry) {
    if (entry.kind !== 'file' || !(0,_model_file_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .hasControlCharacter */ .Fd)(entry.rel))
        return entry;
    return { ...entry, kind: 'refused', reason: _model_file_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .CONTROL_NAME */ .YP };
}
function describe(folder, dirent) {
    const decoded = (0,_model_file_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeName */ .e4)(dirent.name);
    const name = decoded ?? dirent.name.toString('utf8');
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder.absolute, name);
    const rel = folder.rel === '' ? name : `${folder.rel}/${name}`;
    const refused = (reason) => ({ absolute, rel, kind: 'refused', reason });
    if (decoded === undefined)
        return refused(_model_file_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .NOT_UTF8_NAME */ .sS);
    if (dirent.isFile())
        return { absolute, rel, kind: 'file' };
    if (dirent.isDirectory())
        return { absolute, rel, kind: 'directory' };
    if (!dirent.isSymbolicLink())
        return refused(`is ${(0,_model_file_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .specialKind */ .I2)(dirent)}`);
    const target = followLink(absolute);
    if (typeof target === 'string')
        return refused(target);
    if (target.isFile())
        return { absolute, rel, kind: 'file', link: true };
    if (target.isDirectory())
        return { absolute, rel, kind: 'directory', link: true };
    return refused(`is a symlink to ${(0,_model_file_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .specialKind */ .I2)(target)}`);
}
/**
 * A folder to walk into; nothing for a link that leads out of the workspace (what it holds
 * would be refused anyway), and why for a link back to a folder that holds it (a loop).
 */
function enterFolder(options, folder, entry) {
    // A plain folder's realpath is its parent's and its name: only a link needs resolving.
    const real = entry.link || folder.real === undefined
        ? safeRealpath(entry.absolute)
        : node_path__WEBPACK_IMPORTED_MODULE_1___default().join(folder.real, node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(entry.absolute));
    if (!real)
        return undefined;
    const inside = real === options.root || real.startsWith(options.root + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));
    if (!inside)
        return undefined;
    if (folder.chain.includes(real))
        return 'is a symlink loop (it leads back to a folder that holds it)';
    return {
        absolute: entry.absolute,
        rel: entry.rel,
        depth: folder.depth + 1,
        real,
        chain: [...folder.chain, real],
    };
}
/** What a link points at, or why it cannot be followed. */
function followLink(absolute) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(absolute);
    }
    catch (error) {
        const code = error.code;
        return (0,_model_file_entries_js__WEBPACK_IMPORTED_MODULE_2__/* .brokenLinkReason */ .q2)(code, linkText(absolute)) ?? `cannot be read (${code ?? String(error)})`;
    }
}
function linkText(absolute) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readlinkSync)(absolute);
    }
    catch {
        return '?';
    }
}
function safeRealpath(absolute) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(absolute);
    }
    catch {
        return undefined;
    }
}
/** realpaths of the start and of its parents up to the workspace: a link to any is a loop. */
function foldersUpToRoot(options) {
    const real = safeRealpath(options.start);
    if (!real)
        return [];
    const chain = [real];
    for (let dir = real; dir.startsWith(options.root + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep));) {
        dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        chain.push(dir);
    }
    return chain;
}
function relOf(options, absolute) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(options.root, absolute).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7555);
// The bundle's entry (action.yml runs dist/index.js for main and post): the only file with a
// top-level side effect.

await (0,_run_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8293:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ withDeadline),
/* harmony export */   j: () => (/* binding */ DeadlineError)
/* harmony export */ });
/* harmony import */ var _elapsed_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9033);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7206);


/** A wait that ran past its deadline; the message names what it waited for. */
class DeadlineError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    constructor(message, options) {
        super(message, options);
        this.name = 'DeadlineError';
    }
}
/**
 * Runs `work` with a signal that aborts after `wait.ms` or when `wait.outer` aborts. Every wait on
 * Azure goes through here, so none can hang a job until GitHub's own timeout.
 * @throws DeadlineError when the deadline passed first
 */
async function withDeadline(wait, work) {
    const timeout = AbortSignal.timeout(wait.ms);
    const signal = wait.outer ? AbortSignal.any([wait.outer, timeout]) : timeout;
    try {
        // Raced, not only signalled: a call that ignores its signal (a token request, a stalled
        // socket) must not hold the wait past its deadline.
        return await Promise.race([work(signal), rejectOnAbort(signal)]);
    }
    catch (error) {
        if (timeout.aborted && !wait.outer?.aborted)
            throw new DeadlineError(`Gave up after ${(0,_elapsed_js__WEBPACK_IMPORTED_MODULE_1__/* .formatElapsed */ .C)(wait.ms)} waiting for ${wait.what}.`, {
                cause: error,
            });
        throw error;
    }
}
function rejectOnAbort(signal) {
    return new Promise((_, reject) => {
        const fail = () => reject(signal.reason);
        if (signal.aborted)
            fail();
        else
            signal.addEventListener('abort', fail, { once: true });
    });
}


/***/ }),

/***/ 9033:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ formatElapsed)
/* harmony export */ });
/** Elapsed build time as the log and the job summary show it: 59s, 1m01s, 3h05m. */
function formatElapsed(ms) {
    const total = Math.round(ms / 1000);
    const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
    return h > 0
        ? `${h}h${String(m).padStart(2, '0')}m`
        : m > 0
            ? `${m}m${String(s).padStart(2, '0')}s`
            : `${s}s`;
}


/***/ }),

/***/ 7206:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Wk: () => (/* binding */ formatError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   lZ: () => (/* binding */ ActionError)
/* harmony export */ });
/** Thrown once by parseConfig with every problem found, so users fix them all in one push. */
class InputError extends Error {
    problems;
    constructor(problems) {
        super([headline(problems), ...problems.map((p) => `- \`${p.input}\`: ${p.message}`)].join('\n'));
        this.name = 'InputError';
        this.problems = problems;
    }
}
/** `2 inputs are invalid:`, or `5 problems in 2 inputs:` when an input has more than one. */
function headline(problems) {
    const inputs = new Set(problems.map((p) => p.input)).size;
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    if (problems.length === inputs)
        return inputs === 1 ? '1 input is invalid:' : `${inputs} inputs are invalid:`;
    return `${plural(problems.length, 'problem')} in ${plural(inputs, 'input')}:`;
}
/** An error whose message is already written for the user (what failed, why, what to do). */
class ActionError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'ActionError';
    }
}
/** The one place that turns any thrown value into the message the step fails with. */
function formatError(error) {
    if (error instanceof InputError || error instanceof ActionError) {
        const cause = error.cause instanceof Error ? error.cause.stack : undefined;
        return { message: error.message, debug: cause };
    }
    if (error instanceof Error) {
        return { message: `Unexpected error: ${error.message}`, debug: error.stack };
    }
    return { message: `Unexpected error: ${String(error)}` };
}


/***/ }),

/***/ 2942:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fd: () => (/* binding */ hasControlCharacter),
/* harmony export */   I2: () => (/* binding */ specialKind),
/* harmony export */   UN: () => (/* binding */ escapeControls),
/* harmony export */   WW: () => (/* binding */ WALK_BOUNDS),
/* harmony export */   YP: () => (/* binding */ CONTROL_NAME),
/* harmony export */   e4: () => (/* binding */ decodeName),
/* harmony export */   q2: () => (/* binding */ brokenLinkReason),
/* harmony export */   sS: () => (/* binding */ NOT_UTF8_NAME),
/* harmony export */   zq: () => (/* binding */ compareUtf8)
/* harmony export */ });
// What a walked file-system entry may be, said the same way wherever the workspace is walked:
// `customizer-source` (inline or packed for upload) and the globs of `customizer-scripts` and
// `validator-scripts`. Pure: callers pass what lstat/stat told them.
/** The bounds users get (README "Limits"); tests pass smaller ones. */
const WALK_BOUNDS = { depth: 100, entries: 1_000_000 };
/** C0 controls (newline, tab, …), DEL and C1 controls. */
function isControl(code) {
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}
/** Whether a name holds a control character: such names break logs, scripts and checksums. */
function hasControlCharacter(text) {
    return [...text].some((c) => isControl(c.charCodeAt(0)));
}
/** Why an entry whose name holds a control character is refused. */
const CONTROL_NAME = 'has a control character (newline, tab, …) in its name; rename it';
/** Why an entry whose name is not valid UTF-8 is refused. */
const NOT_UTF8_NAME = 'has a name that is not valid UTF-8; rename it';
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** A name as the file system gave it, as text; undefined when it is not valid UTF-8. */
function decodeName(bytes) {
    try {
        return UTF8.decode(bytes);
    }
    catch {
        return undefined;
    }
}
/** Byte order of UTF-8 paths: the same on every machine, whatever the locale. */
function compareUtf8(a, b) {
    return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
const SHORT = { '\n': '\\n', '\t': '\\t', '\r': '\\r' };
/** The text as a reader can see it: control characters as \n, \t or \u001b. */
function escapeControls(text) {
    const escape = (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return [...text].map((c) => (isControl(c.charCodeAt(0)) ? escape(c) : c)).join('');
}
/** What a special entry is, for a message: "a FIFO (named pipe)", "a socket", "a device". */
function specialKind(info) {
    if (info.isFIFO())
        return 'a FIFO (named pipe)';
    if (info.isSocket())
        return 'a socket';
    if (info.isBlockDevice() || info.isCharacterDevice())
        return 'a device';
    return 'neither a file nor a directory';
}
/** Why a link could not be followed, from its errno code; undefined for other failures. */
function brokenLinkReason(code, target) {
    if (code === 'ENOENT' || code === 'ENOTDIR')
        return `is a dangling symlink (${target} does not exist)`;
    if (code === 'ELOOP')
        return `is a symlink loop (${target})`;
    return undefined;
}


/***/ }),

/***/ 8728:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   no: () => (/* binding */ guidProblem),
/* harmony export */   sK: () => (/* binding */ checkResourceId),
/* harmony export */   z6: () => (/* binding */ checkResourceGroupId)
/* harmony export */ });
/* unused harmony export idShape */
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5086);
/* harmony import */ var _resource_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7094);
// Resource ids and GUIDs as users paste them: checked in full (subscription GUID, resource group,
// provider, type segments, every name) so a typo, a placeholder or a value copied from a masked
// log fails before any request, with a message that says which part is wrong.
// Name rules: https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules


/** Characters logs and docs put in place of a GUID's digits: `24890e81-xxxx-…`, `***`. */
const MASK = /[xX*#•…?]|\.\.\./;
const GUID_LIKE = /^[0-9a-fA-FxX*#•…?.-]+$/;
/** Why `value` is not a GUID (`what` it identifies, if given), or undefined when it is one. */
function guidProblem(value, what) {
    if ((0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .isGuid */ .W_)(value))
        return undefined;
    const of = what ? ` (${what})` : '';
    if (value.length >= 3 && GUID_LIKE.test(value) && MASK.test(value)) {
        return `"${value}" looks masked (x, * or … in place of digits, as logs and docs show it): give the real GUID${of}`;
    }
    if (/^[<{$[]|[>}\]]$/.test(value))
        return `"${value}" is a placeholder, not a GUID${of}`;
    return `expected a GUID${of}, got "${value}"`;
}
const GENERIC = {
    test: (n) => (0,_resource_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .isResourceName */ .kK)(n),
    rule: '1-80 letters, digits, _ . -, starting with a letter or digit, not ending with .',
};
/** Name rules per type segment (lower case); others take GENERIC. */
const NAME_RULES = {
    galleries: {
        test: (n) => /^[A-Za-z0-9]([\w.]{0,78}[A-Za-z0-9])?$/.test(n),
        rule: '1-80 letters, digits, _ and ., starting and ending with a letter or digit (no -)',
    },
    versions: {
        test: (n) => /^\d{1,10}\.\d{1,10}\.\d{1,10}$/.test(n),
        rule: 'a version x.y.z (three whole numbers)',
    },
    userassignedidentities: {
        test: (n) => /^[A-Za-z0-9][\w.-]{0,127}$/.test(n),
        rule: 'up to 128 letters, digits, _ . -, starting with a letter or digit',
    },
    storageaccounts: {
        test: _resource_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .isStorageAccountName */ .Yg,
        rule: '3-24 lowercase letters and digits',
    },
};
/** `/subscriptions/SUB/resourceGroups/RG/providers/P/t1/NAME/t2/NAME`, the shape users should give. */
function idShape([provider, types]) {
    const typed = types.map((t) => `/${t}/${t === 'versions' ? 'x.y.z' : 'NAME'}`).join('');
    return `/subscriptions/SUB/resourceGroups/RG/providers/${provider}${typed}`;
}
/**
 * Checks `id` against `type` part by part (case-insensitive like ARM). Returns the parsed id, or
 * what is wrong with it. `versions` may also accept `latest` (`allowLatest`), as a source does.
 */
function checkResourceId(id, type, options = {}) {
    const parsed = (0,_resource_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTypedId */ .np)(id, type);
    if (!parsed)
        return `expected ${idShape(type)}, got "${id.trim()}"`;
    return groupProblem(parsed) ?? badName(parsed.names, type, options.allowLatest === true) ?? parsed;
}
function groupProblem({ subscriptionId, resourceGroup }) {
    const sub = guidProblem(subscriptionId);
    if (sub)
        return `the subscription in the id: ${sub}`;
    if (!(0,_resource_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .isResourceGroupName */ .Zt)(resourceGroup))
        return `resource group "${resourceGroup}" in the id is not a valid resource group name`;
    return undefined;
}
function badName(names, [, types], allowLatest) {
    for (const [index, type] of types.entries()) {
        const name = names[index] ?? '';
        const rule = NAME_RULES[type.toLowerCase()] ?? GENERIC;
        const latest = allowLatest && type === 'versions' && name.toLowerCase() === 'latest';
        if (!latest && !rule.test(name)) {
            const also = allowLatest && type === 'versions' ? ', or latest' : '';
            return `${type} name "${name}" in the id is not valid: ${rule.rule}${also}`;
        }
    }
    return undefined;
}
/** `/subscriptions/SUB/resourceGroups/RG`, as `stagingResourceGroup` takes it. */
function checkResourceGroupId(id) {
    const text = id.trim();
    const segments = text.split('/');
    const head = (0,_resource_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .groupPrefix */ .sr)(segments);
    if (!head || segments.length !== 5) {
        return `expected /subscriptions/SUB/resourceGroups/NAME, got "${text}"`;
    }
    return groupProblem(head) ?? { ...head, names: [] };
}


/***/ }),

/***/ 817:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ CUSTOMIZATION_LOG_TAIL_BYTES),
/* harmony export */   d: () => (/* binding */ DEFAULT_LIMITS)
/* harmony export */ });
// Every wait of the action has a bound, stated here and in the README ("Cleanup and cancel").
// Tests pass smaller ones; users get these.
const DEFAULT_LIMITS = {
    provisionMs: 15 * 60_000,
    readMs: 2 * 60_000,
    uploadMs: 60 * 60_000,
    startMs: 5 * 60_000,
    cancelRequestMs: 5_000,
    postMs: 4 * 60_000,
    // 10 minutes at the default 15 s poll interval.
    maxFailedReads: 40,
    buildMarginMs: 30 * 60_000,
    commentMs: 30_000,
    logReadMs: 60_000,
};
/**
 * How much of customization.log the action reads and parses: its tail. The service's log is often
 * tens of MB (every Azure request of the build is traced in it); the failure is at its end.
 */
const CUSTOMIZATION_LOG_TAIL_BYTES = 4 * 1024 * 1024;


/***/ }),

/***/ 1601:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mq: () => (/* binding */ STATE_KEY),
/* harmony export */   Qh: () => (/* binding */ INPUT_NAMES),
/* harmony export */   g1: () => (/* binding */ PHASE_KEY),
/* harmony export */   mF: () => (/* binding */ RUN_OUTPUT)
/* harmony export */ });
/* unused harmony export OUTPUT_NAMES */
// The public names of the action (../shared/contract.md). action.yml and README.md are checked
// against these lists by __tests__/unit/config/names.test.ts.
const INPUT_NAMES = [
    'subscription-id',
    'resource-group',
    'location',
    'client-id',
    'tenant-id',
    'audience',
    'environment',
    'arm-endpoint',
    'authority-host',
    'identity',
    'template',
    'template-vars',
    'image-template-name',
    'source',
    'os-type',
    'customizer-scripts',
    'customizer-source',
    'customizer-destination',
    'customizer-script',
    'windows-update',
    'validator-scripts',
    'managed-image',
    'gallery-image',
    'gallery-image-version',
    'gallery-image-versioning',
    'gallery-image-publisher',
    'gallery-image-offer',
    'gallery-image-sku',
    'gallery-image-os-state',
    'gallery-image-hyper-v-generation',
    'gallery-image-architecture',
    'gallery-image-security-type',
    'replication-regions',
    'exclude-from-latest',
    'vhd',
    'artifact-tags',
    'vm-size',
    'os-disk-size-gb',
    'subnet-id',
    'staging-resource-group',
    'build-timeout-minutes',
    'storage-account',
    'storage-container',
    'storage-access',
    'wait',
    'resume',
    'poll-interval-seconds',
    'cleanup',
    'dry-run',
    'github-token',
    'pr-comment',
];
const OUTPUT_NAMES = (/* unused pure expression or super */ null && ([
    'template-name',
    'template-id',
    'run-state',
    'image-id',
    'vhd-uri',
    'run-outputs',
    'customization-log',
    'rendered-template',
]));
/** The one state key main writes for post (see runner/state.ts). */
const STATE_KEY = 'aib';
/** Written on the first run so the second run of dist/index.js knows it is the post step. */
const PHASE_KEY = 'phase';
/** Run output names, one per distribution kind; results.ts maps them back. */
const RUN_OUTPUT = {
    managedImage: 'managed-image',
    gallery: 'gallery-image',
    vhd: 'vhd',
};


/***/ }),

/***/ 7094:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bk: () => (/* binding */ SUBNET_TYPE),
/* harmony export */   K8: () => (/* binding */ GALLERY_IMAGE_TYPE),
/* harmony export */   RU: () => (/* binding */ MANAGED_IMAGE_TYPE),
/* harmony export */   Si: () => (/* binding */ IDENTITY_TYPE),
/* harmony export */   Vd: () => (/* binding */ STORAGE_ACCOUNT_TYPE),
/* harmony export */   X_: () => (/* binding */ GALLERY_VERSION_TYPE),
/* harmony export */   Yg: () => (/* binding */ isStorageAccountName),
/* harmony export */   Zt: () => (/* binding */ isResourceGroupName),
/* harmony export */   a: () => (/* binding */ resourceId),
/* harmony export */   kK: () => (/* binding */ isResourceName),
/* harmony export */   kj: () => (/* binding */ isTemplateName),
/* harmony export */   np: () => (/* binding */ parseTypedId),
/* harmony export */   sr: () => (/* binding */ groupPrefix)
/* harmony export */ });
// Azure resource names and ids: what ARM accepts, checked locally so a typo fails in seconds.
// Name rules: https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules
/** Resource group names: 1-90 Unicode letters or digits and `_ ( ) - .`, not ending with a period. */
function isResourceGroupName(value) {
    return /^[\p{L}\p{N}_().-]{1,90}$/u.test(value) && !value.endsWith('.');
}
/** Image template and run output names (swagger pattern `^[A-Za-z0-9-_.]{1,64}$`). */
function isTemplateName(value) {
    return /^[A-Za-z0-9-_.]{1,64}$/.test(value);
}
/** Generic child resource names (images, identities, galleries): letters, digits, `_ . -`. */
function isResourceName(value, max = 80) {
    return value.length <= max && /^[A-Za-z0-9][\w.-]*$/.test(value) && !value.endsWith('.');
}
/** Storage account names: 3-24 lowercase letters and digits (they are DNS labels). */
function isStorageAccountName(value) {
    return /^[a-z0-9]{3,24}$/.test(value);
}
function resourceId(subscriptionId, resourceGroup, provider, path) {
    return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${provider}/${path}`;
}
const IDENTITY_TYPE = ['Microsoft.ManagedIdentity', ['userAssignedIdentities']];
const MANAGED_IMAGE_TYPE = ['Microsoft.Compute', ['images']];
const GALLERY_IMAGE_TYPE = ['Microsoft.Compute', ['galleries', 'images']];
const GALLERY_VERSION_TYPE = [
    'Microsoft.Compute',
    ['galleries', 'images', 'versions'],
];
const STORAGE_ACCOUNT_TYPE = ['Microsoft.Storage', ['storageAccounts']];
const SUBNET_TYPE = ['Microsoft.Network', ['virtualNetworks', 'subnets']];
/**
 * Splits `id` into subscription, group and the names below the provider when it has the shape
 * `/subscriptions/{s}/resourceGroups/{rg}/providers/{provider}/{type}/{name}...` of `type`
 * (case-insensitive like ARM); the names are not checked (id-checks.ts does that).
 */
function parseTypedId(id, type) {
    const segments = id.trim().split('/');
    const head = groupPrefix(segments);
    const names = /^providers$/i.test(segments[5] ?? '') && typedNames(segments.slice(6), type);
    return head && names ? { ...head, names } : undefined;
}
/** `/subscriptions/S/resourceGroups/G` at the start of `segments`, not yet checked. */
function groupPrefix(segments) {
    const [empty, subsWord = '', subscriptionId = '', rgWord = '', resourceGroup = ''] = segments;
    const words = /^subscriptions$/i.test(subsWord) && /^resourceGroups$/i.test(rgWord);
    return empty === '' && words && subscriptionId !== '' && resourceGroup !== ''
        ? { subscriptionId, resourceGroup }
        : undefined;
}
/** The names after `providers/P`, if the provider and type segments are the expected ones. */
function typedNames(rest, [provider, types]) {
    const providerParts = provider.split('/');
    const head = rest.slice(0, providerParts.length);
    if (head.join('/').toLowerCase() !== provider.toLowerCase())
        return undefined;
    const tail = rest.slice(providerParts.length);
    if (tail.length !== types.length * 2)
        return undefined;
    const names = [];
    for (const [index, type] of types.entries()) {
        if (tail[index * 2]?.toLowerCase() !== type.toLowerCase())
            return undefined;
        const name = tail[index * 2 + 1] ?? '';
        if (name === '')
            return undefined;
        names.push(name);
    }
    return names;
}


/***/ }),

/***/ 4882:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FX: () => (/* binding */ OWNER_TAG),
/* harmony export */   Le: () => (/* binding */ templateNameFor),
/* harmony export */   Vp: () => (/* binding */ runUrl),
/* harmony export */   Xy: () => (/* binding */ provenanceTags),
/* harmony export */   ZB: () => (/* binding */ uploadFolderFor),
/* harmony export */   bf: () => (/* binding */ ownerOf),
/* harmony export */   tv: () => (/* binding */ jobKey)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// What the workflow run itself tells us (GITHUB_* variables): default names, ownership, provenance.

/** Tag on every template the action creates: which run, attempt, job and step it belongs to. */
const OWNER_TAG = 'github-actions-owner';
/**
 * A short key that tells apart the jobs, matrix legs and steps of one run attempt. Matrix legs
 * share GITHUB_JOB and the run id, but never run on the same runner at the same time, and their
 * inputs usually differ; GITHUB_ACTION tells apart two steps of one job. Main and post of one
 * step compute the same key, so post finds the template even when main saved nothing.
 */
function jobKey(env, inputs) {
    const parts = [env.GITHUB_JOB, env.GITHUB_ACTION, env.RUNNER_NAME].map((p) => p ?? '');
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(parts.join('\0'));
    for (const name of Object.keys(inputs).sort())
        hash.update(`\0${name}=${inputs[name]}`);
    return hash.digest('hex').slice(0, 8);
}
/**
 * `<repo>-<job>-<run_id>-<run_attempt>-<key>`, sanitized and cut to the 64 characters a template
 * name may have (the repository and job names are shortened, never the unique tail).
 */
function templateNameFor(env, key) {
    const safe = (text) => text.replace(/[^A-Za-z0-9-_.]/g, '-');
    const repo = safe((env.GITHUB_REPOSITORY ?? 'local/image').split('/').pop() || 'image');
    const job = safe(env.GITHUB_JOB ?? '');
    const tail = `-${env.GITHUB_RUN_ID ?? '0'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${key}`;
    const room = 64 - tail.length;
    const jobPart = job === '' ? '' : `-${job.slice(0, Math.max(0, Math.floor(room / 2) - 1))}`;
    return `${repo.slice(0, room - jobPart.length)}${jobPart}${tail}`;
}
/**
 * The owner tag's value: readable, and unique per run attempt, job and step. Tag values hold 256
 * characters: the unique part comes first, so only a long repository or job name is cut.
 */
function ownerOf(env, key) {
    const run = `run ${env.GITHUB_RUN_ID ?? '0'} attempt ${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
    const where = `${env.GITHUB_REPOSITORY ?? 'local'} job ${env.GITHUB_JOB ?? '-'}`;
    return `key ${key} ${run} ${where}`.slice(0, 256);
}
/**
 * The blob folder of this run's uploads: the template name, then the run id and attempt, so
 * re-runs and other jobs never overwrite or delete each other's blobs.
 */
function uploadFolderFor(env, templateName) {
    return `${templateName}/run-${env.GITHUB_RUN_ID ?? '0'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
}
function runUrl(env) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}
/** Tags that lead from an image back to the commit and run that built it. */
function provenanceTags(env) {
    const tags = {
        'source-repository': env.GITHUB_REPOSITORY,
        'source-commit': env.GITHUB_SHA,
        'source-ref': env.GITHUB_REF,
        'source-tag': env.GITHUB_REF_TYPE === 'tag' ? env.GITHUB_REF_NAME : undefined,
        'source-workflow': env.GITHUB_WORKFLOW,
        'source-run': runUrl(env),
    };
    return Object.fromEntries(Object.entries(tags).filter((e) => !!e[1]));
}


/***/ }),

/***/ 2484:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ isTerminal)
/* harmony export */ });
// How a build run can end: plain data, so the report can tell end states from phases without
// loading the Azure SDK (dry runs and input errors never load it).
const TERMINAL_STATES = ['Succeeded', 'PartiallySucceeded', 'Failed', 'Canceled'];
function isTerminal(state) {
    return TERMINAL_STATES.includes(state ?? '');
}


/***/ }),

/***/ 3981:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ scriptKind)
/* harmony export */ });
// What a repository script becomes, from its name alone (contract: `.sh` Shell, `.ps1` PowerShell,
// anything else a File copy).
/** `.sh` → shell, `.ps1` → powershell, anything else is copied as a file. */
function scriptKind(relPath) {
    if (/\.sh$/i.test(relPath))
        return 'shell';
    if (/\.ps1$/i.test(relPath))
        return 'powershell';
    return 'file';
}


/***/ }),

/***/ 5780:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ scrubSecrets),
/* harmony export */   z: () => (/* binding */ sasSignatures)
/* harmony export */ });
// Secrets that Azure or a URL may carry into text the action shows: error messages echo request
// headers and URLs, run outputs and log locations hold SAS links. scrubSecrets is the one place
// that removes them; the ActionIO adapter runs every outgoing text through it (see io.ts).
const HIDDEN = '***';
/**
 * Query parameters of a SAS that must not be shown: the signature, and the user-delegation key's
 * object and tenant ids (`skoid`/`sktid`), which identify the signer.
 */
const SAS_SECRET_PARAMS = ['sig', 'skoid', 'sktid', 'skdutid', 'saoid', 'suoid'];
const PATTERNS = [
    // `Authorization: Bearer eyJ…`, `authorization":"Basic …` — the whole credential.
    [/(authorization["']?\s*[:=]\s*["']?)[^"'\r\n]+/gi, `$1${HIDDEN}`],
    [/\b(bearer)\s+[\w\-.~+/]+=*/gi, `$1 ${HIDDEN}`],
    // OAuth form and JSON fields: client_assertion=…, "access_token": "…".
    [
        /\b(client_assertion|client_secret|access_token|refresh_token|id_token)(["']?\s*[=:]\s*["']?)[^&\s"',}]+/gi,
        `$1$2${HIDDEN}`,
    ],
    // After `?`, `&`, `;`, a JSON-escaped `\u0026` or a percent-encoded `%26`/`%3F` (a nested link).
    [
        new RegExp(`((?:[?&;]|\\\\u0026|%26|%3F|^)(?:${SAS_SECRET_PARAMS.join('|')})(?:=|%3D)"?)[^&\\s"'<>\\\\]+`, 'gi'),
        `$1${HIDDEN}`,
    ],
    [/\b(AccountKey|SharedAccessSignature)=[^;\s"']+/gi, `$1=${HIDDEN}`],
    // Any JSON web token (GitHub OIDC tokens, Entra access tokens, client assertions).
    [/\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g, HIDDEN],
    // GitHub tokens (`github-token`): installation, OAuth, user, refresh and fine-grained PATs.
    [/\b(?:gh[pousr]_[\w-]{16,}|github_pat_\w{20,})/g, HIDDEN],
];
/** `text` with tokens, SAS signatures, client assertions and account keys replaced by ***. */
function scrubSecrets(text) {
    return PATTERNS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
/** SAS signatures (`sig=…`) inside URLs, raw and URL-decoded, to register with the runner's mask. */
function sasSignatures(text) {
    return [...text.matchAll(/[?&]sig=([^&\s"']+)/gi)].flatMap((m) => {
        const sig = m[1] ?? '';
        const decoded = safeDecode(sig);
        return decoded === sig ? [sig] : [sig, decoded];
    });
}
function safeDecode(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value;
    }
}


/***/ }),

/***/ 3805:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hl: () => (/* binding */ TemplateFileError),
/* harmony export */   Tj: () => (/* binding */ findKey),
/* harmony export */   Uv: () => (/* binding */ definedOnly),
/* harmony export */   V0: () => (/* binding */ records),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   hD: () => (/* binding */ locationOf),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   qL: () => (/* binding */ setKey),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;
/** Segments → `properties.customize[2].type`; keys that are not plain names are quoted. */
function formatPath(path) {
    let text = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            text += `[${segment}]`;
        else if (PLAIN_KEY.test(segment))
            text += text === '' ? segment : `.${segment}`;
        else
            text += `[${JSON.stringify(segment)}]`;
    }
    return text;
}
/** `<file>:<line>:<col> <path>: <message>`, leaving out what is unknown. */
function formatProblem(fileName, problem) {
    const where = problem.line === undefined ? fileName : `${fileName}:${problem.line}:${problem.column ?? 1}`;
    const path = problem.path === '' ? '' : ` ${problem.path}`;
    return `${where}${path}: ${problem.message}`;
}
/** The problem's place in the file, when the parser knows it (where its annotation points). */
function locationOf(file, problem) {
    if (problem.line === undefined)
        return undefined;
    return { file, line: problem.line, column: problem.column ?? 1 };
}
/** Every problem of a template file at once; `message` has one line per problem. */
class TemplateFileError extends Error {
    problems;
    fileName;
    constructor(fileName, problems) {
        const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
        const lines = problems.map((p) => `- ${formatProblem(fileName, p)}`);
        super([`Template file ${fileName}: ${count}`, ...lines].join('\n'));
        this.name = 'TemplateFileError';
        this.problems = problems;
        this.fileName = fileName;
    }
}
/** Sets a key without ever touching the prototype (a key may come from the user's file or vars). */
function setKey(target, key, value) {
    Object.defineProperty(target, key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
    });
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The objects of a JSON array (customizers, targets, ...); anything else gives none. */
function records(value) {
    return Array.isArray(value) ? value.filter(isRecord) : [];
}
/** The members that are set: undefined ones would show as noise in the JSON we write. */
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/** The key of `target` equal to `name` ignoring case (exact match first). */
function findKey(target, name) {
    if (Object.hasOwn(target, name))
        return name;
    const lower = name.toLowerCase();
    return Object.keys(target).find((k) => k.toLowerCase() === lower);
}


/***/ }),

/***/ 5086:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ listItems),
/* harmony export */   E5: () => (/* binding */ keyValueLines),
/* harmony export */   Mn: () => (/* binding */ lines),
/* harmony export */   W_: () => (/* binding */ isGuid),
/* harmony export */   x3: () => (/* binding */ isHttpsUrl)
/* harmony export */ });
// Small string parsers shared by the input rules. Pure; no knowledge of input names.
/** Splits a newline list, trimming and dropping blank lines and `#` comments. */
function lines(raw) {
    return raw
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** Splits a comma or newline separated list. */
function listItems(raw) {
    return lines(raw.replaceAll(',', '\n'));
}
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isGuid(value) {
    return GUID.test(value);
}
/** Parses `key=value` lines; returns the pairs and the lines that are not of that form. */
function keyValueLines(raw) {
    const pairs = [];
    const bad = [];
    for (const line of lines(raw)) {
        const at = line.indexOf('=');
        if (at <= 0)
            bad.push(line);
        else
            pairs.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
    return { pairs, bad };
}
function isHttpsUrl(value) {
    try {
        return new URL(value).protocol === 'https:';
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R8: () => (/* binding */ warn),
/* harmony export */   TF: () => (/* binding */ annotateError),
/* harmony export */   ff: () => (/* binding */ failWith),
/* harmony export */   s1: () => (/* binding */ reportNotices),
/* harmony export */   vy: () => (/* binding */ failStep)
/* harmony export */ });
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7206);
// The one place that raises annotations: every warning and the step's failure go through here,
// so how they are shown, and where in a file they point, is decided once.

/** A warning annotation: something to act on; the step goes on. */
function warn(io, message, target) {
    io.warning(message, target);
}
/** An error annotation at a file (a failing script, a problem in a template file). */
function annotateError(io, message, target) {
    io.error(message, target);
}
/** Fails the step with the message that says why (an error annotation). */
function failStep(io, message) {
    io.fail(message);
}
/**
 * Fails the step with whatever was thrown. Input problems that are about a place in a file are
 * also annotated there, one each, so they land on the pull request's diff; the failure itself
 * lists every problem.
 */
function failWith(io, error) {
    const { message, debug } = (0,_model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatError */ .Wk)(error);
    if (debug)
        io.debug(debug);
    if (error instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
        for (const { input, message: problem, at } of error.problems)
            if (at)
                io.error(problem, { ...at, title: `Invalid input \`${input}\`` });
    io.fail(message);
}
/** What input checking noticed without failing: warnings at their file, skipped checks as lines. */
function reportNotices(io, notices) {
    for (const { input, message, at, level } of notices) {
        if (level === 'warning')
            io.warning(message, { ...at, title: `\`${input}\`` });
        else
            io.info(`${input}: ${message}`);
    }
}


/***/ }),

/***/ 6751:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Z5: () => (/* binding */ publishCanceled),
  v9: () => (/* binding */ publishResult),
  rY: () => (/* binding */ publishTemplateId),
  Fs: () => (/* binding */ publishTemplateName),
  YG: () => (/* binding */ summaryOf),
  WJ: () => (/* binding */ verdict),
  HS: () => (/* binding */ writeRenderedTemplate),
  Sy: () => (/* binding */ writeSummary)
});

// UNUSED EXPORTS: renderedTemplatePath

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/model/template-problem.ts
var template_problem = __nccwpck_require__(3805);
;// CONCATENATED MODULE: ./src/report/facts.ts

/** The service's build timeout when the template gives none (or 0). */
const SERVICE_DEFAULT_TIMEOUT_MINUTES = 240;
function templateFacts(template) {
    const vm = template.vmProfile;
    return {
        source: describeSource(template.source),
        targets: (0,template_problem/* records */.V0)(template.distribute).map(describeTarget),
        vmSize: vm?.vmSize || undefined,
        osDiskSizeGB: vm?.osDiskSizeGB || undefined,
        timeoutMinutes: template.buildTimeoutInMinutes || SERVICE_DEFAULT_TIMEOUT_MINUTES,
        validation: validationOf(template.validate),
    };
}
function describeSource(source) {
    if (!(0,template_problem/* isRecord */.u4)(source))
        return 'none';
    const text = (key) => (typeof source[key] === 'string' ? source[key] : '');
    switch (source.type) {
        case 'PlatformImage': {
            const urn = ['publisher', 'offer', 'sku', 'version'].map(text).join(':');
            return `platform image ${urn}${source.planInfo ? ' (with a purchase plan)' : ''}`;
        }
        case 'ManagedImage':
            return `managed image ${text('imageId')}`;
        case 'SharedImageVersion':
            return `gallery image version ${text('imageVersionId')}`;
        default:
            return typeof source.type === 'string' ? source.type : 'unknown';
    }
}
function describeTarget(target) {
    const text = (key) => (typeof target[key] === 'string' ? target[key] : '');
    switch (target.type) {
        case 'ManagedImage':
            return `managed image ${text('imageId')}`;
        case 'SharedImage': {
            const regions = (0,template_problem/* records */.V0)(target.targetRegions).map((r) => String(r.name));
            const where = regions.length > 0 ? ` in ${regions.join(', ')}` : '';
            return `gallery image ${text('galleryImageId')}${where}`;
        }
        case 'VHD':
            return text('uri') ? `VHD ${text('uri')}` : 'VHD in the staging storage account';
        default:
            return typeof target.type === 'string' ? target.type : 'unknown';
    }
}
function validationOf(validate) {
    if (!(0,template_problem/* isRecord */.u4)(validate))
        return undefined;
    const facts = {
        validators: (0,template_problem/* records */.V0)(validate.inVMValidations).length,
        continueDistributeOnFailure: validate.continueDistributeOnFailure === true,
        sourceValidationOnly: validate.sourceValidationOnly === true,
    };
    const any = facts.validators > 0 || facts.continueDistributeOnFailure || facts.sourceValidationOnly;
    return any ? facts : undefined;
}

;// CONCATENATED MODULE: ./src/report/links.ts
const PORTALS = {
    'https://management.azure.com': 'https://portal.azure.com',
    'https://management.usgovcloudapi.net': 'https://portal.azure.us',
    'https://management.chinacloudapi.cn': 'https://portal.azure.cn',
};
/** `https://portal.azure.com/#@<tenant>/resource<id>`, or undefined where no portal is known. */
function portalLinker(cloud, tenantId) {
    const portal = PORTALS[cloud.armEndpoint];
    return (id) => portal && id.startsWith('/subscriptions/')
        ? `${portal}/#@${tenantId ?? ''}/resource${id}`
        : undefined;
}

// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __nccwpck_require__(856);
// EXTERNAL MODULE: ./src/model/secrets.ts
var secrets = __nccwpck_require__(5780);
// EXTERNAL MODULE: ./src/report/summary.ts + 1 modules
var report_summary = __nccwpck_require__(2360);
;// CONCATENATED MODULE: ./src/report/publish.ts







/** Where the template JSON goes: in RUNNER_TEMP, named after the template. */
function renderedTemplatePath(config) {
    return external_node_path_default().join(config.outputDir, `${config.templateName}.image-template.json`);
}
/**
 * Writes the template users will recognise (ARM resource shape) and sets `rendered-template`.
 * Returns the file and its JSON, which a dry run also shows in the job summary.
 */
function writeRenderedTemplate(io, config, resource) {
    const file = renderedTemplatePath(config);
    // A SAS link the template carries for the build VM is kept out of the file (and the summary).
    const json = (0,secrets/* scrubSecrets */.Z)(JSON.stringify(resource, null, 2));
    (0,external_node_fs_.writeFileSync)(file, `${json}\n`);
    io.setOutput('rendered-template', file);
    return { file, json };
}
/** The summary's input for this run. */
function summaryOf(config, report) {
    const tenantId = config.auth.tenantId;
    return {
        ...report,
        templateName: config.templateName,
        facts: report.template && templateFacts(report.template),
        portalLink: portalLinker(config.cloud, tenantId),
        renderedTemplatePath: renderedTemplatePath(config),
        artifactTags: config.distribution.artifactTags,
    };
}
async function writeSummary(io, summary) {
    await io.writeSummary((0,report_summary/* renderSummary */.B)(summary));
}
/** Step outputs of a finished run; SAS signatures are masked before anything prints a URL. */
function publishResult(io, result) {
    for (const text of [result.vhdUri, result.customizationLog, result.message]) {
        for (const sig of (0,secrets/* sasSignatures */.z)(text ?? ''))
            io.setSecret(sig);
    }
    io.setOutput('run-state', result.runState);
    io.setOutput('image-id', result.imageId ?? '');
    io.setOutput('vhd-uri', result.vhdUri ?? '');
    io.setOutput('run-outputs', JSON.stringify(result.outputs));
    io.setOutput('customization-log', result.customizationLog ?? '');
    for (const o of result.outputs)
        io.info(`Run output ${o.name}: ${o.artifactId ?? o.artifactUri ?? '(none)'}`);
}
/** Exit code of the main step: anything but Succeeded fails it, with what to look at next. */
function verdict(io, result) {
    if (result.runState === 'Succeeded') {
        io.info(`Build succeeded: ${result.imageId ?? result.vhdUri ?? ''}`);
        return 0;
    }
    const log = result.customizationLog ? `\nCustomization log: ${result.customizationLog}` : '';
    (0,annotations/* failStep */.vy)(io, `The build ended ${result.runState}: ${result.message || 'no message from the service'}${log}`);
    return 1;
}
/** `template-name`: set first, so a later failure still names the template. */
function publishTemplateName(io, name) {
    io.setOutput('template-name', name);
}
/** `template-id`, once the template exists (created or adopted). */
function publishTemplateId(io, id) {
    io.setOutput('template-id', id);
}
/** `run-state` when main cancelled the build itself and will not see its end. */
function publishCanceled(io) {
    io.setOutput('run-state', 'Canceled');
}


/***/ }),

/***/ 2360:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  w: () => (/* binding */ renderComment),
  B: () => (/* binding */ renderSummary)
});

// EXTERNAL MODULE: ./src/model/elapsed.ts
var elapsed = __nccwpck_require__(9033);
// EXTERNAL MODULE: ./src/model/run-state.ts
var run_state = __nccwpck_require__(2484);
;// CONCATENATED MODULE: ./src/report/timeline.ts


/** A bar shorter than this would not show; Mermaid needs end after start anyway. */
const MIN_BAR_MS = 1000;
/** Each phase from when it was first seen to when the next one was (or the watch ended). */
function phaseSpans(timeline) {
    const end = (timeline.endedAt ?? timeline.startedAt) - timeline.startedAt;
    const spans = [];
    timeline.phases.forEach((p, i) => {
        // End states are points, not bars: the chart shows the phases that took time.
        if ((0,run_state/* isTerminal */.H)(p.phase))
            return;
        spans.push({ phase: p.phase, startMs: p.atMs, endMs: timeline.phases[i + 1]?.atMs ?? end });
    });
    return spans;
}
/**
 * A ```mermaid gantt block, times as epoch milliseconds (`dateFormat x`) so no time zone or
 * date parsing is involved; empty when no phase was seen.
 */
function ganttBlock(timeline, failedPhase) {
    if (!timeline)
        return '';
    const spans = phaseSpans(timeline);
    if (spans.length === 0)
        return '';
    const at = (ms) => timeline.startedAt + ms;
    const rows = spans.map((s, i) => {
        const tag = s.phase === failedPhase && i === spans.length - 1 ? 'crit, ' : '';
        const label = `${taskName(s.phase)} ${(0,elapsed/* formatElapsed */.C)(s.endMs - s.startMs)}`;
        const end = Math.max(s.endMs, s.startMs + MIN_BAR_MS);
        return `    ${label} :${tag}p${i}, ${at(s.startMs)}, ${at(end)}`;
    });
    return [
        '```mermaid',
        'gantt',
        '    title Build phases',
        '    dateFormat x',
        '    axisFormat %H:%M',
        '    section Build',
        ...rows,
        '```',
    ].join('\n');
}
/**
 * Letters, digits and plain punctuation only: `:`, `#`, `;` and `%%` end or comment a task name in
 * Mermaid's grammar, and a line break or backticks would end the task or the block.
 */
function taskName(phase) {
    return phase.replace(/[^\p{L}\p{N} ._()/-]+/gu, ' ').trim() || 'phase';
}

;// CONCATENATED MODULE: ./src/report/summary.ts


const ICON = {
    Succeeded: '✅',
    PartiallySucceeded: '⚠️',
    Failed: '❌',
    Canceled: '⏹️',
};
/** Escapes text for a Markdown table cell. */
const cell = (text) => text.replaceAll('|', '\\|').replace(/\r\n?|\n/g, ' ');
/** Text inside a code span: a backtick in it would end the span. */
const code = (text) => `\`${text.replaceAll('`', "'")}\``;
/** The job summary: outcome, facts, outputs, failure, timeline and customizers. */
function renderSummary(s) {
    const whole = summarySections(s, true);
    // The runner drops a step's whole summary above 1 MiB: the template goes first.
    return Buffer.byteLength(whole) <= MAX_SUMMARY_BYTES ? whole : summarySections(s, false);
}
/** What the runner takes (1 MiB a step), less room for anything else written in the step. */
const MAX_SUMMARY_BYTES = 1024 * 1024 - 16 * 1024;
function summarySections(s, withTemplate) {
    return [
        `### Azure Image Builder: \`${s.templateName}\``,
        headline(s),
        failureSection(s),
        factsTable(s.facts),
        outputsTable(s),
        s.result?.customizationLog ? `Customization log: \`${s.result.customizationLog}\`` : '',
        ganttBlock(s.timeline, s.failure?.phase),
        tagsLine(s.mode === 'dry-run' ? {} : (s.artifactTags ?? {})),
        customizersTable(s.origins),
        `Rendered template: \`${s.renderedTemplatePath}\``,
        s.mode === 'dry-run' && withTemplate ? templateDetails(s.renderedTemplate) : '',
    ]
        .filter((section) => section !== '')
        .join('\n\n')
        .concat('\n');
}
/** The state a summary reports: the run's, or Canceled when main cancelled it. */
function reportedState(s) {
    return s.result?.runState ?? s.stopped?.runState;
}
/** How long the watch lasted (from the build's start to its end as seen). */
function duration(timeline) {
    if (timeline?.endedAt === undefined)
        return '';
    return ` after ${(0,elapsed/* formatElapsed */.C)(timeline.endedAt - timeline.startedAt)}`;
}
const MODE_HEADLINES = {
    'dry-run': '🧪 Dry run: the template was rendered and validated; nothing was sent to Azure.',
    started: '🚀 The build was started and continues after this job (`wait: false`).',
    finished: '',
};
function headline(s) {
    if (s.mode !== 'finished')
        return MODE_HEADLINES[s.mode];
    return endHeadline(s);
}
/** `❌ **Failed** after 42m10s: <the service's message>`. */
function endHeadline(s) {
    const state = reportedState(s) ?? 'Unknown';
    const what = s.failure?.step?.role === 'validator' ? 'In-VM validation failed' : state;
    return `${ICON[state] ?? '❔'} **${what}**${duration(s.timeline)}${endMessage(s)}`;
}
/** Why the watch stopped, else the service's own message. */
function endMessage(s) {
    const message = s.stopped?.message ?? s.result?.message;
    return message ? `: ${cell(shortened(message, MAX_MESSAGE_CHARS))}` : '';
}
/** The service's message shown at most: the step's own failure carries all of it. */
const MAX_MESSAGE_CHARS = 8 * 1024;
const shortened = (text, max) => text.length > max ? `${text.slice(0, max)}…` : text;
/** `customizer 2 (Shell) \`scripts/b.sh\` from customizer-scripts`. */
function describeStep(step) {
    if (step.role === 'timeout')
        return 'the build timed out';
    const role = step.role === 'validator' ? 'validator' : 'customizer';
    const name = step.file ?? step.name;
    const parts = [role, name ? code(name) : '', step.type ? `(${step.type})` : ''];
    const from = step.origin ? `from \`${step.origin}\`` : '';
    return [...parts, from].filter(Boolean).join(' ');
}
/** Lines of the log shown at most: enough for the error, short enough to read. */
const MAX_EXCERPT_LINES = 40;
/** Where and why, as a Markdown list: shared by the job summary and the PR comment. */
function failureFacts(s) {
    const f = s.failure;
    if (!f)
        return '';
    return [
        f.phase ? `Failed phase: **${cell(f.phase)}**` : '',
        f.step ? `Failing step: ${describeStep(f.step)}` : '',
        f.errorLine ? `Error: ${code(f.errorLine)}` : '',
        validationNote(s),
        f.logProblem ? `The log could not be read: ${f.logProblem}` : '',
    ]
        .filter(Boolean)
        .map((l) => `- ${l}`)
        .join('\n');
}
/** The failure's facts, then the end of the log (collapsed). */
function failureSection(s) {
    const f = s.failure;
    if (!f)
        return '';
    const excerpt = f.excerpt?.length
        ? [
            '<details><summary>customization.log excerpt</summary>',
            '',
            '```text',
            ...f.excerpt.slice(-MAX_EXCERPT_LINES).map((l) => l.replaceAll('```', "'''")),
            '```',
            '',
            '</details>',
        ].join('\n')
        : '';
    return [failureFacts(s), excerpt].filter(Boolean).join('\n\n');
}
/** A failed validation distributes nothing, unless the template says to go on. */
function validationNote(s) {
    if (s.failure?.step?.role !== 'validator')
        return '';
    return s.facts?.validation?.continueDistributeOnFailure
        ? 'The images were distributed anyway (`continueDistributeOnFailure`); check them before use.'
        : 'Nothing was distributed (set `continueDistributeOnFailure` in the template to distribute anyway).';
}
function factsTable(facts) {
    if (!facts)
        return '';
    const rows = [
        ['source', code(facts.source)],
        ...facts.targets.map((t) => ['target', code(t)]),
        ['VM size', facts.vmSize ? code(facts.vmSize) : 'service default'],
        ['OS disk', facts.osDiskSizeGB ? `${facts.osDiskSizeGB} GB` : 'size of the source'],
        ['build timeout', `${facts.timeoutMinutes} minutes`],
    ];
    const v = facts.validation;
    if (v) {
        const flags = [
            v.sourceValidationOnly ? 'source validation only (no image is built)' : '',
            v.continueDistributeOnFailure ? 'distribute even when validation fails' : '',
        ].filter(Boolean);
        rows.push(['validation', [`${v.validators} in-VM validator(s)`, ...flags].join('; ')]);
    }
    return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`)].join('\n');
}
function outputsTable(s) {
    const outputs = s.result?.outputs ?? [];
    if (outputs.length === 0)
        return '';
    const rows = outputs.map((o) => {
        const artifact = o.artifactId ?? o.artifactUri ?? '';
        const link = o.artifactId ? s.portalLink?.(o.artifactId) : undefined;
        const shown = link ? `[${code(artifact)}](${link})` : code(artifact);
        return `| ${cell(o.name)} | ${cell(shown)} |`;
    });
    return ['| run output | artifact |', '|---|---|', ...rows].join('\n');
}
function tagsLine(tags) {
    const entries = Object.entries(tags);
    if (entries.length === 0)
        return '';
    const list = entries.map(([k, v]) => `\`${cell(k)}=${cell(v)}\``).join(', ');
    return `Artifact tags (find the source of an image from them): ${list}`;
}
/** Job summaries are capped at 1 MiB: a template larger than this is only linked by path. */
const MAX_SHOWN_TEMPLATE = 256 * 1024;
function templateDetails(json) {
    if (!json || Buffer.byteLength(json) > MAX_SHOWN_TEMPLATE)
        return '';
    return `<details><summary>Rendered template</summary>\n\n\`\`\`json\n${json}\n\`\`\`\n\n</details>`;
}
/** Customizers listed at most (with names of up to 512 characters): the rest are counted. */
const MAX_CUSTOMIZER_ROWS = 1000;
function customizersTable(origins) {
    if (origins.length === 0)
        return '';
    const rows = origins.slice(0, MAX_CUSTOMIZER_ROWS).map((o) => {
        const sha = o.sha256 ? `\`${o.sha256.slice(0, 16)}…\`` : '';
        return `| ${cell(shortened(o.name, 512))} | ${o.type} | \`${o.origin}\` | ${o.bytes} | ${sha} |`;
    });
    const more = origins.length - rows.length;
    if (more > 0)
        rows.push(`| … and ${more} more (all are in the rendered template) | | | | |`);
    return ['| customizer | type | from | bytes | sha256 |', '|---|---|---|---|---|', ...rows].join('\n');
}
/**
 * The pull-request comment: the summary in short (outcome, what was built, outputs, where it
 * failed), with a link to the run for the rest.
 */
function renderComment(s, runUrl) {
    return [
        `### Azure Image Builder: \`${s.templateName}\``,
        headline(s),
        s.facts
            ? `${code(s.facts.source)} → ${s.facts.targets.map(code).join(', ') || 'no target'}`
            : '',
        failureFacts(s),
        outputsTable(s),
        runUrl ? `[Workflow run](${runUrl}) (job summary: timeline, customizers, log excerpt)` : '',
    ]
        .filter((section) => section !== '')
        .join('\n\n')
        .concat('\n');
}


/***/ }),

/***/ 7555:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/model/names.ts
var names = __nccwpck_require__(1601);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: ./src/vendor/undici-proxy-stub.ts
var undici_proxy_stub = __nccwpck_require__(5214);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici_proxy_stub.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: external "string_decoder"
const external_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return file_command_issueFileCommand('STATE', file_command_prepareKeyValueMessage(name, value));
    }
    command_issueCommand('save-state', { name }, utils_toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
// EXTERNAL MODULE: ./src/model/secrets.ts
var secrets = __nccwpck_require__(5780);
;// CONCATENATED MODULE: ./src/runner/io.ts


/** The runner, through @actions/core, with every outgoing text scrubbed of secrets. */
function actionIO() {
    return scrubbing({
        getInput: (name) => getInput(name),
        setOutput: (name, value) => setOutput(name, value),
        saveState: (key, value) => saveState(key, value),
        getState: (key) => getState(key),
        info: (message) => info(message),
        warning: (message, target) => warning(message, annotationProperties(target)),
        error: (message, target) => error(message, annotationProperties(target)),
        debug: (message) => debug(message),
        fail: (message) => setFailed(message),
        setSecret: (value) => setSecret(value),
        getIDToken: (audience) => getIDToken(audience),
        writeSummary: async (markdown) => {
            if (!process.env.GITHUB_STEP_SUMMARY)
                return;
            await summary.addRaw(markdown, true).write();
        },
        group: (name, body) => group(name, body),
    });
}
function annotationProperties(target) {
    if (!target)
        return {};
    const { title, file, line, column } = target;
    return { title, file, startLine: line, startColumn: column };
}
/**
 * Runs every text the action shows (log lines, annotations, outputs, the summary) through
 * scrubSecrets: Azure's error messages echo what they were sent, and run outputs hold SAS links.
 */
function scrubbing(io) {
    return {
        ...io,
        setOutput: (name, value) => io.setOutput(name, (0,secrets/* scrubSecrets */.Z)(value)),
        info: (message) => io.info((0,secrets/* scrubSecrets */.Z)(message)),
        warning: (message, target) => io.warning((0,secrets/* scrubSecrets */.Z)(message), target),
        error: (message, target) => io.error((0,secrets/* scrubSecrets */.Z)(message), target),
        debug: (message) => io.debug((0,secrets/* scrubSecrets */.Z)(message)),
        fail: (message) => io.fail((0,secrets/* scrubSecrets */.Z)(message)),
        writeSummary: (markdown) => io.writeSummary((0,secrets/* scrubSecrets */.Z)(markdown)),
        group: (name, body) => io.group((0,secrets/* scrubSecrets */.Z)(name), body),
    };
}

// EXTERNAL MODULE: ./src/config/inputs.ts + 16 modules
var inputs = __nccwpck_require__(5993);
// EXTERNAL MODULE: ./src/azure/oidc.ts
var oidc = __nccwpck_require__(7726);
// EXTERNAL MODULE: ./src/model/limits.ts
var model_limits = __nccwpck_require__(817);
// EXTERNAL MODULE: ./src/report/publish.ts + 2 modules
var publish = __nccwpck_require__(6751);
// EXTERNAL MODULE: ./src/steps/report-run.ts
var report_run = __nccwpck_require__(5497);
// EXTERNAL MODULE: ./src/runner/signals.ts
var signals = __nccwpck_require__(715);
;// CONCATENATED MODULE: ./src/runner/state.ts

const INITIAL_STATE = {
    v: 2,
    adopted: false,
    runStarted: false,
    detached: false,
    finished: false,
};
function savePostState(io, state) {
    io.saveState(names/* STATE_KEY */.Mq, JSON.stringify(state));
}
/** The saved state; undefined when main saved none (or one this version cannot read). */
function loadPostState(io) {
    const raw = io.getState(names/* STATE_KEY */.Mq);
    if (raw === '')
        return undefined;
    try {
        const parsed = JSON.parse(raw);
        return parsed.v === 2 ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/steps/render-step.ts + 1 modules
var render_step = __nccwpck_require__(981);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __nccwpck_require__(856);
// EXTERNAL MODULE: ./src/steps/artifact-plan.ts
var artifact_plan = __nccwpck_require__(3129);
;// CONCATENATED MODULE: ./src/steps/main.ts










/** Main phase: inputs → template → Azure → report. Returns the exit code; never throws. */
async function runMain(io, env = process.env, limits = model_limits/* DEFAULT_LIMITS */.d, clock = signals/* REAL_CLOCK */.Ib) {
    let state = INITIAL_STATE;
    const save = (patch) => savePostState(io, (state = { ...state, ...patch }));
    // Saved before anything can fail: until main adds the target, post knows nothing was created.
    save({});
    try {
        const { config, artifacts } = await io.group('Inputs', async () => {
            const config = (0,inputs/* parseConfig */.o4)((name) => io.getInput(name), env);
            if (config.prComment)
                io.setSecret(config.prComment.token);
            (0,publish/* publishTemplateName */.Fs)(io, config.templateName);
            (0,annotations/* reportNotices */.s1)(io, config.notices);
            // Walked before any request: what cannot be packed is an input error like any other.
            return { config, artifacts: config.resume ? undefined : await (0,artifact_plan/* planArtifacts */.p)(config) };
        });
        const uploads = artifacts && (0,artifact_plan/* provisionalUploads */.P)(config, artifacts);
        const step = config.resume
            ? undefined
            : await io.group('Render', () => Promise.resolve((0,render_step/* renderStep */.z)(io, config, uploads)));
        if (config.dryRun)
            return await finishDryRun(io, config, limits, step);
        // The Azure SDK and MSAL are most of the bundle: dry runs and bad inputs never load them.
        const early = await fetchIdTokenFirst(io, config);
        const { runBuild } = await Promise.all(/* import() */[__nccwpck_require__.e(476), __nccwpck_require__.e(403), __nccwpck_require__.e(399), __nccwpck_require__.e(493)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8493));
        const start = { rendered: step?.rendered, early, save, limits, artifacts, clock };
        return await runBuild(io, config, start);
    }
    catch (error) {
        (0,annotations/* failWith */.ff)(io, error);
        return 1;
    }
}
/**
 * A federated sign-in fetches GitHub's token before the Azure SDK loads: loading it holds the
 * event loop and would stall that request. A failure reaches the credential, which reports it.
 */
async function fetchIdTokenFirst(io, config) {
    if (config.auth.kind !== 'oidc')
        return undefined;
    const early = (0,oidc/* requestIdTokenEarly */.pl)((audience) => io.getIDToken(audience), config.auth.audience);
    await early.token.catch(() => undefined);
    return early;
}
async function finishDryRun(io, config, limits, step) {
    io.info('Dry run: inputs and template are valid; nothing was sent to Azure.');
    await (0,report_run/* reportRun */.G)(io, config, limits, {
        mode: 'dry-run',
        origins: step?.rendered.origins ?? [],
        template: step?.rendered.template,
        renderedTemplate: step?.json,
    });
    return 0;
}

// EXTERNAL MODULE: ./src/config/cleanup-target.ts
var cleanup_target = __nccwpck_require__(2833);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __nccwpck_require__(7206);
;// CONCATENATED MODULE: ./src/steps/post.ts





/**
 * Post phase: cancel a build main left running and delete the template per `cleanup`. It works
 * from what main saved; only when main saved nothing at all does it read the few inputs that
 * name the template and sign in (never workspace files, which later steps may have changed).
 */
async function runPost(io, env = process.env, limits = model_limits/* DEFAULT_LIMITS */.d) {
    try {
        const state = loadPostState(io);
        const target = state ? state.target : (0,cleanup_target/* parseCleanupTarget */.VI)((name) => io.getInput(name), env);
        if (!target) {
            io.info('Cleanup: nothing to do (nothing was created in Azure)');
            return 0;
        }
        // Loaded here, not at startup: the Azure SDK is most of the bundle (see main.ts).
        const { cleanUp } = await Promise.all(/* import() */[__nccwpck_require__.e(476), __nccwpck_require__.e(399), __nccwpck_require__.e(298)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9298));
        await cleanUp(io, { target, state, limits });
    }
    catch (error) {
        // Cleanup problems must not hide the build's own result: warn, never fail the job here.
        (0,annotations/* warn */.R8)(io, `Cleanup failed: ${(0,errors/* formatError */.Wk)(error).message}`);
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/run.ts




/**
 * Runs the phase this process is: the runner starts the bundle twice (main, then post) and the
 * state flag written by the first run tells them apart. Exported for `@github/local-action`,
 * which imports an entry point and calls its `run()`.
 */
async function run() {
    const io = actionIO();
    const isPost = io.getState(names/* PHASE_KEY */.g1) === 'post';
    if (!isPost)
        io.saveState(names/* PHASE_KEY */.g1, 'post');
    process.exitCode = isPost ? await runPost(io) : await runMain(io);
}


/***/ }),

/***/ 715:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ib: () => (/* binding */ REAL_CLOCK),
/* harmony export */   Zm: () => (/* binding */ stopSignal),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
function stopSignal(timeoutMs) {
    const controller = new AbortController();
    let why;
    const stop = (reason) => {
        if (why)
            return;
        why = reason;
        controller.abort(new Error(reason === 'cancelled' ? 'The workflow was cancelled' : 'The build timed out'));
    };
    const onSignal = () => stop('cancelled');
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const timer = setTimeout(() => stop('timeout'), timeoutMs);
    timer.unref();
    return {
        signal: controller.signal,
        reason: () => why,
        dispose: () => {
            clearTimeout(timer);
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}
/** Sleeps `ms`, waking early (with the abort reason) when the signal fires. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
const REAL_CLOCK = { now: () => Date.now(), sleep };


/***/ }),

/***/ 3129:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ provisionalUploads),
/* harmony export */   p: () => (/* binding */ planArtifacts)
/* harmony export */ });
/* harmony import */ var _artifacts_tree_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3231);
/* harmony import */ var _config_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6072);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7206);
/* harmony import */ var _template_remote_artifacts_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5668);
// Uploads through Blob Storage, the part before any request: the `customizer-source` tree is
// walked (and refused by name if it holds what cannot be packed), repository scripts too large to
// inline are picked, and every blob name is fixed.




/** What to upload; undefined when nothing is. @throws InputError naming `customizer-source` */
async function planArtifacts(config) {
    if (!config.storage)
        return undefined;
    const { customization: c, uploadFolder } = config;
    const scripts = [...c.scripts, ...c.validators]
        .filter((file) => !(0,_config_workspace_files_js__WEBPACK_IMPORTED_MODULE_1__/* .isInlined */ .a4)(file))
        .map((file) => ({ file, blobName: `${uploadFolder}/scripts/${file.relPath}` }));
    const archive = c.artifactSource ? await planArchive(config, c.artifactSource.path) : undefined;
    return archive || scripts.length > 0 ? { archive, scripts } : undefined;
}
async function planArchive(config, source) {
    const format = config.osType === 'windows' ? 'zip' : 'tar.gz';
    const fileName = `${config.templateName}-artifacts.${format}`;
    try {
        const tree = await (0,_artifacts_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .walkTree */ .Ir)(source);
        const treeBytes = tree.entries.reduce((sum, entry) => sum + entry.size, 0);
        const blobName = `${config.uploadFolder}/${fileName}`;
        const fetchedByScript = treeBytes > _template_remote_artifacts_js__WEBPACK_IMPORTED_MODULE_3__/* .FILE_CUSTOMIZER_MAX_BYTES */ .yp;
        return { tree, format, fileName, blobName, treeBytes, fetchedByScript };
    }
    catch (error) {
        if (error instanceof _artifacts_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .ArtifactError */ .nE)
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz([
                { input: 'customizer-source', message: error.message.replace(/^customizer-source: /, '') },
            ]);
        throw error;
    }
}
/**
 * The uploads as the template will point at them, before they exist: links and the archive's
 * checksum are stand-ins, so the template is rendered and validated before anything is written.
 */
function provisionalUploads(config, plan) {
    const where = (blobName) => `https://storage.invalid/${config.storage?.container ?? ''}/${blobName}`;
    const scripts = Object.fromEntries(plan.scripts.map((s) => [s.file.relPath, where(s.blobName)]));
    if (!plan.archive)
        return { scripts };
    const archive = {
        url: where(plan.archive.blobName),
        sha256: '0'.repeat(64),
        bytes: plan.archive.treeBytes,
        format: plan.archive.format,
        fetchedByScript: plan.archive.fetchedByScript,
        fileName: plan.archive.fileName,
        ...(config.storage?.access === 'identity' ? { identityId: config.identityId } : {}),
    };
    return { archive, scripts };
}


/***/ }),

/***/ 981:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ renderSized),
  z: () => (/* binding */ renderStep)
});

// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __nccwpck_require__(7206);
// EXTERNAL MODULE: ./src/model/template-problem.ts
var template_problem = __nccwpck_require__(3805);
// EXTERNAL MODULE: ./src/report/publish.ts + 2 modules
var publish = __nccwpck_require__(6751);
// EXTERNAL MODULE: ./src/template/render.ts + 2 modules
var render = __nccwpck_require__(5404);
// EXTERNAL MODULE: ./src/model/names.ts
var names = __nccwpck_require__(1601);
// EXTERNAL MODULE: ./src/template-file/file-text.ts
var file_text = __nccwpck_require__(3145);
;// CONCATENATED MODULE: ./src/template/request-size.ts


/** The largest request body ARM accepts (the limit a template file's expansion is held to). */
const MAX_REQUEST_BYTES = file_text/* MAX_EXPANDED_BYTES */.z;
/**
 * A problem when the body, as JSON, is larger than ARM accepts; it names the input whose
 * customizers or validators take the most of it (`template` when none do).
 */
function requestSizeProblem(body, origins) {
    const bytes = jsonBytes(body);
    if (bytes <= MAX_REQUEST_BYTES)
        return undefined;
    const shares = sharesByInput(body, origins);
    const [input, share] = [...shares].sort((a, b) => b[1].bytes - a[1].bytes)[0] ?? [];
    const where = input && share ? blame(input, share) : '';
    return {
        input: input ?? 'template',
        message: `the rendered template is ${bytes} bytes (${mib(bytes)} MiB), more than the ${MAX_REQUEST_BYTES} bytes (4 MiB) ARM accepts in one request${where}. Use fewer, larger scripts, or \`storage-account\` so large files are uploaded instead of inlined`,
    };
}
function blame(input, share) {
    const what = input === 'validator-scripts' ? 'validators' : 'customizers';
    return `; ${share.count} ${what} from \`${input}\` take ${share.bytes} bytes of it`;
}
/** The bytes of each named customizer and validator in the body, added up by their input. */
function sharesByInput(body, origins) {
    const inputOf = new Map(origins.map((o) => [o.name, inputNameOf(o.origin)]));
    const properties = (body.properties ?? {});
    const validate = (properties.validate ?? {});
    const steps = [...listOf(properties.customize), ...listOf(validate.inVMValidations)];
    const shares = new Map();
    for (const step of steps) {
        const name = typeof step.name === 'string' ? step.name : '';
        const input = inputOf.get(name) ?? 'template';
        const share = shares.get(input) ?? { bytes: 0, count: 0 };
        shares.set(input, { bytes: share.bytes + jsonBytes(step), count: share.count + 1 });
    }
    return shares;
}
/** `customizer-scripts`, or `template` for a step of the template file (`template x.json`). */
function inputNameOf(origin) {
    return names/* INPUT_NAMES */.Qh.find((name) => name === origin) ?? 'template';
}
const listOf = (value) => Array.isArray(value) ? value : [];
function jsonBytes(value) {
    return Buffer.byteLength(JSON.stringify(value) ?? '');
}
const mib = (bytes) => (bytes / 1024 / 1024).toFixed(2);

// EXTERNAL MODULE: ./src/template-file/template-file.ts + 10 modules
var template_file = __nccwpck_require__(4804);
;// CONCATENATED MODULE: ./src/steps/render-step.ts






/**
 * Renders the template and writes the rendered template file, then measures the body against
 * ARM's 4 MiB request limit before anything is sent. Also after the upload: real links are longer.
 */
function renderSized(io, config, uploads) {
    const rendered = (0,render/* renderTemplate */.Xm)(config, uploads);
    const resource = (0,render/* toResourceJson */.OH)(config.templateName, rendered.template);
    const written = (0,publish/* writeRenderedTemplate */.HS)(io, config, resource);
    const tooBig = requestSizeProblem(resource, rendered.origins);
    if (tooBig)
        throw new errors/* InputError */.dz([tooBig]);
    return { rendered, resource, ...written };
}
/** Renders, writes and validates the template: a problem here stops the run before any request. */
function renderStep(io, config, uploads) {
    const { rendered, resource, file, json } = renderSized(io, config, uploads);
    io.info(`Rendered ${config.osType} image template "${config.templateName}" to ${file}`);
    for (const note of rendered.notes)
        io.info(`  ${note}`);
    checkRendered(config, resource);
    const archive = uploads?.archive;
    for (const o of rendered.origins) {
        // The archive's checksum and size exist only once it is packed: the upload logs them.
        const pending = archive !== undefined && o.origin === 'customizer-source';
        const what = pending
            ? `${archive.bytes} bytes in the tree, uploaded after sign-in`
            : `${o.bytes} bytes`;
        const hash = o.sha256 && !pending ? `, sha256 ${o.sha256}` : '';
        io.info(`  customizer ${o.name} (${o.type}) from ${o.origin}: ${what}${hash}`);
    }
    return { rendered, json };
}
function checkRendered(config, resource) {
    const problems = (0,template_file/* validateTemplate */.dC)(resource, config.osType);
    if (problems.length === 0)
        return;
    const file = config.templateFile;
    const fileName = file?.relPath ?? 'rendered template';
    const where = (p) => ({ ...p, ...file?.loaded.locate(p.path) });
    throw new errors/* InputError */.dz(problems.map(where).map((p) => ({
        input: 'template',
        message: (0,template_problem/* formatProblem */.Vw)(fileName, p),
        at: file && (0,template_problem/* locationOf */.hD)(file.relPath, p),
    })));
}


/***/ }),

/***/ 5497:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ reportRun)
/* harmony export */ });
/* harmony import */ var _model_deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8293);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7206);
/* harmony import */ var _model_secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5780);
/* harmony import */ var _report_annotations_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(856);
/* harmony import */ var _report_publish_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6751);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2360);






/** Writes the job summary, then posts or updates the pull-request comment. */
async function reportRun(io, config, limits, report) {
    const summary = (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .summaryOf */ .YG)(config, report);
    await (0,_report_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .writeSummary */ .Sy)(io, summary);
    await commentOnPullRequest(io, config, limits, summary);
}
async function commentOnPullRequest(io, config, limits, summary) {
    const pr = config.prComment;
    if (!pr)
        return;
    // Loaded only when a comment is posted: Octokit is not needed by any other run.
    const { commentMarker, upsertPullRequestComment } = await __nccwpck_require__.e(/* import() */ 625).then(__nccwpck_require__.bind(__nccwpck_require__, 4625));
    // The comment leaves through GitHub's API, not the runner's log: scrubbed here like the log.
    const body = (0,_model_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubSecrets */ .Z)((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderComment */ .w)(summary, pr.runUrl));
    const wait = { what: 'the pull-request comment to be posted', ms: limits.commentMs };
    try {
        const result = await (0,_model_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .withDeadline */ .N)(wait, (signal) => upsertPullRequestComment({ ...pr, marker: commentMarker(pr.key), body, signal }));
        switch (result.outcome) {
            case 'created':
            case 'updated':
                io.info(`Pull-request comment ${result.outcome}: ${result.url}`);
                return;
            case 'not-a-pull-request':
                io.info(`pr-comment: not a pull request (${result.eventName || 'no event'}); no comment`);
                return;
            case 'not-permitted':
                (0,_report_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .warn */ .R8)(io, `pr-comment: the token may not comment on this pull request (HTTP ${result.status}: ${result.message}). Pull requests from forks get a read-only token; give the job \`permissions: pull-requests: write\`, or run the comment from a pull_request_target workflow.`);
                return;
            case 'failed':
                (0,_report_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .warn */ .R8)(io, `pr-comment: the comment was not posted: ${result.message}`);
        }
    }
    catch (error) {
        (0,_report_annotations_js__WEBPACK_IMPORTED_MODULE_3__/* .warn */ .R8)(io, `pr-comment: the comment was not posted: ${(0,_model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatError */ .Wk)(error).message}`);
    }
}


/***/ }),

/***/ 3145:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tk: () => (/* binding */ exceedsSize),
/* harmony export */   Ts: () => (/* binding */ scanOutsideStrings),
/* harmony export */   U2: () => (/* binding */ tooDeepAt),
/* harmony export */   uW: () => (/* binding */ decodeTemplateBytes),
/* harmony export */   wM: () => (/* binding */ MAX_NESTING_DEPTH),
/* harmony export */   z: () => (/* binding */ MAX_EXPANDED_BYTES)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
// A template file's bytes → text, and the bounds checked before parsing. Templates are UTF-8 (ARM
// and `az` read them so); a byte order mark is dropped, UTF-16/32 and other encodings are refused
// with one message instead of a syntax error per character. Nesting is bounded before any
// recursive step runs, so a 2000-deep file is an error, not a stack overflow.

/** Deepest `{`/`[` nesting accepted; real templates stay below 15. */
const MAX_NESTING_DEPTH = 64;
/** Largest template once parameters, variables and placeholders are filled: ARM's request limit. */
const MAX_EXPANDED_BYTES = 4 * 1024 * 1024;
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const WIDE_BOMS = [
    [[0xff, 0xfe, 0, 0], 'UTF-32 (little-endian)'],
    [[0, 0, 0xfe, 0xff], 'UTF-32 (big-endian)'],
    [[0xff, 0xfe], 'UTF-16 (little-endian)'],
    [[0xfe, 0xff], 'UTF-16 (big-endian)'],
];
const startsWith = (bytes, prefix) => prefix.every((b, i) => bytes[i] === b);
const problem = (message, line, column) => ({
    problems: [line === undefined ? { path: '', message } : { path: '', message, line, column }],
});
/** Decodes the file as UTF-8, or says in one problem why it is not a UTF-8 text file. */
function decodeTemplateBytes(bytes) {
    const wide = WIDE_BOMS.find(([bom]) => startsWith(bytes, bom))?.[1] ?? wideWithoutBom(bytes);
    if (wide !== undefined) {
        return problem(`the file is ${wide}; save it as UTF-8 (ARM and the action read templates as UTF-8)`);
    }
    const bom = startsWith(bytes, UTF8_BOM);
    const body = bom ? bytes.subarray(3) : bytes;
    const bad = firstInvalidUtf8(body);
    if (bad !== undefined) {
        const { line, column } = bytePosition(body, bad);
        const hex = (body[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
        return problem(`the file is not UTF-8 (byte 0x${hex}; Windows-1252 or Latin-1?): save it as UTF-8`, line, column);
    }
    const nul = body.indexOf(0);
    if (nul >= 0) {
        const { line, column } = bytePosition(body, nul);
        return problem('the file holds a NUL byte: it is not a text file', line, column);
    }
    const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
    return { text, notes: bom ? ['UTF-8 byte order mark at the start of the file: ignored'] : [] };
}
/**
 * UTF-16 without a byte order mark: JSON starts with ASCII (`{`, whitespace), so every other byte
 * of its first characters is NUL.
 */
function wideWithoutBom(bytes) {
    const sample = bytes.subarray(0, Math.min(bytes.length, 64) & ~1);
    if (sample.length < 2)
        return undefined;
    let even = 0;
    let odd = 0;
    sample.forEach((b, i) => {
        if (b === 0) {
            if (i % 2 === 0)
                even++;
            else
                odd++;
        }
    });
    const half = sample.length / 2;
    if (odd >= half * 0.75 && even === 0)
        return 'UTF-16 (little-endian, no byte order mark)';
    if (even >= half * 0.75 && odd === 0)
        return 'UTF-16 (big-endian, no byte order mark)';
    return undefined;
}
/**
 * Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. Node
 * validates; only a file that fails is decoded with replacement characters and encoded again: the
 * first byte that differs lies in the character that replaced the ill-formed sequence.
 */
function firstInvalidUtf8(bytes) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
        return undefined;
    const again = Buffer.from(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    let at = 0;
    while (bytes[at] === again[at])
        at++;
    while (at > 0 && ((again[at] ?? 0) & 0xc0) === 0x80)
        at--;
    return at;
}
function bytePosition(bytes, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
/**
 * Calls `visit` with each character outside strings and comments (JSONC), in order; `visit` may
 * return the index to continue after. Linear and iterative.
 */
function scanOutsideStrings(text, visit) {
    for (let i = 0; i < text.length; i++) {
        const ch = text[i] ?? '';
        const next = text[i + 1];
        if (ch === '"')
            i = stringEnd(text, i);
        else if (ch === '/' && next === '/')
            i = lineEnd(text, i);
        else if (ch === '/' && next === '*')
            i = commentEnd(text, i);
        else
            i = visit(i, ch) ?? i;
    }
}
/**
 * Offset of the first `{` or `[` nested deeper than `limit`, or undefined. It runs before anything
 * recursive sees the file.
 */
function tooDeepAt(text, limit = MAX_NESTING_DEPTH) {
    let depth = 0;
    let found;
    scanOutsideStrings(text, (i, ch) => {
        if (ch === '{' || ch === '[')
            depth++;
        else if (ch === '}' || ch === ']')
            depth = Math.max(0, depth - 1);
        if (depth <= limit)
            return undefined;
        found = i;
        return text.length;
    });
    return found;
}
/** Index of the closing quote of the string opening at `start` (or the end of the line). */
function stringEnd(text, start) {
    for (let i = start + 1; i < text.length; i++) {
        const ch = text[i];
        if (ch === '\\')
            i++;
        else if (ch === '"' || ch === '\n')
            return i;
    }
    return text.length;
}
function lineEnd(text, start) {
    const end = text.indexOf('\n', start);
    return end < 0 ? text.length : end;
}
function commentEnd(text, start) {
    const end = text.indexOf('*/', start + 2);
    return end < 0 ? text.length : end + 1;
}
/**
 * Whether `value`, written as JSON, would take more than `limit` characters (roughly: strings,
 * keys and a few characters per member). Stops as soon as it knows, so a value whose variables
 * refer to one another many times over is measured in bounded time.
 */
function exceedsSize(value, limit = MAX_EXPANDED_BYTES) {
    let size = 0;
    const stack = [value];
    while (stack.length > 0 && size <= limit)
        size += sizeOf(stack.pop(), stack, limit - size);
    return size > limit;
}
/** Characters of `item` itself; its members go on `stack` (unless it is already too large). */
function sizeOf(item, stack, room) {
    if (typeof item === 'string')
        return item.length + 2;
    if (Array.isArray(item)) {
        if (item.length <= room)
            for (const element of item)
                stack.push(element);
        return item.length + 2;
    }
    if (typeof item !== 'object' || item === null)
        return 5;
    let size = 0;
    for (const [key, member] of Object.entries(item)) {
        size += key.length + 4;
        stack.push(member);
    }
    return size;
}


/***/ }),

/***/ 9049:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   KN: () => (/* binding */ isDocPlaceholder),
/* harmony export */   fO: () => (/* binding */ COMMAND_KEYS),
/* harmony export */   jM: () => (/* binding */ placeholderAt),
/* harmony export */   pr: () => (/* binding */ substitutePlaceholders),
/* harmony export */   ug: () => (/* binding */ createVarLookup)
/* harmony export */ });
// Text placeholders: `<name>` (Microsoft quickstarts) and `${name}`, filled from template-vars.
//
// Rules (see also value-resolver.ts):
// - A placeholder name is an identifier: letters, digits, `_`, `-`, `.`, starting with a letter or
//   `_`, and no spaces. So `<<EOF`, `a<b`, `2>&1`, `echo a > b` and `</p>` are never placeholders.
// - Names match template-vars exactly first, else ignoring case: quickstarts mix `<subscriptionID>`
//   and `<subscriptionId>` for the same thing, and ARM itself compares parameter names that way.
// - A known name is replaced everywhere, command fields included. A var's value is inserted as it
//   is and never scanned again, so a value cannot smuggle in another placeholder.
// - An unknown name is an error, except in command fields (inline scripts, restart and Windows
//   Update commands), where `<tag>` and `${HOME}` are ordinary script text.
// - Outside command fields, a whole string like `<path to script>` is a documentation placeholder
//   nobody filled in (it has spaces, so it is not a name) and is an error too.
/** Lower-cased member names whose strings are commands, not data. */
const COMMAND_KEYS = new Set([
    'inline',
    'restartcommand',
    'restartcheckcommand',
    'searchcriteria',
    'filters',
]);
/** `<name>` or `${name}`: the name is group 1 or group 2. */
const FORMS = String.raw `<([A-Za-z_][\w.-]*)>|\$\{([A-Za-z_][\w.-]*)\}`;
const PLACEHOLDER = new RegExp(FORMS, 'g');
const WHOLE_PLACEHOLDER = new RegExp(`^(?:${FORMS})$`);
const PLACEHOLDER_AT = new RegExp(FORMS, 'y');
const DOC_PLACEHOLDER = /^<[^<>]*\s[^<>]*>$/;
function createVarLookup(vars) {
    const lower = new Map();
    for (const name of Object.keys(vars)) {
        if (!lower.has(name.toLowerCase()))
            lower.set(name.toLowerCase(), name);
    }
    return {
        get(name) {
            const key = Object.hasOwn(vars, name) ? name : lower.get(name.toLowerCase());
            const value = key === undefined ? undefined : vars[key];
            return key === undefined || value === undefined ? undefined : { name: key, value };
        },
    };
}
/** Replaces every known placeholder in `text`; reports the ones it could not fill. */
function substitutePlaceholders(text, vars) {
    const filled = [];
    const unknown = [];
    const replaced = text.replace(PLACEHOLDER, (match, angle, dollar) => {
        const found = vars.get(angle ?? dollar ?? '');
        if (!found) {
            unknown.push(match);
            return match;
        }
        filled.push(match);
        return found.value;
    });
    return { text: replaced, filled, unknown, whole: WHOLE_PLACEHOLDER.test(text) };
}
/** A whole string such as `<path to script>`: a placeholder from the docs that was never filled. */
function isDocPlaceholder(text) {
    return DOC_PLACEHOLDER.test(text);
}
/** The placeholder written at `index` of `text` (`<name>` or `${name}`), if one starts there. */
function placeholderAt(text, index) {
    PLACEHOLDER_AT.lastIndex = index;
    const match = PLACEHOLDER_AT.exec(text);
    return match ? { written: match[0], name: match[1] ?? match[2] ?? '' } : undefined;
}


/***/ }),

/***/ 9835:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ scalarFromText)
/* harmony export */ });
// Text that stands for a JSON scalar: a template-var (always text), or a number or boolean a file
// wrote in quotes. One reading for ARM parameter types, placeholders and schema types alike.
/** `text` (trimmed) as a whole number or as true/false in any case; undefined when it is not. */
function scalarFromText(text, type) {
    const trimmed = text.trim();
    if (type === 'integer')
        return /^-?\d+$/.test(trimmed) ? Number(trimmed) : undefined;
    return /^(true|false)$/i.test(trimmed) ? trimmed.toLowerCase() === 'true' : undefined;
}


/***/ }),

/***/ 6674:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  kW: () => (/* binding */ SCHEMA_API_VERSION),
  mw: () => (/* binding */ definition),
  LA: () => (/* binding */ deref),
  P1: () => (/* binding */ propertiesOf),
  P7: () => (/* binding */ refName),
  LI: () => (/* binding */ subtypesOf),
  Jh: () => (/* binding */ typeOfKey)
});

// UNUSED EXPORTS: discriminatorOf, requiredOf

;// CONCATENATED MODULE: ./src/template-file/schema/imagebuilder-2025-10-01.json
const imagebuilder_2025_10_01_namespaceObject = /*#__PURE__*/JSON.parse('{"swagger":"2.0","info":{"title":"VirtualMachineImageTemplate","version":"2025-10-01","description":"Virtual Machine Image Template","x-typespec-generated":[{"emitter":"@azure-tools/typespec-autorest"}]},"schemes":["https"],"host":"management.azure.com","produces":["application/json"],"consumes":["application/json"],"security":[{"azure_auth":["user_impersonation"]}],"securityDefinitions":{"azure_auth":{"type":"oauth2","description":"Azure Active Directory OAuth2 Flow.","flow":"implicit","authorizationUrl":"https://login.microsoftonline.com/common/oauth2/authorize","scopes":{"user_impersonation":"impersonate your user account"}}},"tags":[{"name":"Operations"},{"name":"VirtualMachineImageTemplate"},{"name":"Triggers"}],"paths":{"/providers/Microsoft.VirtualMachineImages/operations":{"get":{"operationId":"Operations_List","tags":["Operations"],"description":"Lists available operations for the Microsoft.VirtualMachineImages provider","parameters":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ApiVersionParameter"}],"responses":{"200":{"description":"Azure operation completed successfully.","schema":{"$ref":"#/definitions/OperationListResult"}},"default":{"description":"An unexpected error response.","schema":{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/ErrorResponse"}}},"x-ms-examples":{"Retrieve operations list":{"$ref":"./examples/OperationsList.json"}},"x-ms-pageable":{"nextLinkName":"nextLink"}}},"/subscriptions/{subscriptionId}/providers/Microsoft.VirtualMachineImages/imageTemplates":{"get":{"operationId":"VirtualMachineImageTemplates_List","tags":["VirtualMachineImageTemplate"],"description":"Gets information about the VM image templates associated with the subscription.","parameters":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ApiVersionParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/SubscriptionIdParameter"}],"responses":{"200":{"description":"Azure operation completed successfully.","schema":{"$ref":"#/definitions/ImageTemplateListResult"}},"default":{"description":"An unexpected error response.","schema":{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/ErrorResponse"}}},"x-ms-examples":{"List images by subscription.":{"$ref":"./examples/ListImageTemplates.json"}},"x-ms-pageable":{"nextLinkName":"nextLink"}}},"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates":{"get":{"operationId":"VirtualMachineImageTemplates_ListByResourceGroup","tags":["VirtualMachineImageTemplate"],"description":"Gets information about the VM image templates associated with the specified resource group.","parameters":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ApiVersionParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/SubscriptionIdParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ResourceGroupNameParameter"}],"responses":{"200":{"description":"Azure operation completed successfully.","schema":{"$ref":"#/definitions/ImageTemplateListResult"}},"default":{"description":"An unexpected error response.","schema":{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/ErrorResponse"}}},"x-ms-examples":{"List images by resource group":{"$ref":"./examples/ListImageTemplatesByRg.json"}},"x-ms-pageable":{"nextLinkName":"nextLink"}}},"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}":{"get":{"operationId":"VirtualMachineImageTemplates_Get","tags":["VirtualMachineImageTemplate"],"description":"Get information about a virtual machine image template","parameters":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ApiVersionParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/SubscriptionIdParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ResourceGroupNameParameter"},{"name":"imageTemplateName","in":"path","description":"The name of the image Template","required":true,"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"}],"responses":{"200":{"description":"Azure operation completed successfully.","schema":{"$ref":"#/definitions/ImageTemplate"}},"default":{"description":"An unexpected error response.","schema":{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/ErrorResponse"}}},"x-ms-examples":{"Retrieve an Image Template.":{"$ref":"./examples/GetImageTemplate.json"}}},"put":{"operationId":"VirtualMachineImageTemplates_CreateOrUpdate","tags":["VirtualMachineImageTemplate"],"description":"Create or update a virtual machine image template","parameters":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ApiVersionParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/SubscriptionIdParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ResourceGroupNameParameter"},{"name":"imageTemplateName","in":"path","description":"The name of the image Template","required":true,"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"},{"name":"parameters","in":"body","description":"Parameters supplied to the CreateImageTemplate operation","required":true,"schema":{"$ref":"#/definitions/ImageTemplate"}}],"responses":{"200":{"description":"Resource \'ImageTemplate\' update operation succeeded","schema":{"$ref":"#/definitions/ImageTemplate"}},"201":{"description":"Resource \'ImageTemplate\' create operation succeeded","schema":{"$ref":"#/definitions/ImageTemplate"},"headers":{"Azure-AsyncOperation":{"type":"string","description":"A link to the status monitor"},"Retry-After":{"type":"integer","format":"int32","description":"The Retry-After header can indicate how long the client should wait before polling the operation status."}}},"default":{"description":"An unexpected error response.","schema":{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/ErrorResponse"}}},"x-ms-examples":{"Create an Image Template for Linux.":{"$ref":"./examples/CreateImageTemplateLinux.json"},"Create an Image Template for Windows.":{"$ref":"./examples/CreateImageTemplateWindows.json"}},"x-ms-long-running-operation-options":{"final-state-via":"azure-async-operation","final-state-schema":"#/definitions/ImageTemplate"},"x-ms-long-running-operation":true},"patch":{"operationId":"VirtualMachineImageTemplates_Update","tags":["VirtualMachineImageTemplate"],"description":"Update the tags for this Virtual Machine Image Template","parameters":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ApiVersionParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/SubscriptionIdParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ResourceGroupNameParameter"},{"name":"imageTemplateName","in":"path","description":"The name of the image Template","required":true,"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"},{"name":"parameters","in":"body","description":"Additional parameters for Image Template update.","required":true,"schema":{"$ref":"#/definitions/ImageTemplateUpdateParameters"}}],"responses":{"200":{"description":"Azure operation completed successfully.","schema":{"$ref":"#/definitions/ImageTemplate"}},"202":{"description":"Resource update request accepted.","headers":{"Azure-AsyncOperation":{"type":"string","format":"uri","description":"The URL to query for the status of the asynchronous operation."},"Location":{"type":"string","description":"The URL to query for the result of the asynchronous operation."},"Retry-After":{"type":"integer","format":"int32","description":"The Retry-After header can indicate how long the client should wait before polling the operation status."}}},"default":{"description":"An unexpected error response.","schema":{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/ErrorResponse"}}},"x-ms-examples":{"Remove identities for an Image Template.":{"$ref":"./examples/UpdateImageTemplateToRemoveIdentities.json"},"Update parameters for vm profile.":{"$ref":"./examples/UpdateImageTemplateVmProfile.json"},"Update the tags for an Image Template.":{"$ref":"./examples/UpdateImageTemplateTags.json"}},"x-ms-long-running-operation-options":{"final-state-via":"azure-async-operation","final-state-schema":"#/definitions/ImageTemplate"},"x-ms-long-running-operation":true},"delete":{"operationId":"VirtualMachineImageTemplates_Delete","tags":["VirtualMachineImageTemplate"],"description":"Delete a virtual machine image template","parameters":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ApiVersionParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/SubscriptionIdParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ResourceGroupNameParameter"},{"name":"imageTemplateName","in":"path","description":"The name of the image Template","required":true,"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"}],"responses":{"202":{"description":"Resource deletion accepted.","headers":{"Location":{"type":"string","description":"The Location header contains the URL where the status of the long running operation can be checked."},"Retry-After":{"type":"integer","format":"int32","description":"The Retry-After header can indicate how long the client should wait before polling the operation status."}}},"204":{"description":"Resource does not exist."},"default":{"description":"An unexpected error response.","schema":{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/ErrorResponse"}}},"x-ms-examples":{"Delete an Image Template.":{"$ref":"./examples/DeleteImageTemplate.json"}},"x-ms-long-running-operation-options":{"final-state-via":"location"},"x-ms-long-running-operation":true}},"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/cancel":{"post":{"operationId":"VirtualMachineImageTemplates_Cancel","tags":["VirtualMachineImageTemplate"],"description":"Cancel the long running image build based on the image template","parameters":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ApiVersionParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/SubscriptionIdParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ResourceGroupNameParameter"},{"name":"imageTemplateName","in":"path","description":"The name of the image Template","required":true,"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"}],"responses":{"200":{"description":"The request has succeeded."},"202":{"description":"Resource operation accepted.","headers":{"Azure-AsyncOperation":{"type":"string","format":"uri","description":"The URL to query for the status of the asynchronous operation."},"Location":{"type":"string","description":"The URL to query for the result of the asynchronous operation."},"Retry-After":{"type":"integer","format":"int32","description":"The Retry-After header can indicate how long the client should wait before polling the operation status."}}},"204":{"description":"There is no content to send for this request, but the headers may be useful."},"default":{"description":"An unexpected error response.","schema":{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/ErrorResponse"}}},"x-ms-examples":{"Cancel the image build based on the imageTemplate.":{"$ref":"./examples/CancelImageBuild.json"}},"x-ms-long-running-operation-options":{"final-state-via":"azure-async-operation"},"x-ms-long-running-operation":true}},"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/run":{"post":{"operationId":"VirtualMachineImageTemplates_Run","tags":["VirtualMachineImageTemplate"],"description":"Create artifacts from a existing image template","parameters":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ApiVersionParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/SubscriptionIdParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ResourceGroupNameParameter"},{"name":"imageTemplateName","in":"path","description":"The name of the image Template","required":true,"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"}],"responses":{"200":{"description":"The request has succeeded."},"202":{"description":"Resource operation accepted.","headers":{"Azure-AsyncOperation":{"type":"string","format":"uri","description":"The URL to query for the status of the asynchronous operation."},"Location":{"type":"string","description":"The URL to query for the result of the asynchronous operation."},"Retry-After":{"type":"integer","format":"int32","description":"The Retry-After header can indicate how long the client should wait before polling the operation status."}}},"204":{"description":"There is no content to send for this request, but the headers may be useful."},"default":{"description":"An unexpected error response.","schema":{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/ErrorResponse"}}},"x-ms-examples":{"Create image(s) from existing imageTemplate.":{"$ref":"./examples/RunImageTemplate.json"}},"x-ms-long-running-operation-options":{"final-state-via":"azure-async-operation"},"x-ms-long-running-operation":true}},"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/runOutputs":{"get":{"operationId":"VirtualMachineImageTemplates_ListRunOutputs","tags":["VirtualMachineImageTemplate"],"description":"List all run outputs for the specified Image Template resource","parameters":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ApiVersionParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/SubscriptionIdParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ResourceGroupNameParameter"},{"name":"imageTemplateName","in":"path","description":"The name of the image Template","required":true,"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"}],"responses":{"200":{"description":"Azure operation completed successfully.","schema":{"$ref":"#/definitions/RunOutputCollection"}},"default":{"description":"An unexpected error response.","schema":{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/ErrorResponse"}}},"x-ms-examples":{"Retrieve a list of all outputs created by the last run of an Image Template":{"$ref":"./examples/ListRunOutputs.json"}},"x-ms-pageable":{"nextLinkName":"nextLink"}}},"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/runOutputs/{runOutputName}":{"get":{"operationId":"VirtualMachineImageTemplates_GetRunOutput","tags":["VirtualMachineImageTemplate"],"description":"Get the specified run output for the specified image template resource","parameters":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ApiVersionParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/SubscriptionIdParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ResourceGroupNameParameter"},{"name":"imageTemplateName","in":"path","description":"The name of the image Template","required":true,"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"},{"name":"runOutputName","in":"path","description":"The name of the run output","required":true,"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"}],"responses":{"200":{"description":"Azure operation completed successfully.","schema":{"$ref":"#/definitions/RunOutput"}},"default":{"description":"An unexpected error response.","schema":{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/ErrorResponse"}}},"x-ms-examples":{"Retrieve single runOutput":{"$ref":"./examples/GetRunOutput.json"}}}},"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/triggers":{"get":{"operationId":"Triggers_ListByImageTemplate","tags":["Triggers"],"description":"List all triggers for the specified Image Template resource","parameters":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ApiVersionParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/SubscriptionIdParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ResourceGroupNameParameter"},{"name":"imageTemplateName","in":"path","description":"The name of the image Template","required":true,"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"}],"responses":{"200":{"description":"Azure operation completed successfully.","schema":{"$ref":"#/definitions/TriggerCollection"}},"default":{"description":"An unexpected error response.","schema":{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/ErrorResponse"}}},"x-ms-examples":{"List triggers by image template":{"$ref":"./examples/ListTriggers.json"}},"x-ms-pageable":{"nextLinkName":"nextLink"}}},"/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.VirtualMachineImages/imageTemplates/{imageTemplateName}/triggers/{triggerName}":{"get":{"operationId":"Triggers_Get","tags":["Triggers"],"description":"Get the specified trigger for the specified image template resource","parameters":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ApiVersionParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/SubscriptionIdParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ResourceGroupNameParameter"},{"name":"imageTemplateName","in":"path","description":"The name of the image Template","required":true,"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"},{"name":"triggerName","in":"path","description":"The name of the trigger","required":true,"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"}],"responses":{"200":{"description":"Azure operation completed successfully.","schema":{"$ref":"#/definitions/Trigger"}},"default":{"description":"An unexpected error response.","schema":{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/ErrorResponse"}}},"x-ms-examples":{"Get a trigger resource":{"$ref":"./examples/GetTrigger.json"}}},"put":{"operationId":"Triggers_CreateOrUpdate","tags":["Triggers"],"description":"Create or update a trigger for the specified virtual machine image template","parameters":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ApiVersionParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/SubscriptionIdParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ResourceGroupNameParameter"},{"name":"imageTemplateName","in":"path","description":"The name of the image Template","required":true,"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"},{"name":"triggerName","in":"path","description":"The name of the trigger","required":true,"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"},{"name":"parameters","in":"body","description":"Parameters supplied to the CreateTrigger operation","required":true,"schema":{"$ref":"#/definitions/Trigger"}}],"responses":{"200":{"description":"Resource \'Trigger\' update operation succeeded","schema":{"$ref":"#/definitions/Trigger"}},"201":{"description":"Resource \'Trigger\' create operation succeeded","schema":{"$ref":"#/definitions/Trigger"},"headers":{"Azure-AsyncOperation":{"type":"string","description":"A link to the status monitor"},"Retry-After":{"type":"integer","format":"int32","description":"The Retry-After header can indicate how long the client should wait before polling the operation status."}}},"default":{"description":"An unexpected error response.","schema":{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/ErrorResponse"}}},"x-ms-examples":{"Create or update a source image type trigger":{"$ref":"./examples/CreateSourceImageTrigger.json"}},"x-ms-long-running-operation-options":{"final-state-via":"azure-async-operation","final-state-schema":"#/definitions/Trigger"},"x-ms-long-running-operation":true},"delete":{"operationId":"Triggers_Delete","tags":["Triggers"],"description":"Delete a trigger for the specified virtual machine image template","parameters":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ApiVersionParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/SubscriptionIdParameter"},{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/parameters/ResourceGroupNameParameter"},{"name":"imageTemplateName","in":"path","description":"The name of the image Template","required":true,"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"},{"name":"triggerName","in":"path","description":"The name of the trigger","required":true,"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"}],"responses":{"202":{"description":"Resource deletion accepted.","headers":{"Location":{"type":"string","description":"The Location header contains the URL where the status of the long running operation can be checked."},"Retry-After":{"type":"integer","format":"int32","description":"The Retry-After header can indicate how long the client should wait before polling the operation status."}}},"204":{"description":"Resource does not exist."},"default":{"description":"An unexpected error response.","schema":{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/ErrorResponse"}}},"x-ms-examples":{"Delete a trigger resource":{"$ref":"./examples/DeleteTrigger.json"}},"x-ms-long-running-operation-options":{"final-state-via":"location"},"x-ms-long-running-operation":true}}},"definitions":{"AutoRunState":{"type":"string","description":"Enabling this field will trigger an automatic build on image template creation or update.","enum":["Enabled","Disabled"],"x-ms-enum":{"name":"AutoRunState","modelAsString":false,"values":[{"name":"AutoRunEnabled","value":"Enabled","description":"Autorun is enabled"},{"name":"AutoRunDisabled","value":"Disabled","description":"Autorun is disabled"}]}},"DataDisk":{"type":"object","description":"Data disk properties.","properties":{"sizeGB":{"type":"integer","format":"int32","description":"Size of the data disk in GB.","minimum":0}}},"DistributeVersioner":{"type":"object","description":"Describes how to generate new x.y.z version number for distribution.","properties":{"scheme":{"type":"string","description":"Version numbering scheme to be used."}},"discriminator":"scheme","required":["scheme"]},"DistributeVersionerLatest":{"type":"object","description":"Generates version number that will be latest based on existing version numbers.","properties":{"major":{"type":"integer","format":"int32","description":"Major version for the generated version number. Determine what is \\"latest\\" based on versions with this value as the major version. -1 is equivalent to leaving it unset.","default":-1,"minimum":-1}},"allOf":[{"$ref":"#/definitions/DistributeVersioner"}],"x-ms-discriminator-value":"Latest"},"DistributeVersionerSource":{"type":"object","description":"Generates version number based on version number of source image","allOf":[{"$ref":"#/definitions/DistributeVersioner"}],"x-ms-discriminator-value":"Source"},"ImageTemplate":{"type":"object","description":"Image template is an ARM resource managed by Microsoft.VirtualMachineImages provider","properties":{"properties":{"$ref":"#/definitions/ImageTemplateProperties","description":"The properties of the image template","x-ms-client-flatten":true},"identity":{"$ref":"#/definitions/ImageTemplateIdentity","description":"The identity of the image template, if configured."}},"required":["identity"],"allOf":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/TrackedResource"}]},"ImageTemplateAutoRun":{"type":"object","description":"Indicates if the image template needs to be built on create/update","properties":{"state":{"$ref":"#/definitions/AutoRunState","description":"Enabling this field will trigger an automatic build on image template creation or update."}}},"ImageTemplateCustomizer":{"type":"object","description":"Describes a unit of image customization","properties":{"type":{"type":"string","description":"The type of customization tool you want to use on the Image. For example, \\"Shell\\" can be shell customizer"},"name":{"type":"string","description":"Friendly Name to provide context on what this customization step does"}},"discriminator":"type","required":["type"]},"ImageTemplateDistributor":{"type":"object","description":"Generic distribution object","properties":{"type":{"type":"string","description":"Type of distribution."},"runOutputName":{"type":"string","description":"The name to be used for the associated RunOutput.","pattern":"^[A-Za-z0-9-_.]{1,64}$"},"artifactTags":{"type":"object","description":"Tags that will be applied to the artifact once it has been created/updated by the distributor.","additionalProperties":{"type":"string"}}},"discriminator":"type","required":["type","runOutputName"]},"ImageTemplateFileCustomizer":{"type":"object","description":"Uploads files to VMs (Linux, Windows). Corresponds to Packer file provisioner","properties":{"sourceUri":{"type":"string","description":"The URI of the file to be uploaded for customizing the VM. It can be a github link, SAS URI for Azure Storage, etc"},"sha256Checksum":{"type":"string","description":"SHA256 checksum of the file provided in the sourceUri field above","default":""},"destination":{"type":"string","description":"The absolute path to a file (with nested directory structures already created) where the file (from sourceUri) will be uploaded to in the VM"}},"allOf":[{"$ref":"#/definitions/ImageTemplateCustomizer"}],"x-ms-discriminator-value":"File"},"ImageTemplateFileValidator":{"type":"object","description":"Uploads files required for validation to VMs (Linux, Windows). Corresponds to Packer file provisioner","properties":{"sourceUri":{"type":"string","description":"The URI of the file to be uploaded to the VM for validation. It can be a github link, Azure Storage URI (authorized or SAS), etc"},"sha256Checksum":{"type":"string","description":"SHA256 checksum of the file provided in the sourceUri field above","default":""},"destination":{"type":"string","description":"The absolute path to a file (with nested directory structures already created) where the file (from sourceUri) will be uploaded to in the VM"}},"allOf":[{"$ref":"#/definitions/ImageTemplateInVMValidator"}],"x-ms-discriminator-value":"File"},"ImageTemplateIdentity":{"type":"object","description":"Identity for the image template.","properties":{"type":{"$ref":"#/definitions/ResourceIdentityType","description":"The type of identity used for the image template. The type \'None\' will remove any identities from the image template."},"userAssignedIdentities":{"type":"object","description":"The set of user assigned identities associated with the resource. The userAssignedIdentities dictionary keys will be ARM resource ids in the form: \'/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{identityName}. The dictionary values can be empty objects ({}) in requests.","additionalProperties":{"$ref":"#/definitions/UserAssignedIdentity"}}}},"ImageTemplateInVMValidator":{"type":"object","description":"Describes a unit of in-VM validation of image","properties":{"type":{"type":"string","description":"The type of validation you want to use on the Image. For example, \\"Shell\\" can be shell validation"},"name":{"type":"string","description":"Friendly Name to provide context on what this validation step does"}},"discriminator":"type","required":["type"]},"ImageTemplateLastRunStatus":{"type":"object","description":"Describes the latest status of running an image template","properties":{"startTime":{"type":"string","format":"date-time","description":"Start time of the last run (UTC)"},"endTime":{"type":"string","format":"date-time","description":"End time of the last run (UTC)"},"runState":{"$ref":"#/definitions/RunState","description":"State of the last run"},"runSubState":{"$ref":"#/definitions/RunSubState","description":"Sub-state of the last run"},"message":{"type":"string","description":"Verbose information about the last run state"}}},"ImageTemplateListResult":{"type":"object","description":"The response of a ImageTemplate list operation.","properties":{"value":{"type":"array","description":"The ImageTemplate items on this page","items":{"$ref":"#/definitions/ImageTemplate"}},"nextLink":{"type":"string","format":"uri","description":"The link to the next page of items"}},"required":["value"]},"ImageTemplateManagedImageDistributor":{"type":"object","description":"Distribute as a Managed Disk Image.","properties":{"imageId":{"type":"string","description":"Resource Id of the Managed Disk Image"},"location":{"type":"string","description":"Azure location for the image, should match if image already exists"}},"required":["imageId","location"],"allOf":[{"$ref":"#/definitions/ImageTemplateDistributor"}],"x-ms-discriminator-value":"ManagedImage"},"ImageTemplateManagedImageSource":{"type":"object","description":"Describes an image source that is a managed image in customer subscription. This image must reside in the same subscription and region as the Image Builder template.","properties":{"imageId":{"type":"string","description":"ARM resource id of the managed image in customer subscription"}},"required":["imageId"],"allOf":[{"$ref":"#/definitions/ImageTemplateSource"}],"x-ms-discriminator-value":"ManagedImage"},"ImageTemplatePlatformImageSource":{"type":"object","description":"Describes an image source from [Azure Gallery Images](https://docs.microsoft.com/en-us/rest/api/compute/virtualmachineimages).","properties":{"publisher":{"type":"string","description":"Image Publisher in [Azure Gallery Images](https://docs.microsoft.com/en-us/rest/api/compute/virtualmachineimages)."},"offer":{"type":"string","description":"Image offer from the [Azure Gallery Images](https://docs.microsoft.com/en-us/rest/api/compute/virtualmachineimages)."},"sku":{"type":"string","description":"Image sku from the [Azure Gallery Images](https://docs.microsoft.com/en-us/rest/api/compute/virtualmachineimages)."},"version":{"type":"string","description":"Image version from the [Azure Gallery Images](https://docs.microsoft.com/en-us/rest/api/compute/virtualmachineimages). If \'latest\' is specified here, the version is evaluated when the image build takes place, not when the template is submitted."},"exactVersion":{"type":"string","description":"Image version from the [Azure Gallery Images](https://docs.microsoft.com/en-us/rest/api/compute/virtualmachineimages). This readonly field differs from \'version\', only if the value specified in \'version\' field is \'latest\'.","readOnly":true},"planInfo":{"$ref":"#/definitions/PlatformImagePurchasePlan","description":"Optional configuration of purchase plan for platform image."}},"allOf":[{"$ref":"#/definitions/ImageTemplateSource"}],"x-ms-discriminator-value":"PlatformImage"},"ImageTemplatePowerShellCustomizer":{"type":"object","description":"Runs the specified PowerShell on the VM (Windows). Corresponds to Packer powershell provisioner. Exactly one of \'scriptUri\' or \'inline\' can be specified.","properties":{"scriptUri":{"type":"string","description":"URI of the PowerShell script to be run for customizing. It can be a github link, SAS URI for Azure Storage, etc"},"sha256Checksum":{"type":"string","description":"SHA256 checksum of the power shell script provided in the scriptUri field above","default":""},"inline":{"type":"array","description":"Array of PowerShell commands to execute","items":{"type":"string"}},"runElevated":{"type":"boolean","description":"If specified, the PowerShell script will be run with elevated privileges","default":false},"runAsSystem":{"type":"boolean","description":"If specified, the PowerShell script will be run with elevated privileges using the Local System user. Can only be true when the runElevated field above is set to true.","default":false},"validExitCodes":{"type":"array","description":"Valid exit codes for the PowerShell script. [Default: 0]","items":{"type":"integer","format":"int32"}}},"allOf":[{"$ref":"#/definitions/ImageTemplateCustomizer"}],"x-ms-discriminator-value":"PowerShell"},"ImageTemplatePowerShellValidator":{"type":"object","description":"Runs the specified PowerShell script during the validation phase (Windows). Corresponds to Packer powershell provisioner. Exactly one of \'scriptUri\' or \'inline\' can be specified.","properties":{"scriptUri":{"type":"string","description":"URI of the PowerShell script to be run for validation. It can be a github link, Azure Storage URI, etc"},"sha256Checksum":{"type":"string","description":"SHA256 checksum of the power shell script provided in the scriptUri field above","default":""},"inline":{"type":"array","description":"Array of PowerShell commands to execute","items":{"type":"string"}},"runElevated":{"type":"boolean","description":"If specified, the PowerShell script will be run with elevated privileges","default":false},"runAsSystem":{"type":"boolean","description":"If specified, the PowerShell script will be run with elevated privileges using the Local System user. Can only be true when the runElevated field above is set to true.","default":false},"validExitCodes":{"type":"array","description":"Valid exit codes for the PowerShell script. [Default: 0]","items":{"type":"integer","format":"int32"}}},"allOf":[{"$ref":"#/definitions/ImageTemplateInVMValidator"}],"x-ms-discriminator-value":"PowerShell"},"ImageTemplateProperties":{"type":"object","description":"Describes the properties of an image template","properties":{"source":{"$ref":"#/definitions/ImageTemplateSource","description":"Specifies the properties used to describe the source image."},"customize":{"type":"array","description":"Specifies the properties used to describe the customization steps of the image, like Image source etc","items":{"$ref":"#/definitions/ImageTemplateCustomizer"},"x-ms-identifiers":[]},"optimize":{"$ref":"#/definitions/ImageTemplatePropertiesOptimize","description":"Specifies optimization to be performed on image."},"validate":{"$ref":"#/definitions/ImageTemplatePropertiesValidate","description":"Configuration options and list of validations to be performed on the resulting image."},"distribute":{"type":"array","description":"The distribution targets where the image output needs to go to.","items":{"$ref":"#/definitions/ImageTemplateDistributor"},"x-ms-identifiers":[]},"errorHandling":{"$ref":"#/definitions/ImageTemplatePropertiesErrorHandling","description":"Error handling options upon a build failure"},"provisioningState":{"$ref":"#/definitions/ProvisioningState","description":"Provisioning state of the resource","readOnly":true},"provisioningError":{"$ref":"#/definitions/ProvisioningError","description":"Provisioning error, if any","readOnly":true},"lastRunStatus":{"$ref":"#/definitions/ImageTemplateLastRunStatus","description":"State of \'run\' that is currently executing or was last executed.","readOnly":true},"buildTimeoutInMinutes":{"type":"integer","format":"int32","description":"Maximum duration to wait while building the image template (includes all customizations, optimization, validations, and distributions). Omit or specify 0 to use the default (4 hours).","default":0,"minimum":0,"maximum":960},"vmProfile":{"$ref":"#/definitions/ImageTemplateVmProfile","description":"Describes how virtual machine is set up to build images"},"additionalDataDisks":{"type":"array","description":"Optional array of additional data disks to be added to the image.","items":{"$ref":"#/definitions/DataDisk"}},"stagingResourceGroup":{"type":"string","description":"The staging resource group id in the same subscription as the image template that will be used to build the image. If this field is empty, a resource group with a random name will be created. If the resource group specified in this field doesn\'t exist, it will be created with the same name. If the resource group specified exists, it must be empty and in the same region as the image template. The resource group created will be deleted during template deletion if this field is empty or the resource group specified doesn\'t exist, but if the resource group specified exists the resources created in the resource group will be deleted during template deletion and the resource group itself will remain."},"exactStagingResourceGroup":{"type":"string","description":"The staging resource group id in the same subscription as the image template that will be used to build the image. This read-only field differs from \'stagingResourceGroup\' only if the value specified in the \'stagingResourceGroup\' field is empty.","readOnly":true},"autoRun":{"$ref":"#/definitions/ImageTemplateAutoRun","description":"Indicates whether or not to automatically run the image template build on template creation or update."},"managedResourceTags":{"type":"object","description":"Tags that will be applied to the resource group and/or resources created by the service.","additionalProperties":{"type":"string"},"x-ms-mutability":["read","update","create"]}},"required":["source","distribute"]},"ImageTemplatePropertiesErrorHandling":{"type":"object","description":"Error handling options upon a build failure","properties":{"onCustomizerError":{"$ref":"#/definitions/OnBuildError","description":"If there is a customizer error and this field is set to \'cleanup\', the build VM and associated network resources will be cleaned up. This is the default behavior. If there is a customizer error and this field is set to \'abort\', the build VM will be preserved."},"onValidationError":{"$ref":"#/definitions/OnBuildError","description":"If there is a validation error and this field is set to \'cleanup\', the build VM and associated network resources will be cleaned up. This is the default behavior. If there is a validation error and this field is set to \'abort\', the build VM will be preserved."}}},"ImageTemplatePropertiesOptimize":{"type":"object","description":"Specifies optimization to be performed on image.","properties":{"vmBoot":{"$ref":"#/definitions/ImageTemplatePropertiesOptimizeVmBoot","description":"Optimization is applied on the image for a faster VM boot."},"workload":{"$ref":"#/definitions/ImageTemplatePropertiesOptimizeWorkload","description":"Optimization is applied on the image for specific workloads."}}},"ImageTemplatePropertiesOptimizeVmBoot":{"type":"object","description":"Optimization is applied on the image for a faster VM boot.","properties":{"state":{"$ref":"#/definitions/VMBootOptimizationState","description":"Enabling this field will improve VM boot time by optimizing the final customized image output."}}},"ImageTemplatePropertiesOptimizeWorkload":{"type":"object","description":"Optimization is applied on the image for specific workloads.","properties":{"state":{"$ref":"#/definitions/WorkloadOptimizationState","description":"Enabling this field will optimize vm images for specific workloads."},"scriptUri":{"type":"string","description":"URI of the script to be run for workload optimization. It can be a github link, SAS URI for Azure Storage, etc"},"sha256Checksum":{"type":"string","description":"SHA256 checksum of the script provided in the scriptUri field","default":""}}},"ImageTemplatePropertiesValidate":{"type":"object","description":"Configuration options and list of validations to be performed on the resulting image.","properties":{"continueDistributeOnFailure":{"type":"boolean","description":"If validation fails and this field is set to false, output image(s) will not be distributed. This is the default behavior. If validation fails and this field is set to true, output image(s) will still be distributed. Please use this option with caution as it may result in bad images being distributed for use. In either case (true or false), the end to end image run will be reported as having failed in case of a validation failure. [Note: This field has no effect if validation succeeds.]","default":false},"sourceValidationOnly":{"type":"boolean","description":"If this field is set to true, the image specified in the \'source\' section will directly be validated. No separate build will be run to generate and then validate a customized image.","default":false},"inVMValidations":{"type":"array","description":"List of validations to be performed.","items":{"$ref":"#/definitions/ImageTemplateInVMValidator"},"x-ms-identifiers":[]}}},"ImageTemplateRestartCustomizer":{"type":"object","description":"Reboots a VM and waits for it to come back online (Windows). Corresponds to Packer windows-restart provisioner","properties":{"restartCommand":{"type":"string","description":"Command to execute the restart [Default: \'shutdown /r /f /t 0 /c \\"packer restart\\"\']"},"restartCheckCommand":{"type":"string","description":"Command to check if restart succeeded [Default: \'\']"},"restartTimeout":{"type":"string","description":"Restart timeout specified as a string of magnitude and unit, e.g. \'5m\' (5 minutes) or \'2h\' (2 hours) [Default: \'5m\']"}},"allOf":[{"$ref":"#/definitions/ImageTemplateCustomizer"}],"x-ms-discriminator-value":"WindowsRestart"},"ImageTemplateSharedImageDistributor":{"type":"object","description":"Distribute via Azure Compute Gallery.","properties":{"galleryImageId":{"type":"string","description":"Resource Id of the Azure Compute Gallery image"},"replicationRegions":{"type":"array","description":"[Deprecated] A list of regions that the image will be replicated to. This list can be specified only if targetRegions is not specified. This field is deprecated - use targetRegions instead.","items":{"type":"string"}},"excludeFromLatest":{"type":"boolean","description":"Flag that indicates whether created image version should be excluded from latest. Omit to use the default (false).","default":false},"storageAccountType":{"$ref":"#/definitions/SharedImageStorageAccountType","description":"[Deprecated] Storage account type to be used to store the shared image. Omit to use the default (Standard_LRS). This field can be specified only if replicationRegions is specified. This field is deprecated - use targetRegions instead."},"targetRegions":{"type":"array","description":"The target regions where the distributed Image Version is going to be replicated to. This object supersedes replicationRegions and can be specified only if replicationRegions is not specified.","items":{"$ref":"#/definitions/TargetRegion"},"x-ms-identifiers":[]},"versioning":{"$ref":"#/definitions/DistributeVersioner","description":"Describes how to generate new x.y.z version number for distribution."},"replicationMode":{"$ref":"#/definitions/ReplicationMode","description":"Describes replication mode for distribution in Azure Compute Gallery. Omit to use the default (Full)."}},"required":["galleryImageId"],"allOf":[{"$ref":"#/definitions/ImageTemplateDistributor"}],"x-ms-discriminator-value":"SharedImage"},"ImageTemplateSharedImageVersionSource":{"type":"object","description":"Describes an image source that is an image version in an Azure Compute Gallery or a Direct Shared Gallery.","properties":{"imageVersionId":{"type":"string","description":"ARM resource id of the image version. When image version name is \'latest\', the version is evaluated when the image build takes place."},"exactVersion":{"type":"string","description":"Exact ARM resource id of the image version. This readonly field differs from the image version Id in \'imageVersionId\' only if the version name specified in \'imageVersionId\' field is \'latest\'.","readOnly":true}},"required":["imageVersionId"],"allOf":[{"$ref":"#/definitions/ImageTemplateSource"}],"x-ms-discriminator-value":"SharedImageVersion"},"ImageTemplateShellCustomizer":{"type":"object","description":"Runs a shell script during the customization phase (Linux). Corresponds to Packer shell provisioner. Exactly one of \'scriptUri\' or \'inline\' can be specified.","properties":{"scriptUri":{"type":"string","description":"URI of the shell script to be run for customizing. It can be a github link, SAS URI for Azure Storage, etc"},"sha256Checksum":{"type":"string","description":"SHA256 checksum of the shell script provided in the scriptUri field","default":""},"inline":{"type":"array","description":"Array of shell commands to execute","items":{"type":"string"}}},"allOf":[{"$ref":"#/definitions/ImageTemplateCustomizer"}],"x-ms-discriminator-value":"Shell"},"ImageTemplateShellValidator":{"type":"object","description":"Runs the specified shell script during the validation phase (Linux). Corresponds to Packer shell provisioner. Exactly one of \'scriptUri\' or \'inline\' can be specified.","properties":{"scriptUri":{"type":"string","description":"URI of the shell script to be run for validation. It can be a github link, Azure Storage URI, etc"},"sha256Checksum":{"type":"string","description":"SHA256 checksum of the shell script provided in the scriptUri field","default":""},"inline":{"type":"array","description":"Array of shell commands to execute","items":{"type":"string"}}},"allOf":[{"$ref":"#/definitions/ImageTemplateInVMValidator"}],"x-ms-discriminator-value":"Shell"},"ImageTemplateSource":{"type":"object","description":"Describes a virtual machine image source for building, customizing and distributing","properties":{"type":{"type":"string","description":"Specifies the type of source image you want to start with."}},"discriminator":"type","required":["type"]},"ImageTemplateUpdateParameters":{"type":"object","description":"Parameters for updating an image template.","properties":{"identity":{"$ref":"#/definitions/ImageTemplateIdentity","description":"The identity of the image template, if configured."},"tags":{"type":"object","description":"The user-specified tags associated with the image template.","additionalProperties":{"type":"string"}},"properties":{"$ref":"#/definitions/ImageTemplateUpdateParametersProperties","description":"Parameters for updating an image template."}}},"ImageTemplateUpdateParametersProperties":{"type":"object","description":"Parameters for updating an image template.","properties":{"distribute":{"type":"array","description":"The distribution targets where the image output needs to go to.","items":{"$ref":"#/definitions/ImageTemplateDistributor"},"x-ms-identifiers":[]},"vmProfile":{"$ref":"#/definitions/ImageTemplateVmProfile","description":"Describes how virtual machine is set up to build images"}}},"ImageTemplateVhdDistributor":{"type":"object","description":"Distribute via VHD in a storage account.","properties":{"uri":{"type":"string","description":"Optional Azure Storage URI for the distributed VHD blob. Omit to use the default (empty string) in which case VHD would be published to the storage account in the staging resource group."}},"allOf":[{"$ref":"#/definitions/ImageTemplateDistributor"}],"x-ms-discriminator-value":"VHD"},"ImageTemplateVmProfile":{"type":"object","description":"Describes the virtual machines used to build and validate images","properties":{"vmSize":{"type":"string","description":"Size of the virtual machine used to build, customize and capture images. Omit or specify empty string to use the default (Standard_D1_v2 for Gen1 images and Standard_D2ds_v4 for Gen2 images).","default":""},"osDiskSizeGB":{"type":"integer","format":"int32","description":"Size of the OS disk in GB. Omit or specify 0 to use Azure\'s default OS disk size.","default":0,"minimum":0},"userAssignedIdentities":{"type":"array","description":"Optional array of resource IDs of user assigned managed identities to be configured on the build VM and validation VM. This may include the identity of the image template.","items":{"type":"string"}},"vnetConfig":{"$ref":"#/definitions/VirtualNetworkConfig","description":"Optional configuration of the virtual network to use to deploy the build VM and validation VM in. Omit if no specific virtual network needs to be used."}}},"ImageTemplateWindowsUpdateCustomizer":{"type":"object","description":"Installs Windows Updates. Corresponds to Packer Windows Update Provisioner (https://github.com/rgl/packer-provisioner-windows-update)","properties":{"searchCriteria":{"type":"string","description":"Criteria to search updates. Omit or specify empty string to use the default (search all). Refer to above link for examples and detailed description of this field."},"filters":{"type":"array","description":"Array of filters to select updates to apply. Omit or specify empty array to use the default (no filter). Refer to above link for examples and detailed description of this field.","items":{"type":"string"}},"updateLimit":{"type":"integer","format":"int32","description":"Maximum number of updates to apply at a time. Omit or specify 0 to use the default (1000)","default":0,"minimum":0}},"allOf":[{"$ref":"#/definitions/ImageTemplateCustomizer"}],"x-ms-discriminator-value":"WindowsUpdate"},"OnBuildError":{"type":"string","description":"Error handling behavior upon build failure","enum":["cleanup","abort"],"x-ms-enum":{"name":"OnBuildError","modelAsString":true,"values":[{"name":"cleanup","value":"cleanup","description":"cleanup"},{"name":"abort","value":"abort","description":"abort"}]}},"Operation":{"type":"object","description":"A REST API operation","properties":{"name":{"type":"string","description":"This is of the format {provider}/{resource}/{operation}"},"display":{"$ref":"#/definitions/OperationDisplay","description":"The object that describes the operation."},"origin":{"type":"string","description":"The intended executor of the operation."},"properties":{"description":"Properties of the operation."},"isDataAction":{"type":"boolean","description":"The flag that indicates whether the operation applies to data plane."}}},"OperationDisplay":{"type":"object","description":"The object that describes the operation.","properties":{"provider":{"type":"string","description":"Friendly name of the resource provider."},"operation":{"type":"string","description":"For example: read, write, delete, or listKeys/action"},"resource":{"type":"string","description":"The resource type on which the operation is performed."},"description":{"type":"string","description":"The friendly name of the operation"}}},"OperationListResult":{"type":"object","description":"Result of the request to list REST API operations. It contains a list of operations and a URL nextLink to get the next set of results.","properties":{"value":{"type":"array","description":"The list of operations supported by the resource provider.","items":{"$ref":"#/definitions/Operation"},"x-ms-identifiers":[]},"nextLink":{"type":"string","description":"The URL to get the next set of operation list results if there are any."}},"required":["value"]},"PlatformImagePurchasePlan":{"type":"object","description":"Purchase plan configuration for platform image.","properties":{"planName":{"type":"string","description":"Name of the purchase plan."},"planProduct":{"type":"string","description":"Product of the purchase plan."},"planPublisher":{"type":"string","description":"Publisher of the purchase plan."}},"required":["planName","planProduct","planPublisher"]},"ProvisioningError":{"type":"object","description":"Describes the error happened when create or update an image template","properties":{"provisioningErrorCode":{"$ref":"#/definitions/ProvisioningErrorCode","description":"Error code of the provisioning failure"},"message":{"type":"string","description":"Verbose error message about the provisioning failure"}}},"ProvisioningErrorCode":{"type":"string","description":"Error code of the provisioning failure","enum":["BadSourceType","BadPIRSource","BadManagedImageSource","BadSharedImageVersionSource","BadCustomizerType","UnsupportedCustomizerType","NoCustomizerScript","BadValidatorType","UnsupportedValidatorType","NoValidatorScript","BadDistributeType","BadSharedImageDistribute","BadStagingResourceGroup","ServerError","Other"],"x-ms-enum":{"name":"ProvisioningErrorCode","modelAsString":true,"values":[{"name":"BadSourceType","value":"BadSourceType","description":"BadSourceType"},{"name":"BadPIRSource","value":"BadPIRSource","description":"BadPIRSource"},{"name":"BadManagedImageSource","value":"BadManagedImageSource","description":"BadManagedImageSource"},{"name":"BadSharedImageVersionSource","value":"BadSharedImageVersionSource","description":"BadSharedImageVersionSource"},{"name":"BadCustomizerType","value":"BadCustomizerType","description":"BadCustomizerType"},{"name":"UnsupportedCustomizerType","value":"UnsupportedCustomizerType","description":"UnsupportedCustomizerType"},{"name":"NoCustomizerScript","value":"NoCustomizerScript","description":"NoCustomizerScript"},{"name":"BadValidatorType","value":"BadValidatorType","description":"BadValidatorType"},{"name":"UnsupportedValidatorType","value":"UnsupportedValidatorType","description":"UnsupportedValidatorType"},{"name":"NoValidatorScript","value":"NoValidatorScript","description":"NoValidatorScript"},{"name":"BadDistributeType","value":"BadDistributeType","description":"BadDistributeType"},{"name":"BadSharedImageDistribute","value":"BadSharedImageDistribute","description":"BadSharedImageDistribute"},{"name":"BadStagingResourceGroup","value":"BadStagingResourceGroup","description":"BadStagingResourceGroup"},{"name":"ServerError","value":"ServerError","description":"ServerError"},{"name":"Other","value":"Other","description":"Other"}]}},"ProvisioningState":{"type":"string","description":"Provisioning state of the resource","enum":["Creating","Updating","Succeeded","Failed","Deleting","Canceled"],"x-ms-enum":{"name":"ProvisioningState","modelAsString":false,"values":[{"name":"Creating","value":"Creating","description":"Creating"},{"name":"Updating","value":"Updating","description":"Updating"},{"name":"Succeeded","value":"Succeeded","description":"Succeeded"},{"name":"Failed","value":"Failed","description":"Failed"},{"name":"Deleting","value":"Deleting","description":"Deleting"},{"name":"Canceled","value":"Canceled","description":"Canceled"}]}},"ReplicationMode":{"type":"string","description":"Describes replication mode for distribution in Azure Compute Gallery. Omit to use the default (Full).","enum":["Full","Shallow"],"x-ms-enum":{"name":"ReplicationMode","modelAsString":true,"values":[{"name":"Full","value":"Full","description":"Full replication mode"},{"name":"Shallow","value":"Shallow","description":"Shallow replication mode"}]}},"ResourceIdentityType":{"type":"string","description":"The type of identity used for the image template. The type \'None\' will remove any identities from the image template.","enum":["UserAssigned","None"],"x-ms-enum":{"name":"ResourceIdentityType","modelAsString":false,"values":[{"name":"UserAssigned","value":"UserAssigned","description":"UserAssigned"},{"name":"None","value":"None","description":"None"}]}},"RunOutput":{"type":"object","description":"Represents an output that was created by running an image template.","properties":{"properties":{"$ref":"#/definitions/RunOutputProperties","description":"The properties of the run output","x-ms-client-flatten":true}},"allOf":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/ProxyResource"}]},"RunOutputCollection":{"type":"object","description":"The result of List run outputs operation","properties":{"value":{"type":"array","description":"The RunOutput items on this page","items":{"$ref":"#/definitions/RunOutput"}},"nextLink":{"type":"string","format":"uri","description":"The link to the next page of items"}},"required":["value"]},"RunOutputProperties":{"type":"object","description":"Describes the properties of a run output","properties":{"artifactId":{"type":"string","description":"The resource id of the artifact."},"artifactUri":{"type":"string","description":"The location URI of the artifact."},"provisioningState":{"$ref":"#/definitions/ProvisioningState","description":"Provisioning state of the resource","readOnly":true}}},"RunState":{"type":"string","description":"State of the last run","enum":["Running","Canceling","Succeeded","PartiallySucceeded","Failed","Canceled"],"x-ms-enum":{"name":"RunState","modelAsString":false,"values":[{"name":"Running","value":"Running","description":"Running"},{"name":"Canceling","value":"Canceling","description":"Canceling"},{"name":"Succeeded","value":"Succeeded","description":"Succeeded"},{"name":"PartiallySucceeded","value":"PartiallySucceeded","description":"PartiallySucceeded"},{"name":"Failed","value":"Failed","description":"Failed"},{"name":"Canceled","value":"Canceled","description":"Canceled"}]}},"RunSubState":{"type":"string","description":"Sub-state of the last run","enum":["Queued","Building","Customizing","Optimizing","Validating","Distributing"],"x-ms-enum":{"name":"RunSubState","modelAsString":false,"values":[{"name":"Queued","value":"Queued","description":"Queued"},{"name":"Building","value":"Building","description":"Building"},{"name":"Customizing","value":"Customizing","description":"Customizing"},{"name":"Optimizing","value":"Optimizing","description":"Optimizing"},{"name":"Validating","value":"Validating","description":"Validating"},{"name":"Distributing","value":"Distributing","description":"Distributing"}]}},"SharedImageStorageAccountType":{"type":"string","description":"Specifies the storage account type to be used to store the Azure Compute Gallery image version in.","enum":["Standard_LRS","Standard_ZRS","Premium_LRS"],"x-ms-enum":{"name":"SharedImageStorageAccountType","modelAsString":true,"values":[{"name":"Standard_LRS","value":"Standard_LRS","description":"Standard_LRS"},{"name":"Standard_ZRS","value":"Standard_ZRS","description":"Standard_ZRS"},{"name":"Premium_LRS","value":"Premium_LRS","description":"Premium_LRS"}]}},"SourceImageTriggerProperties":{"type":"object","description":"Properties of SourceImage kind of trigger","allOf":[{"$ref":"#/definitions/TriggerProperties"}],"x-ms-discriminator-value":"SourceImage"},"TargetRegion":{"type":"object","description":"Describes the target region information.","properties":{"name":{"type":"string","description":"The name of the region."},"replicaCount":{"type":"integer","format":"int32","description":"The number of replicas of the Image Version to be created in this region. Omit to use the default (1).","default":1,"minimum":1},"storageAccountType":{"$ref":"#/definitions/SharedImageStorageAccountType","description":"Specifies the storage account type to be used to store the image in this region. Omit to use the default (Standard_LRS)."}},"required":["name"]},"Trigger":{"type":"object","description":"Represents a trigger that can invoke an image template build.","properties":{"properties":{"$ref":"#/definitions/TriggerProperties","description":"The properties of a trigger"}},"allOf":[{"$ref":"../../../../../../common-types/resource-management/v3/types.json#/definitions/ProxyResource"}]},"TriggerCollection":{"type":"object","description":"The result of List triggers operation","properties":{"value":{"type":"array","description":"The Trigger items on this page","items":{"$ref":"#/definitions/Trigger"}},"nextLink":{"type":"string","format":"uri","description":"The link to the next page of items"}},"required":["value"]},"TriggerProperties":{"type":"object","description":"Describes the properties of a trigger","properties":{"kind":{"type":"string","description":"The kind of trigger.","x-ms-mutability":["read","create"]},"status":{"$ref":"#/definitions/TriggerStatus","description":"Trigger status","readOnly":true},"provisioningState":{"$ref":"#/definitions/ProvisioningState","description":"Provisioning state of the resource","readOnly":true}},"discriminator":"kind","required":["kind"]},"TriggerStatus":{"type":"object","description":"Describes the status of a trigger","properties":{"code":{"type":"string","description":"The status code.","readOnly":true},"message":{"type":"string","description":"The detailed status message, including for alerts and error messages.","readOnly":true},"time":{"type":"string","format":"date-time","description":"The time of the status.","readOnly":true}}},"UserAssignedIdentity":{"type":"object","description":"User assigned identity properties","properties":{"principalId":{"type":"string","description":"The principal ID of the assigned identity.","readOnly":true},"clientId":{"type":"string","description":"The client ID of the assigned identity.","readOnly":true}}},"VMBootOptimizationState":{"type":"string","description":"Enabling this field will improve VM boot time by optimizing the final customized image output.","enum":["Enabled","Disabled"],"x-ms-enum":{"name":"VMBootOptimizationState","modelAsString":false,"values":[{"name":"Enabled","value":"Enabled","description":"Enabled"},{"name":"Disabled","value":"Disabled","description":"Disabled"}]}},"VirtualNetworkConfig":{"type":"object","description":"Virtual Network configuration.","properties":{"subnetId":{"type":"string","description":"Resource id of a pre-existing subnet on which the build VM and validation VM will be deployed"},"containerInstanceSubnetId":{"type":"string","description":"Resource id of a pre-existing subnet on which Azure Container Instance will be deployed for Isolated Builds. This field may be specified only if `subnetId` is also specified and must be on the same Virtual Network as the subnet specified in `subnetId`."},"proxyVmSize":{"type":"string","description":"Size of the proxy virtual machine used to pass traffic to the build VM and validation VM. This must not be specified if `containerInstanceSubnetId` is specified because no proxy virtual machine is deployed in that case. Omit or specify empty string to use the default (Standard_A1_v2).","default":""}}},"WorkloadOptimizationState":{"type":"string","description":"Enabling this field will optimize vm images for specific workloads.","enum":["Enabled","Disabled"],"x-ms-enum":{"name":"WorkloadOptimizationState","modelAsString":false,"values":[{"name":"Enabled","value":"Enabled","description":"Workload optimization is enabled"},{"name":"Disabled","value":"Disabled","description":"Workload optimization is disabled"}]}}},"parameters":{}}');
;// CONCATENATED MODULE: ./src/template-file/swagger-model.ts
// The 2025-10-01 swagger models, read once from the bundled copy of imagebuilder.json.
// Known property names, discriminator values and enums all come from here, not from hand lists.

const swagger_model_document = imagebuilder_2025_10_01_namespaceObject;
const DEFINITIONS = swagger_model_document.definitions;
/** The API version the bundled swagger describes (2025-10-01). */
const SCHEMA_API_VERSION = swagger_model_document.info.version;
/** `#/definitions/X` → `X`. */
function refName(ref) {
    return ref.slice(ref.lastIndexOf('/') + 1);
}
function definition(name) {
    const found = DEFINITIONS[name];
    if (!found)
        throw new Error(`swagger has no definition ${name}`);
    return found;
}
/** The schema itself, or the definition it points at. */
function deref(schema) {
    return schema.$ref ? definition(refName(schema.$ref)) : schema;
}
/** Local parents of a definition (allOf `$ref`s into this file). */
function parentsOf(name) {
    return (definition(name).allOf ?? [])
        .map((s) => s.$ref ?? '')
        .filter((ref) => ref.startsWith('#/definitions/'))
        .map(refName);
}
/** Own and inherited properties of a definition. */
function propertiesOf(name) {
    const inherited = parentsOf(name).map(propertiesOf);
    return Object.assign({}, ...inherited, definition(name).properties);
}
/** Own and inherited required property names. */
function requiredOf(name) {
    return [
        ...new Set([...parentsOf(name).flatMap(requiredOf), ...(definition(name).required ?? [])]),
    ];
}
/** The discriminator property of a definition or one of its ancestors. */
function discriminatorOf(name) {
    return definition(name).discriminator ?? parentsOf(name).map(discriminatorOf).find(Boolean);
}
/** Discriminator value → definition name, for the direct subtypes of a base definition. */
function subtypesOf(base) {
    const subtypes = new Map();
    for (const [name, schema] of Object.entries(DEFINITIONS)) {
        const value = schema['x-ms-discriminator-value'];
        if (value !== undefined && parentsOf(name).includes(base))
            subtypes.set(value, name);
    }
    return subtypes;
}
/** Member name → integer/boolean, for every property any definition declares with that type. */
function typeOfKey(key) {
    scalarKeys ??= collectScalarKeys();
    return scalarKeys.get(key.toLowerCase());
}
let scalarKeys;
function collectScalarKeys() {
    const keys = new Map();
    for (const schema of Object.values(DEFINITIONS)) {
        for (const [key, property] of Object.entries(schema.properties ?? {})) {
            if (property.type === 'integer' || property.type === 'boolean') {
                keys.set(key.toLowerCase(), property.type);
            }
        }
    }
    return keys;
}


/***/ }),

/***/ 1963:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ IMAGE_TEMPLATE_TYPE),
/* harmony export */   z: () => (/* binding */ findImageTemplate)
/* harmony export */ });
/* harmony import */ var _value_resolver_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2240);
/* harmony import */ var _model_template_problem_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3805);


const IMAGE_TEMPLATE_TYPE = 'Microsoft.VirtualMachineImages/imageTemplates';
/** What Microsoft's `az resource create` quickstarts write: the CLI takes the type from its flag. */
const PROVIDER_ONLY_TYPE = 'Microsoft.VirtualMachineImages';
const PROPERTY_MARKERS = ['source', 'distribute', 'customize'];
/** Detects the kind from content; for deployments, picks the one imageTemplates resource. */
function findImageTemplate(document, options) {
    if (!(0,_model_template_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(document))
        return failure('', 'the template file must hold a JSON object');
    if (isDeployment(document))
        return findInDeployment(document, options);
    const resource = asResource(document);
    if (resource)
        return resource;
    if (PROPERTY_MARKERS.some((k) => (0,_model_template_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .findKey */ .Tj)(document, k) !== undefined)) {
        return { found: { kind: 'properties', value: document, path: [] } };
    }
    return failure('', `cannot tell what this file is: expected a ${IMAGE_TEMPLATE_TYPE} resource (type, properties), ` +
        'an ARM deployment template ($schema, resources) or a properties object (source, customize, distribute)');
}
/** A bare resource (with a `type` or `properties`), a wrong type, or undefined. */
function asResource(document) {
    const type = document[(0,_model_template_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .findKey */ .Tj)(document, 'type') ?? 'type'];
    const written = typeof type === 'string' ? type.toLowerCase() : undefined;
    if (written === PROVIDER_ONLY_TYPE.toLowerCase()) {
        const note = `type '${String(type)}' read as ${IMAGE_TEMPLATE_TYPE} (az resource create takes the type from --resource-type)`;
        return { found: { kind: 'resource', value: document, path: [], notes: [note] } };
    }
    if (written !== undefined && written !== IMAGE_TEMPLATE_TYPE.toLowerCase()) {
        return failure('type', `'${String(type)}' is not a ${IMAGE_TEMPLATE_TYPE} resource`);
    }
    if (type !== undefined || (0,_model_template_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(document[(0,_model_template_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .findKey */ .Tj)(document, 'properties') ?? 'properties'])) {
        return { found: { kind: 'resource', value: document, path: [] } };
    }
    return undefined;
}
function isDeployment(document) {
    const schema = document.$schema;
    return ((typeof schema === 'string' && /deploymentTemplate/i.test(schema)) ||
        Array.isArray(document.resources));
}
const failure = (path, message) => ({ problems: [{ path, message }] });
function findInDeployment(document, options) {
    const { pick } = options;
    const declarations = {
        parameters: (0,_model_template_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(document.parameters) ? document.parameters : {},
        variables: (0,_model_template_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(document.variables) ? document.variables : {},
    };
    const resources = Array.isArray(document.resources) ? document.resources : [];
    const candidates = resources
        .map((value, index) => ({ value, index }))
        .filter((r) => (0,_model_template_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(r.value) &&
        String(r.value.type).toLowerCase() === IMAGE_TEMPLATE_TYPE.toLowerCase());
    const found = (c) => ({
        found: { kind: 'deployment', value: c.value, path: ['resources', c.index], declarations },
    });
    const [first] = candidates;
    if (!first)
        return failure('resources', `no ${IMAGE_TEMPLATE_TYPE} resource in this deployment template`);
    if (candidates.length === 1)
        return found(first);
    const named = candidates.map((c) => ({
        ...c,
        name: resourceName(c.value, c.index, declarations, options),
    }));
    const picked = named.filter((c) => pick !== undefined && c.name.toLowerCase() === pick.toLowerCase());
    if (picked.length === 1 && picked[0])
        return found(picked[0]);
    const list = named.map((c) => `'${c.name}' (${(0,_model_template_problem_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPath */ .jV)(['resources', c.index])})`).join(', ');
    return failure('resources', `${candidates.length} ${IMAGE_TEMPLATE_TYPE} resources: ${list}; ` +
        (pick === undefined
            ? 'choose one by its name (input `image-template-name`)'
            : `none is named '${pick}'`));
}
/** The resource's name, resolved when possible (it is often `[parameters('imageTemplateName')]`). */
function resourceName(resource, index, declarations, options) {
    const { vars, deployment } = options;
    const resolver = new _value_resolver_js__WEBPACK_IMPORTED_MODULE_0__/* .ValueResolver */ .s({ vars, declarations, ...(deployment ? { deployment } : {}) });
    const name = resolver.resolve(resource.name, ['resources', index, 'name']);
    return typeof name === 'string' ? name : String(resource.name);
}


/***/ }),

/***/ 4804:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Hl: () => (/* reexport */ template_problem/* TemplateFileError */.Hl),
  Ph: () => (/* binding */ loadTemplateFile),
  dC: () => (/* reexport */ validateTemplate)
});

// EXTERNAL MODULE: ./src/template-file/file-text.ts
var file_text = __nccwpck_require__(3145);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(9547);
// EXTERNAL MODULE: ./src/model/template-problem.ts
var template_problem = __nccwpck_require__(3805);
;// CONCATENATED MODULE: ./src/template-file/jsonc.ts
// JSON with comments and trailing commas (as people write templates), with a position for every path.


/**
 * Parses JSONC; syntax errors and duplicate keys become problems with line and column, by
 * `toPosition` when the text is not the file itself (placeholders filled in it).
 */
function parseJsonc(text, toPosition = positionsIn(text)) {
    const errors = [];
    const root = (0,main.parseTree)(text, errors, { allowTrailingComma: true, disallowComments: false });
    const problems = errors.map((e) => syntaxProblem(text, e, toPosition));
    const positions = new Map();
    const value = root && problems.length === 0
        ? buildValue(root, [], { positions, problems, toPosition })
        : undefined;
    return { value, problems, locate: (path) => locateIn(positions, path) };
}
function buildValue(node, path, ctx) {
    if (node.type === 'array') {
        return (node.children ?? []).map((child, i) => {
            ctx.positions.set(pathKey([...path, i]), ctx.toPosition(child.offset));
            return buildValue(child, [...path, i], ctx);
        });
    }
    if (node.type === 'object')
        return buildObject(node, path, ctx);
    return node.value;
}
function buildObject(node, path, ctx) {
    const result = {};
    for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || !valueNode)
            continue;
        const key = String(keyNode.value);
        const position = ctx.toPosition(keyNode.offset);
        if (Object.hasOwn(result, key)) {
            // JSON.parse would silently keep the last one; a copied doc snippet often has two `customize`.
            ctx.problems.push({ path: (0,template_problem/* formatPath */.jV)([...path, key]), message: 'duplicate key', ...position });
            continue;
        }
        ctx.positions.set(pathKey([...path, key]), position);
        (0,template_problem/* setKey */.qL)(result, key, buildValue(valueNode, [...path, key], ctx));
    }
    return result;
}
const pathKey = (path) => (0,template_problem/* formatPath */.jV)(path).toLowerCase();
function locateIn(positions, path) {
    // Migrated or renamed members have no position of their own: fall back to the parent's.
    let key = path.toLowerCase();
    for (;;) {
        const found = positions.get(key);
        if (found || key === '')
            return found;
        const cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
        key = cut <= 0 ? '' : key.slice(0, cut);
    }
}
/** Offset in `source` → line and column. */
function positionsIn(source) {
    const lines = lineStarts(source);
    return (offset) => positionOf(lines, offset);
}
function syntaxProblem(text, error, toPosition) {
    const code = (0,main.printParseErrorCode)(error.error);
    if (code === 'InvalidCharacter') {
        // A raw control character in a string (JSON wants it escaped): point at the character itself.
        const token = text.slice(error.offset, error.offset + Math.max(error.length, 1));
        let at = 0;
        while (at < token.length && token.charCodeAt(at) >= 0x20)
            at++;
        if (at < token.length) {
            const char = token.charCodeAt(at);
            return {
                path: '',
                message: `syntax error: ${controlCharacterText(char)}`,
                ...toPosition(error.offset + at),
            };
        }
    }
    return {
        path: '',
        message: `syntax error: ${describeParseError(code)}`,
        ...toPosition(error.offset),
    };
}
const CONTROL_ESCAPES = { 9: '\\t', 10: '\\n', 13: '\\r' };
function controlCharacterText(char) {
    const hex = `U+${char.toString(16).toUpperCase().padStart(4, '0')}`;
    const escape = CONTROL_ESCAPES[char] ?? `\\u${hex.slice(2)}`;
    return `a raw control character (${hex}) inside a string: write it as ${escape}`;
}
function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            starts.push(i + 1);
    return starts;
}
function positionOf(starts, offset) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}
const PARSE_ERROR_TEXT = {
    CommaExpected: 'expected a comma',
    ColonExpected: 'expected a colon',
    PropertyNameExpected: 'expected a property name in double quotes',
    ValueExpected: 'expected a value',
    CloseBraceExpected: "expected '}'",
    CloseBracketExpected: "expected ']'",
    EndOfFileExpected: 'unexpected content after the end of the document',
    UnexpectedEndOfString: 'unterminated string',
    InvalidSymbol: 'invalid symbol',
    InvalidEscapeCharacter: 'invalid escape sequence in a string',
    InvalidUnicode: 'invalid \\u escape in a string',
    InvalidNumberFormat: 'invalid number',
    UnexpectedEndOfComment: 'unterminated /* comment',
    UnexpectedEndOfNumber: 'unterminated number',
    InvalidCommentToken: 'invalid comment',
};
function describeParseError(code) {
    return PARSE_ERROR_TEXT[code] ?? code;
}

// EXTERNAL MODULE: ./src/model/resource-ids.ts
var resource_ids = __nccwpck_require__(7094);
;// CONCATENATED MODULE: ./src/template-file/migrate.ts
// Older API shapes (2019-05-01-preview .. 2024-02-01) rewritten to 2025-10-01 where the mapping is
// unambiguous. Runs before property-names.ts, so keys are looked up ignoring case.


/** Returns a migrated copy of the wire-shape `properties`; problems and notes go to `ctx`. */
function migrateProperties(properties, ctx) {
    const result = { ...properties };
    rejectIsoSource(result, ctx);
    migrateVnetConfig(result, ctx);
    const distributeKey = (0,template_problem/* findKey */.Tj)(result, 'distribute');
    const distribute = distributeKey === undefined ? undefined : result[distributeKey];
    if (distributeKey !== undefined && Array.isArray(distribute)) {
        const path = [...ctx.path, distributeKey];
        (0,template_problem/* setKey */.qL)(result, distributeKey, distribute.map((d, i) => migrateReplicationRegions(d, [...path, i], ctx)));
    }
    return result;
}
function member(target, name) {
    const key = (0,template_problem/* findKey */.Tj)(target, name);
    return key === undefined ? undefined : target[key];
}
function rejectIsoSource(properties, ctx) {
    const key = (0,template_problem/* findKey */.Tj)(properties, 'source');
    const source = key === undefined ? undefined : properties[key];
    if (key === undefined || !(0,template_problem/* isRecord */.u4)(source) || !isIso(member(source, 'type')))
        return;
    // Reported once here; removing it spares the user a second "unknown type" for the same line.
    delete properties[key];
    ctx.problems.push({
        path: (0,template_problem/* formatPath */.jV)([...ctx.path, 'source', 'type']),
        message: 'the ISO source was removed from Azure VM Image Builder: start from a PlatformImage ' +
            '(e.g. RedHat RHEL), a managed image or a gallery image version instead',
    });
}
const isIso = (type) => typeof type === 'string' && type.toLowerCase() === 'iso';
const OLD_VNET_KEYS = ['name', 'subnetName', 'resourceGroupName'];
/** 2019/2020 `vnetConfig {name, subnetName, resourceGroupName}` → `subnetId`. */
function migrateVnetConfig(properties, ctx) {
    const profileKey = (0,template_problem/* findKey */.Tj)(properties, 'vmProfile');
    const profile = profileKey === undefined ? undefined : properties[profileKey];
    if (profileKey === undefined || !(0,template_problem/* isRecord */.u4)(profile))
        return;
    const vnetKey = (0,template_problem/* findKey */.Tj)(profile, 'vnetConfig');
    const vnet = vnetKey === undefined ? undefined : profile[vnetKey];
    if (vnetKey === undefined || !(0,template_problem/* isRecord */.u4)(vnet))
        return;
    const oldKeys = OLD_VNET_KEYS.map((k) => (0,template_problem/* findKey */.Tj)(vnet, k));
    if (oldKeys.every((k) => k === undefined))
        return;
    const path = (0,template_problem/* formatPath */.jV)([...ctx.path, profileKey, vnetKey]);
    const subnetId = oldSubnetId(vnet, path, ctx);
    // On failure the old members go too: the problem is reported once, not again as unknown names.
    const rest = Object.fromEntries(Object.entries(vnet).filter(([k]) => !oldKeys.includes(k)));
    const migrated = subnetId === undefined ? rest : { subnetId, ...rest };
    (0,template_problem/* setKey */.qL)(properties, profileKey, { ...profile, [vnetKey]: migrated });
    if (subnetId !== undefined) {
        ctx.notes.push(`${path}: name/subnetName/resourceGroupName → subnetId ${subnetId}`);
    }
}
function oldSubnetId(vnet, path, ctx) {
    const [name, subnet, group] = OLD_VNET_KEYS.map((k) => member(vnet, k));
    const problem = (message) => {
        ctx.problems.push({ path, message });
        return undefined;
    };
    if (member(vnet, 'subnetId') !== undefined) {
        return problem('has both subnetId and the old name/subnetName/resourceGroupName: keep subnetId');
    }
    if (typeof name !== 'string' || typeof subnet !== 'string' || typeof group !== 'string') {
        return problem('the old vnetConfig needs name, subnetName and resourceGroupName (or write subnetId)');
    }
    if (ctx.subscriptionId === undefined) {
        return problem('cannot turn the old vnetConfig into subnetId without a subscription: add subscriptionID to template-vars or write subnetId');
    }
    return (0,resource_ids/* resourceId */.a)(ctx.subscriptionId, group, 'Microsoft.Network', `virtualNetworks/${name}/subnets/${subnet}`);
}
/** SharedImage `replicationRegions` (+ `storageAccountType`) → `targetRegions`. */
function migrateReplicationRegions(target, path, ctx) {
    if (!(0,template_problem/* isRecord */.u4)(target) || String(member(target, 'type')).toLowerCase() !== 'sharedimage') {
        return target;
    }
    const regionsKey = (0,template_problem/* findKey */.Tj)(target, 'replicationRegions');
    const regions = regionsKey === undefined ? undefined : target[regionsKey];
    if (regionsKey === undefined || !Array.isArray(regions))
        return target;
    if ((0,template_problem/* findKey */.Tj)(target, 'targetRegions') !== undefined) {
        ctx.problems.push({
            path: (0,template_problem/* formatPath */.jV)([...path, regionsKey]),
            message: 'replicationRegions cannot be combined with targetRegions: keep targetRegions',
        });
        return target;
    }
    const storageKey = (0,template_problem/* findKey */.Tj)(target, 'storageAccountType');
    const storage = storageKey === undefined ? undefined : target[storageKey];
    const targetRegions = regions.map((name) => storage === undefined ? { name } : { name, storageAccountType: storage });
    const rest = Object.entries(target).filter(([k]) => k !== regionsKey && k !== storageKey);
    ctx.notes.push(`${(0,template_problem/* formatPath */.jV)([...path, regionsKey])} → targetRegions`);
    return { ...Object.fromEntries(rest), targetRegions };
}

// EXTERNAL MODULE: ./src/template-file/placeholders.ts
var placeholders = __nccwpck_require__(9049);
;// CONCATENATED MODULE: ./src/template-file/unquoted-placeholders.ts
// Placeholders outside quotes: files rendered by Terraform's templatefile() (and the quickstart
// docs' `"buildTimeoutInMinutes": <minutes>`) are JSON only once filled, e.g.
// `"replicationRegions": ${replication_regions}`. Such a placeholder is replaced in the text by its
// template-var, which must then be a JSON value; everything inside strings is left to the value
// resolver (which inserts values as strings). Offsets of the filled text map back to the file, so
// positions stay those of the file.


/** Fills placeholders that stand outside strings; returns the text unchanged when there are none. */
function fillUnquotedPlaceholders(source, vars) {
    const spans = [];
    const out = { text: '', toSource: (o) => o, problems: [], notes: [] };
    let text = '';
    let copied = 0;
    (0,file_text/* scanOutsideStrings */.Ts)(source, (i, ch) => {
        if (ch === '%' && source[i + 1] === '{')
            out.problems.push(directiveProblem(i));
        if (ch !== '$' && ch !== '<')
            return undefined;
        const placeholder = (0,placeholders/* placeholderAt */.jM)(source, i);
        if (!placeholder)
            return undefined;
        const { written, name } = placeholder;
        const value = jsonValueOf(name, written, i, vars, out) ?? 'null';
        text += source.slice(copied, i);
        const start = text.length;
        text += value;
        spans.push({ sourceStart: i, sourceEnd: i + written.length, start, end: text.length });
        copied = i + written.length;
        return copied - 1;
    });
    if (spans.length === 0)
        return { ...out, text: source };
    text += source.slice(copied);
    return { ...out, text, toSource: (offset) => sourceOffset(spans, offset) };
}
const directiveProblem = (offset) => ({
    path: '',
    offset,
    message: 'Terraform template directives (%{ … }) are not supported: render the file with Terraform first, or use plain placeholders',
});
/** The var's value as compact JSON text, or undefined (with a problem) when there is none. */
function jsonValueOf(name, written, offset, vars, out) {
    const found = vars.get(name);
    if (!found) {
        out.problems.push({
            path: '',
            offset,
            message: `unresolved placeholder ${written} outside quotes: add it to template-vars (its value must be JSON there)`,
        });
        return undefined;
    }
    try {
        const text = JSON.stringify(JSON.parse(found.value));
        out.notes.push(`${written} ← template-vars (outside quotes: inserted as JSON)`);
        return text;
    }
    catch {
        out.problems.push({
            path: '',
            offset,
            message: `${written} stands outside quotes, so template-var ${found.name} must be a JSON value ` +
                `(a number, true/false, or an array or object such as ["eastus","westus"]), got '${found.value}'`,
        });
        return undefined;
    }
}
function sourceOffset(spans, offset) {
    let delta = 0;
    for (const span of spans) {
        if (offset < span.start)
            break;
        if (offset < span.end)
            return span.sourceStart;
        delta = span.sourceEnd - span.end;
    }
    return offset + delta;
}

// EXTERNAL MODULE: ./src/template-file/swagger-model.ts + 1 modules
var swagger_model = __nccwpck_require__(6674);
// EXTERNAL MODULE: ./src/template-file/scalar-text.ts
var scalar_text = __nccwpck_require__(9835);
;// CONCATENATED MODULE: ./src/template-file/property-names.ts
// Fixes the case of known property names, discriminators and enum values, and rejects unknown
// names. The service now rejects `shell`, `managedImage`, `ScriptUri`…, which older docs and
// templates use (shared/seeds); what is known comes from the swagger definitions.



/** Old spellings that are not just a case change (2018/2019 docs). */
const ALIASES = {
    valid_exit_codes: 'validExitCodes',
    script: 'scriptUri',
};
/** Normalizes `value` as an instance of swagger definition `name`. */
function normalizeNames(value, name, path, out) {
    if (!(0,template_problem/* isRecord */.u4)(value))
        return value;
    const concrete = concreteDefinition(value, name, path, out);
    if (concrete === undefined)
        return value;
    const properties = (0,swagger_model/* propertiesOf */.P1)(concrete.name);
    const result = {};
    for (const [key, given] of Object.entries(value)) {
        const member = key === concrete.key ? concrete.value : given;
        const canonical = acceptedName(key, properties, result, [...path, key], out);
        const schema = canonical === undefined ? undefined : properties[canonical];
        if (canonical === undefined || schema === undefined)
            continue;
        (0,template_problem/* setKey */.qL)(result, canonical, normalizeMember(member, schema, [...path, canonical], out));
    }
    return result;
}
/** The canonical name to keep `key` under, or undefined when it is dropped (and why is recorded). */
function acceptedName(key, properties, result, path, out) {
    const at = (0,template_problem/* formatPath */.jV)(path);
    const canonical = canonicalName(key, properties);
    if (canonical === undefined) {
        const known = Object.keys(properties).filter((k) => properties[k]?.readOnly !== true);
        out.problems.push({
            path: at,
            message: `unknown property '${key}' (known here: ${known.join(', ')})`,
        });
        return undefined;
    }
    if (properties[canonical]?.readOnly === true) {
        out.notes.push(`${at}: read-only, not sent`);
        return undefined;
    }
    if (Object.hasOwn(result, canonical)) {
        out.problems.push({ path: at, message: `'${key}' is '${canonical}' again, with another case` });
        return undefined;
    }
    if (canonical !== key)
        out.notes.push(`${at} → ${canonical}`);
    return canonical;
}
function canonicalName(key, properties) {
    const found = (0,template_problem/* findKey */.Tj)(properties, key);
    if (found !== undefined)
        return found;
    const alias = ALIASES[key.toLowerCase()];
    return alias !== undefined && Object.hasOwn(properties, alias) ? alias : undefined;
}
/** The subtype named by the discriminator, or undefined when unknown (reported). */
function concreteDefinition(value, name, path, out) {
    const property = (0,swagger_model/* definition */.mw)(name).discriminator;
    if (property === undefined)
        return { name };
    const key = (0,template_problem/* findKey */.Tj)(value, property) ?? property;
    const given = value[key];
    const subtypes = (0,swagger_model/* subtypesOf */.LI)(name);
    const text = typeof given === 'string' ? given.toLowerCase() : undefined;
    const match = [...subtypes.keys()].find((v) => v.toLowerCase() === text);
    const at = (0,template_problem/* formatPath */.jV)([...path, property]);
    if (typeof given !== 'string' || match === undefined) {
        const expected = [...subtypes.keys()].join(', ');
        const message = given === undefined
            ? `is required (one of ${expected})`
            : `unknown type ${JSON.stringify(given)} (expected one of ${expected})`;
        out.problems.push({ path: at, message });
        return undefined;
    }
    if (match !== given)
        out.notes.push(`${at}: '${given}' → '${match}'`);
    const concrete = subtypes.get(match);
    return concrete === undefined ? undefined : { name: concrete, key, value: match };
}
function normalizeMember(value, schema, path, out) {
    const replaced = wrongType(value, schema, path, out);
    if (replaced)
        return replaced.value;
    if (schema.$ref) {
        const target = (0,swagger_model/* deref */.LA)(schema);
        if (target.enum)
            return fixEnum(value, target.enum, path, out);
        return isObjectSchema(target) ? normalizeNames(value, (0,swagger_model/* refName */.P7)(schema.$ref), path, out) : value;
    }
    if (schema.enum)
        return fixEnum(value, schema.enum, path, out);
    return normalizeItems(value, schema, path, out);
}
/** The items of an array, or the values of a map whose values are definitions. */
function normalizeItems(value, schema, path, out) {
    const { items, additionalProperties: map } = schema;
    if (items && Array.isArray(value)) {
        return value.map((item, i) => normalizeMember(item, items, [...path, i], out));
    }
    if (typeof map === 'object' && map.$ref && (0,template_problem/* isRecord */.u4)(value)) {
        const entries = Object.entries(value).map(([key, member]) => [
            key,
            normalizeMember(member, map, [...path, key], out),
        ]);
        return Object.fromEntries(entries);
    }
    return value;
}
/**
 * Undefined when the JSON type of `value` is the schema's (or the schema does not say); otherwise
 * what to keep instead. JSON null means "not set" to ARM: the member is left out.
 */
function wrongType(value, schema, path, out) {
    if (value === null) {
        out.notes.push(`${(0,template_problem/* formatPath */.jV)(path)}: null, left out`);
        return { value: undefined };
    }
    const expected = expectedType(schema);
    if (expected === undefined || hasType(value, expected))
        return undefined;
    return { value: coerceScalar(value, expected, path, out) };
}
/** The JSON type a member must have, when the schema says (objects through their `$ref`). */
function expectedType(schema) {
    const target = schema.$ref ? (0,swagger_model/* deref */.LA)(schema) : schema;
    if (schema.$ref && isObjectSchema(target))
        return 'object';
    const type = target.type;
    if (type === 'integer' || type === 'number' || type === 'boolean')
        return type;
    if (type === 'string' || type === 'array' || type === 'object')
        return type;
    return undefined;
}
function hasType(value, type) {
    if (type === 'integer')
        return Number.isInteger(value);
    if (type === 'array')
        return Array.isArray(value);
    if (type === 'object')
        return (0,template_problem/* isRecord */.u4)(value);
    return typeof value === type;
}
/**
 * A member of the wrong JSON type. Whole numbers and true/false written as strings (`"120"`, a
 * string ARM parameter) are converted, with a note; anything else is a problem, since dropping it
 * would silently fall back to a default.
 */
function coerceScalar(value, type, path, out) {
    const at = (0,template_problem/* formatPath */.jV)(path);
    const scalar = SCALAR_OF[type];
    const converted = typeof value === 'string' && scalar !== undefined ? (0,scalar_text/* scalarFromText */.E)(value, scalar) : undefined;
    if (converted !== undefined) {
        const wants = scalar === 'boolean' ? 'true or false' : 'a number';
        out.notes.push(`${at}: "${value}" → ${String(converted)} (the schema wants ${wants})`);
        return converted;
    }
    out.problems.push({ path: at, message: `must be ${TYPE_TEXT[type]}, got ${describe(value)}` });
    return value;
}
/** The text a string may hold to stand for a member of this type (`"120"`, `"True"`). */
const SCALAR_OF = {
    integer: 'integer',
    number: 'integer',
    boolean: 'boolean',
};
const TYPE_TEXT = {
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    string: 'a string',
    array: 'an array',
    object: 'an object',
};
function describe(value) {
    const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 40 ? kind : `${kind} ${text}`;
}
const isObjectSchema = (schema) => schema.properties !== undefined ||
    schema.discriminator !== undefined ||
    schema.allOf !== undefined;
function fixEnum(value, values, path, out) {
    if (typeof value !== 'string' || values.includes(value))
        return value;
    const match = values.find((v) => v.toLowerCase() === value.toLowerCase());
    if (match === undefined)
        return value;
    out.notes.push(`${(0,template_problem/* formatPath */.jV)(path)}: '${value}' → '${match}'`);
    return match;
}

;// CONCATENATED MODULE: ./src/template-file/resource-envelope.ts
// The ARM envelope around `properties`: type, apiVersion, name, location, tags, identity, dependsOn.
// These are handled here and never sent inside properties.



/** Members handled by ARM itself (dropped), and members a GET response adds (dropped with a note). */
const ARM_ONLY = ['type', 'dependsOn', 'comments', 'condition'];
const READ_ONLY = ['id', 'systemData', 'etag'];
const KNOWN = ['apiVersion', 'name', 'location', 'tags', 'identity', 'properties'];
/**
 * The resource without the members ARM handles itself (dependsOn, condition, comments): they are
 * dropped, so their expressions (often resourceId() of other resources) are not resolved either.
 */
function withoutArmOnly(found) {
    if (found.kind === 'properties')
        return found.value;
    const dropped = ARM_ONLY.filter((k) => k !== 'type').map((k) => k.toLowerCase());
    return Object.fromEntries(Object.entries(found.value).filter(([key]) => !dropped.includes(key.toLowerCase())));
}
/** Splits a resolved resource into its envelope fields and properties. */
function splitEnvelope(resource, path, out) {
    const envelope = {};
    for (const [key, value] of Object.entries(resource)) {
        const at = [...path, key];
        const known = [...KNOWN, ...ARM_ONLY, ...READ_ONLY].find((k) => k.toLowerCase() === key.toLowerCase());
        if (known === undefined) {
            out.problems.push({
                path: (0,template_problem/* formatPath */.jV)(at),
                message: `unknown resource member '${key}' (known: ${[...KNOWN, ...ARM_ONLY].join(', ')})`,
            });
        }
        else if (READ_ONLY.includes(known)) {
            out.notes.push(`${(0,template_problem/* formatPath */.jV)(at)}: read-only, not sent`);
        }
        else {
            takeMember(envelope, known, value, at, out);
        }
    }
    if (!envelope.properties)
        out.problems.push({ path: (0,template_problem/* formatPath */.jV)([...path, 'properties']), message: 'is required' });
    return envelope;
}
/** Each member's reader; a returned string is what the member must be. */
const TAKERS = {
    apiVersion: (_envelope, value, _at, out) => {
        if (value !== swagger_model/* SCHEMA_API_VERSION */.kW)
            out.notes.push(`apiVersion ${JSON.stringify(value)} → ${swagger_model/* SCHEMA_API_VERSION */.kW}`);
        return undefined;
    },
    name: (envelope, value) => typeof value === 'string' ? void (envelope.name = value) : 'a string',
    location: (envelope, value) => typeof value === 'string' ? void (envelope.location = value) : 'a string',
    tags: (envelope, value) => isStringMap(value) ? void (envelope.tags = value) : 'an object of string values',
    identity: (envelope, value, at, out) => void (envelope.identity = identityOf(value, at, out)),
    properties: (envelope, value) => (0,template_problem/* isRecord */.u4)(value) ? void (envelope.properties = value) : 'an object',
};
function takeMember(envelope, key, value, at, out) {
    const expected = TAKERS[key]?.(envelope, value, at, out);
    if (expected !== undefined)
        out.problems.push({ path: (0,template_problem/* formatPath */.jV)(at), message: `must be ${expected}` });
}
function isStringMap(value) {
    return (0,template_problem/* isRecord */.u4)(value) && Object.values(value).every((v) => typeof v === 'string');
}
/** `"identity": {}` (the quickstart skeleton) means none: the `identity` input must then give one. */
function identityOf(value, at, out) {
    if ((0,template_problem/* isRecord */.u4)(value) && Object.keys(value).length === 0) {
        out.notes.push(`${(0,template_problem/* formatPath */.jV)(at)} is empty: the identity comes from the inputs`);
        return undefined;
    }
    const identity = normalizeNames(value, 'ImageTemplateIdentity', at, out);
    if (!(0,template_problem/* isRecord */.u4)(identity) || typeof identity.type !== 'string') {
        out.problems.push({
            path: (0,template_problem/* formatPath */.jV)([...at, 'type']),
            message: "must be 'UserAssigned' or 'None'",
        });
        return undefined;
    }
    return identity;
}
/** The subscription of the first user-assigned identity id, e.g. for an old vnetConfig. */
function subscriptionOfIdentity(identity) {
    const ids = Object.keys(identity?.userAssignedIdentities ?? {});
    const match = ids.map((id) => /^\/subscriptions\/([^/]+)\//i.exec(id)).find(Boolean);
    return match?.[1];
}

// EXTERNAL MODULE: ./src/template-file/template-document.ts
var template_document = __nccwpck_require__(1963);
// EXTERNAL MODULE: ./src/template-file/value-resolver.ts + 3 modules
var value_resolver = __nccwpck_require__(2240);
// EXTERNAL MODULE: ./src/model/id-checks.ts
var id_checks = __nccwpck_require__(8728);
;// CONCATENATED MODULE: ./src/template-file/id-rules.ts
// Resource ids inside a template (the file's own or rendered from inputs): each checked for a GUID
// subscription (masked ones such as `24890e81-xxxx-…` included) and the shape its member takes,
// so a bad id fails locally instead of in the service, after a PUT.



const typed = (type, options = {}) => (id) => {
    const checked = (0,id_checks/* checkResourceId */.sK)(id, type, options);
    return typeof checked === 'string' ? checked : undefined;
};
const managedImage = typed(resource_ids/* MANAGED_IMAGE_TYPE */.RU);
const galleryVersion = typed(resource_ids/* GALLERY_VERSION_TYPE */.X_, { allowLatest: true });
const identity = typed(resource_ids/* IDENTITY_TYPE */.Si);
const subnet = typed(resource_ids/* SUBNET_TYPE */.Bk);
/** A gallery image definition, or one of its versions (x.y.z). */
const galleryImage = (id) => /\/versions\/[^/]*$/i.test(id.trim())
    ? typed(resource_ids/* GALLERY_VERSION_TYPE */.X_)(id)
    : typed(resource_ids/* GALLERY_IMAGE_TYPE */.K8)(id);
const resourceGroup = (id) => {
    const checked = (0,id_checks/* checkResourceGroupId */.z6)(id);
    return typeof checked === 'string' ? checked : undefined;
};
/** Problems of every resource id in the identity and `properties` (wire shape). */
function idProblems(identityValue, properties) {
    const problems = [];
    const check = (value, path, rule) => {
        const problem = typeof value === 'string' ? rule(value) : undefined;
        if (problem)
            problems.push({ path: (0,template_problem/* formatPath */.jV)(path), message: problem });
    };
    const identities = (0,template_problem/* isRecord */.u4)(identityValue) ? identityValue.userAssignedIdentities : undefined;
    for (const id of Object.keys((0,template_problem/* isRecord */.u4)(identities) ? identities : {})) {
        check(id, ['identity', 'userAssignedIdentities', id], identity);
    }
    const source = (0,template_problem/* isRecord */.u4)(properties.source) ? properties.source : {};
    check(source.imageId, ['properties', 'source', 'imageId'], managedImage);
    check(source.imageVersionId, ['properties', 'source', 'imageVersionId'], galleryVersion);
    (0,template_problem/* records */.V0)(properties.distribute).forEach((target, i) => {
        const at = ['properties', 'distribute', i];
        if (target.type === 'ManagedImage')
            check(target.imageId, [...at, 'imageId'], managedImage);
        check(target.galleryImageId, [...at, 'galleryImageId'], galleryImage);
    });
    const vm = (0,template_problem/* isRecord */.u4)(properties.vmProfile) ? properties.vmProfile : {};
    const vnet = (0,template_problem/* isRecord */.u4)(vm.vnetConfig) ? vm.vnetConfig : {};
    check(vnet.subnetId, ['properties', 'vmProfile', 'vnetConfig', 'subnetId'], subnet);
    const vmIdentities = Array.isArray(vm.userAssignedIdentities) ? vm.userAssignedIdentities : [];
    vmIdentities.forEach((id, i) => check(id, ['properties', 'vmProfile', 'userAssignedIdentities', i], identity));
    check(properties.stagingResourceGroup, ['properties', 'stagingResourceGroup'], resourceGroup);
    return problems;
}

;// CONCATENATED MODULE: ./src/template-file/schema/template-validator.generated.js
// Generated by src/template/schema/generate-validator.ts from imagebuilder-2025-10-01.json. Do not edit.
const validate = (/* unused pure expression or super */ null && (validate10));/* harmony default export */ const template_validator_generated = (validate10);const schema11 = {"type":"object","required":["location","identity","properties"],"properties":{"location":{"type":"string","minLength":1},"tags":{"type":"object","additionalProperties":{"type":"string"}},"identity":{"$ref":"#/definitions/ImageTemplateIdentity"},"properties":{"$ref":"#/definitions/ImageTemplateProperties"}},"definitions":{"ImageTemplateIdentity":{"type":"object","properties":{"type":{"$ref":"#/definitions/ResourceIdentityType"},"userAssignedIdentities":{"type":"object","additionalProperties":{"$ref":"#/definitions/UserAssignedIdentity"}}},"required":[],"additionalProperties":false},"UserAssignedIdentity":{"type":"object","properties":{},"required":[],"additionalProperties":false},"ResourceIdentityType":{"type":"string","enum":["UserAssigned","None"]},"ImageTemplateProperties":{"type":"object","properties":{"source":{"$ref":"#/definitions/ImageTemplateSource"},"customize":{"type":"array","items":{"$ref":"#/definitions/ImageTemplateCustomizer"}},"optimize":{"$ref":"#/definitions/ImageTemplatePropertiesOptimize"},"validate":{"$ref":"#/definitions/ImageTemplatePropertiesValidate"},"distribute":{"type":"array","items":{"$ref":"#/definitions/ImageTemplateDistributor"}},"errorHandling":{"$ref":"#/definitions/ImageTemplatePropertiesErrorHandling"},"buildTimeoutInMinutes":{"type":"integer","minimum":0,"maximum":960},"vmProfile":{"$ref":"#/definitions/ImageTemplateVmProfile"},"additionalDataDisks":{"type":"array","items":{"$ref":"#/definitions/DataDisk"}},"stagingResourceGroup":{"type":"string"},"autoRun":{"$ref":"#/definitions/ImageTemplateAutoRun"},"managedResourceTags":{"type":"object","additionalProperties":{"type":"string"}}},"required":["source","distribute"],"additionalProperties":false},"ImageTemplateAutoRun":{"type":"object","properties":{"state":{"$ref":"#/definitions/AutoRunState"}},"required":[],"additionalProperties":false},"AutoRunState":{"type":"string","enum":["Enabled","Disabled"]},"DataDisk":{"type":"object","properties":{"sizeGB":{"type":"integer","minimum":0}},"required":[],"additionalProperties":false},"ImageTemplateVmProfile":{"type":"object","properties":{"vmSize":{"type":"string"},"osDiskSizeGB":{"type":"integer","minimum":0},"userAssignedIdentities":{"type":"array","items":{"type":"string"}},"vnetConfig":{"$ref":"#/definitions/VirtualNetworkConfig"}},"required":[],"additionalProperties":false},"VirtualNetworkConfig":{"type":"object","properties":{"subnetId":{"type":"string"},"containerInstanceSubnetId":{"type":"string"},"proxyVmSize":{"type":"string"}},"required":[],"additionalProperties":false},"ImageTemplatePropertiesErrorHandling":{"type":"object","properties":{"onCustomizerError":{"$ref":"#/definitions/OnBuildError"},"onValidationError":{"$ref":"#/definitions/OnBuildError"}},"required":[],"additionalProperties":false},"OnBuildError":{"type":"string","enum":["cleanup","abort"]},"ImageTemplateDistributor":{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["ManagedImage","SharedImage","VHD"]}},"allOf":[{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"ManagedImage"}}},"then":{"$ref":"#/definitions/ImageTemplateManagedImageDistributor"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"SharedImage"}}},"then":{"$ref":"#/definitions/ImageTemplateSharedImageDistributor"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"VHD"}}},"then":{"$ref":"#/definitions/ImageTemplateVhdDistributor"}}]},"ImageTemplateVhdDistributor":{"type":"object","properties":{"type":{"const":"VHD"},"runOutputName":{"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"},"artifactTags":{"type":"object","additionalProperties":{"type":"string"}},"uri":{"type":"string"}},"required":["type","runOutputName"],"additionalProperties":false},"ImageTemplateSharedImageDistributor":{"type":"object","properties":{"type":{"const":"SharedImage"},"runOutputName":{"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"},"artifactTags":{"type":"object","additionalProperties":{"type":"string"}},"galleryImageId":{"type":"string"},"replicationRegions":{"type":"array","items":{"type":"string"}},"excludeFromLatest":{"type":"boolean"},"storageAccountType":{"$ref":"#/definitions/SharedImageStorageAccountType"},"targetRegions":{"type":"array","items":{"$ref":"#/definitions/TargetRegion"}},"versioning":{"$ref":"#/definitions/DistributeVersioner"},"replicationMode":{"$ref":"#/definitions/ReplicationMode"}},"required":["type","runOutputName","galleryImageId"],"additionalProperties":false},"ReplicationMode":{"type":"string","enum":["Full","Shallow"]},"DistributeVersioner":{"type":"object","required":["scheme"],"properties":{"scheme":{"type":"string","enum":["Latest","Source"]}},"allOf":[{"if":{"type":"object","required":["scheme"],"properties":{"scheme":{"const":"Latest"}}},"then":{"$ref":"#/definitions/DistributeVersionerLatest"}},{"if":{"type":"object","required":["scheme"],"properties":{"scheme":{"const":"Source"}}},"then":{"$ref":"#/definitions/DistributeVersionerSource"}}]},"DistributeVersionerSource":{"type":"object","properties":{"scheme":{"const":"Source"}},"required":["scheme"],"additionalProperties":false},"DistributeVersionerLatest":{"type":"object","properties":{"scheme":{"const":"Latest"},"major":{"type":"integer","minimum":-1}},"required":["scheme"],"additionalProperties":false},"TargetRegion":{"type":"object","properties":{"name":{"type":"string"},"replicaCount":{"type":"integer","minimum":1},"storageAccountType":{"$ref":"#/definitions/SharedImageStorageAccountType"}},"required":["name"],"additionalProperties":false},"SharedImageStorageAccountType":{"type":"string","enum":["Standard_LRS","Standard_ZRS","Premium_LRS"]},"ImageTemplateManagedImageDistributor":{"type":"object","properties":{"type":{"const":"ManagedImage"},"runOutputName":{"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"},"artifactTags":{"type":"object","additionalProperties":{"type":"string"}},"imageId":{"type":"string"},"location":{"type":"string"}},"required":["type","runOutputName","imageId","location"],"additionalProperties":false},"ImageTemplatePropertiesValidate":{"type":"object","properties":{"continueDistributeOnFailure":{"type":"boolean"},"sourceValidationOnly":{"type":"boolean"},"inVMValidations":{"type":"array","items":{"$ref":"#/definitions/ImageTemplateInVMValidator"}}},"required":[],"additionalProperties":false},"ImageTemplateInVMValidator":{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["File","PowerShell","Shell"]}},"allOf":[{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"File"}}},"then":{"$ref":"#/definitions/ImageTemplateFileValidator"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"PowerShell"}}},"then":{"$ref":"#/definitions/ImageTemplatePowerShellValidator"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"Shell"}}},"then":{"$ref":"#/definitions/ImageTemplateShellValidator"}}]},"ImageTemplateShellValidator":{"type":"object","properties":{"type":{"const":"Shell"},"name":{"type":"string"},"scriptUri":{"type":"string"},"sha256Checksum":{"type":"string"},"inline":{"type":"array","items":{"type":"string"}}},"required":["type"],"additionalProperties":false},"ImageTemplatePowerShellValidator":{"type":"object","properties":{"type":{"const":"PowerShell"},"name":{"type":"string"},"scriptUri":{"type":"string"},"sha256Checksum":{"type":"string"},"inline":{"type":"array","items":{"type":"string"}},"runElevated":{"type":"boolean"},"runAsSystem":{"type":"boolean"},"validExitCodes":{"type":"array","items":{"type":"integer"}}},"required":["type"],"additionalProperties":false},"ImageTemplateFileValidator":{"type":"object","properties":{"type":{"const":"File"},"name":{"type":"string"},"sourceUri":{"type":"string"},"sha256Checksum":{"type":"string"},"destination":{"type":"string"}},"required":["type"],"additionalProperties":false},"ImageTemplatePropertiesOptimize":{"type":"object","properties":{"vmBoot":{"$ref":"#/definitions/ImageTemplatePropertiesOptimizeVmBoot"},"workload":{"$ref":"#/definitions/ImageTemplatePropertiesOptimizeWorkload"}},"required":[],"additionalProperties":false},"ImageTemplatePropertiesOptimizeWorkload":{"type":"object","properties":{"state":{"$ref":"#/definitions/WorkloadOptimizationState"},"scriptUri":{"type":"string"},"sha256Checksum":{"type":"string"}},"required":[],"additionalProperties":false},"WorkloadOptimizationState":{"type":"string","enum":["Enabled","Disabled"]},"ImageTemplatePropertiesOptimizeVmBoot":{"type":"object","properties":{"state":{"$ref":"#/definitions/VMBootOptimizationState"}},"required":[],"additionalProperties":false},"VMBootOptimizationState":{"type":"string","enum":["Enabled","Disabled"]},"ImageTemplateCustomizer":{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["File","PowerShell","WindowsRestart","Shell","WindowsUpdate"]}},"allOf":[{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"File"}}},"then":{"$ref":"#/definitions/ImageTemplateFileCustomizer"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"PowerShell"}}},"then":{"$ref":"#/definitions/ImageTemplatePowerShellCustomizer"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"WindowsRestart"}}},"then":{"$ref":"#/definitions/ImageTemplateRestartCustomizer"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"Shell"}}},"then":{"$ref":"#/definitions/ImageTemplateShellCustomizer"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"WindowsUpdate"}}},"then":{"$ref":"#/definitions/ImageTemplateWindowsUpdateCustomizer"}}]},"ImageTemplateWindowsUpdateCustomizer":{"type":"object","properties":{"type":{"const":"WindowsUpdate"},"name":{"type":"string"},"searchCriteria":{"type":"string"},"filters":{"type":"array","items":{"type":"string"}},"updateLimit":{"type":"integer","minimum":0}},"required":["type"],"additionalProperties":false},"ImageTemplateShellCustomizer":{"type":"object","properties":{"type":{"const":"Shell"},"name":{"type":"string"},"scriptUri":{"type":"string"},"sha256Checksum":{"type":"string"},"inline":{"type":"array","items":{"type":"string"}}},"required":["type"],"additionalProperties":false},"ImageTemplateRestartCustomizer":{"type":"object","properties":{"type":{"const":"WindowsRestart"},"name":{"type":"string"},"restartCommand":{"type":"string"},"restartCheckCommand":{"type":"string"},"restartTimeout":{"type":"string"}},"required":["type"],"additionalProperties":false},"ImageTemplatePowerShellCustomizer":{"type":"object","properties":{"type":{"const":"PowerShell"},"name":{"type":"string"},"scriptUri":{"type":"string"},"sha256Checksum":{"type":"string"},"inline":{"type":"array","items":{"type":"string"}},"runElevated":{"type":"boolean"},"runAsSystem":{"type":"boolean"},"validExitCodes":{"type":"array","items":{"type":"integer"}}},"required":["type"],"additionalProperties":false},"ImageTemplateFileCustomizer":{"type":"object","properties":{"type":{"const":"File"},"name":{"type":"string"},"sourceUri":{"type":"string"},"sha256Checksum":{"type":"string"},"destination":{"type":"string"}},"required":["type"],"additionalProperties":false},"ImageTemplateSource":{"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["ManagedImage","PlatformImage","SharedImageVersion"]}},"allOf":[{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"ManagedImage"}}},"then":{"$ref":"#/definitions/ImageTemplateManagedImageSource"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"PlatformImage"}}},"then":{"$ref":"#/definitions/ImageTemplatePlatformImageSource"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"SharedImageVersion"}}},"then":{"$ref":"#/definitions/ImageTemplateSharedImageVersionSource"}}]},"ImageTemplateSharedImageVersionSource":{"type":"object","properties":{"type":{"const":"SharedImageVersion"},"imageVersionId":{"type":"string"}},"required":["type","imageVersionId"],"additionalProperties":false},"ImageTemplatePlatformImageSource":{"type":"object","properties":{"type":{"const":"PlatformImage"},"publisher":{"type":"string"},"offer":{"type":"string"},"sku":{"type":"string"},"version":{"type":"string"},"planInfo":{"$ref":"#/definitions/PlatformImagePurchasePlan"}},"required":["type"],"additionalProperties":false},"PlatformImagePurchasePlan":{"type":"object","properties":{"planName":{"type":"string"},"planProduct":{"type":"string"},"planPublisher":{"type":"string"}},"required":["planName","planProduct","planPublisher"],"additionalProperties":false},"ImageTemplateManagedImageSource":{"type":"object","properties":{"type":{"const":"ManagedImage"},"imageId":{"type":"string"}},"required":["type","imageId"],"additionalProperties":false}}};const schema12 = {"type":"object","properties":{"type":{"$ref":"#/definitions/ResourceIdentityType"},"userAssignedIdentities":{"type":"object","additionalProperties":{"$ref":"#/definitions/UserAssignedIdentity"}}},"required":[],"additionalProperties":false};const schema13 = {"type":"string","enum":["UserAssigned","None"]};const schema14 = {"type":"object","properties":{},"required":[],"additionalProperties":false};function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "type") || (key0 === "userAssignedIdentities"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.type !== undefined){let data0 = data.type;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/ResourceIdentityType/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!((data0 === "UserAssigned") || (data0 === "None"))){const err2 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/ResourceIdentityType/enum",keyword:"enum",params:{allowedValues: schema13.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.userAssignedIdentities !== undefined){let data1 = data.userAssignedIdentities;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){let data2 = data1[key1];if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key2 in data2){const err3 = {instancePath:instancePath+"/userAssignedIdentities/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/UserAssignedIdentity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/userAssignedIdentities/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/UserAssignedIdentity/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/userAssignedIdentities",schemaPath:"#/properties/userAssignedIdentities/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate11.errors = vErrors;return errors === 0;}const schema15 = {"type":"object","properties":{"source":{"$ref":"#/definitions/ImageTemplateSource"},"customize":{"type":"array","items":{"$ref":"#/definitions/ImageTemplateCustomizer"}},"optimize":{"$ref":"#/definitions/ImageTemplatePropertiesOptimize"},"validate":{"$ref":"#/definitions/ImageTemplatePropertiesValidate"},"distribute":{"type":"array","items":{"$ref":"#/definitions/ImageTemplateDistributor"}},"errorHandling":{"$ref":"#/definitions/ImageTemplatePropertiesErrorHandling"},"buildTimeoutInMinutes":{"type":"integer","minimum":0,"maximum":960},"vmProfile":{"$ref":"#/definitions/ImageTemplateVmProfile"},"additionalDataDisks":{"type":"array","items":{"$ref":"#/definitions/DataDisk"}},"stagingResourceGroup":{"type":"string"},"autoRun":{"$ref":"#/definitions/ImageTemplateAutoRun"},"managedResourceTags":{"type":"object","additionalProperties":{"type":"string"}}},"required":["source","distribute"],"additionalProperties":false};const schema53 = {"type":"object","properties":{"sizeGB":{"type":"integer","minimum":0}},"required":[],"additionalProperties":false};const func2 = Object.prototype.hasOwnProperty;const schema16 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["ManagedImage","PlatformImage","SharedImageVersion"]}},"allOf":[{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"ManagedImage"}}},"then":{"$ref":"#/definitions/ImageTemplateManagedImageSource"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"PlatformImage"}}},"then":{"$ref":"#/definitions/ImageTemplatePlatformImageSource"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"SharedImageVersion"}}},"then":{"$ref":"#/definitions/ImageTemplateSharedImageVersionSource"}}]};const schema17 = {"type":"object","properties":{"type":{"const":"ManagedImage"},"imageId":{"type":"string"}},"required":["type","imageId"],"additionalProperties":false};const schema20 = {"type":"object","properties":{"type":{"const":"SharedImageVersion"},"imageVersionId":{"type":"string"}},"required":["type","imageVersionId"],"additionalProperties":false};const schema18 = {"type":"object","properties":{"type":{"const":"PlatformImage"},"publisher":{"type":"string"},"offer":{"type":"string"},"sku":{"type":"string"},"version":{"type":"string"},"planInfo":{"$ref":"#/definitions/PlatformImagePurchasePlan"}},"required":["type"],"additionalProperties":false};const schema19 = {"type":"object","properties":{"planName":{"type":"string"},"planProduct":{"type":"string"},"planPublisher":{"type":"string"}},"required":["planName","planProduct","planPublisher"],"additionalProperties":false};function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((key0 === "type") || (key0 === "publisher")) || (key0 === "offer")) || (key0 === "sku")) || (key0 === "version")) || (key0 === "planInfo"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.type !== undefined){if("PlatformImage" !== data.type){const err2 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "PlatformImage"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.publisher !== undefined){if(typeof data.publisher !== "string"){const err3 = {instancePath:instancePath+"/publisher",schemaPath:"#/properties/publisher/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.offer !== undefined){if(typeof data.offer !== "string"){const err4 = {instancePath:instancePath+"/offer",schemaPath:"#/properties/offer/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.sku !== undefined){if(typeof data.sku !== "string"){const err5 = {instancePath:instancePath+"/sku",schemaPath:"#/properties/sku/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.version !== undefined){if(typeof data.version !== "string"){const err6 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.planInfo !== undefined){let data5 = data.planInfo;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){if(data5.planName === undefined){const err7 = {instancePath:instancePath+"/planInfo",schemaPath:"#/definitions/PlatformImagePurchasePlan/required",keyword:"required",params:{missingProperty: "planName"},message:"must have required property '"+"planName"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data5.planProduct === undefined){const err8 = {instancePath:instancePath+"/planInfo",schemaPath:"#/definitions/PlatformImagePurchasePlan/required",keyword:"required",params:{missingProperty: "planProduct"},message:"must have required property '"+"planProduct"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data5.planPublisher === undefined){const err9 = {instancePath:instancePath+"/planInfo",schemaPath:"#/definitions/PlatformImagePurchasePlan/required",keyword:"required",params:{missingProperty: "planPublisher"},message:"must have required property '"+"planPublisher"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}for(const key1 in data5){if(!(((key1 === "planName") || (key1 === "planProduct")) || (key1 === "planPublisher"))){const err10 = {instancePath:instancePath+"/planInfo",schemaPath:"#/definitions/PlatformImagePurchasePlan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data5.planName !== undefined){if(typeof data5.planName !== "string"){const err11 = {instancePath:instancePath+"/planInfo/planName",schemaPath:"#/definitions/PlatformImagePurchasePlan/properties/planName/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data5.planProduct !== undefined){if(typeof data5.planProduct !== "string"){const err12 = {instancePath:instancePath+"/planInfo/planProduct",schemaPath:"#/definitions/PlatformImagePurchasePlan/properties/planProduct/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data5.planPublisher !== undefined){if(typeof data5.planPublisher !== "string"){const err13 = {instancePath:instancePath+"/planInfo/planPublisher",schemaPath:"#/definitions/PlatformImagePurchasePlan/properties/planPublisher/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/planInfo",schemaPath:"#/definitions/PlatformImagePurchasePlan/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}validate15.errors = vErrors;return errors === 0;}function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(errors === _errs3){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.type !== undefined){if("ManagedImage" !== data.type){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}else {const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs6 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err3 = {instancePath,schemaPath:"#/definitions/ImageTemplateManagedImageSource/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.imageId === undefined){const err4 = {instancePath,schemaPath:"#/definitions/ImageTemplateManagedImageSource/required",keyword:"required",params:{missingProperty: "imageId"},message:"must have required property '"+"imageId"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}for(const key0 in data){if(!((key0 === "type") || (key0 === "imageId"))){const err5 = {instancePath,schemaPath:"#/definitions/ImageTemplateManagedImageSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.type !== undefined){if("ManagedImage" !== data.type){const err6 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/ImageTemplateManagedImageSource/properties/type/const",keyword:"const",params:{allowedValue: "ManagedImage"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.imageId !== undefined){if(typeof data.imageId !== "string"){const err7 = {instancePath:instancePath+"/imageId",schemaPath:"#/definitions/ImageTemplateManagedImageSource/properties/imageId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath,schemaPath:"#/definitions/ImageTemplateManagedImageSource/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid0 = _errs6 === errors;valid1 = _valid0;}if(!valid1){const err9 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}const _errs14 = errors;let valid5 = true;const _errs15 = errors;if(errors === _errs15){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.type === undefined) && (missing1 = "type")){const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}else {if(data.type !== undefined){if("PlatformImage" !== data.type){const err11 = {};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}}else {const err12 = {};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}var _valid1 = _errs15 === errors;errors = _errs14;if(vErrors !== null){if(_errs14){vErrors.length = _errs14;}else {vErrors = null;}}if(_valid1){const _errs18 = errors;if(!(validate15(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);errors = vErrors.length;}var _valid1 = _errs18 === errors;valid5 = _valid1;}if(!valid5){const err13 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}const _errs20 = errors;let valid7 = true;const _errs21 = errors;if(errors === _errs21){if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.type === undefined) && (missing2 = "type")){const err14 = {};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}else {if(data.type !== undefined){if("SharedImageVersion" !== data.type){const err15 = {};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}}else {const err16 = {};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}var _valid2 = _errs21 === errors;errors = _errs20;if(vErrors !== null){if(_errs20){vErrors.length = _errs20;}else {vErrors = null;}}if(_valid2){const _errs24 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err17 = {instancePath,schemaPath:"#/definitions/ImageTemplateSharedImageVersionSource/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(data.imageVersionId === undefined){const err18 = {instancePath,schemaPath:"#/definitions/ImageTemplateSharedImageVersionSource/required",keyword:"required",params:{missingProperty: "imageVersionId"},message:"must have required property '"+"imageVersionId"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}for(const key1 in data){if(!((key1 === "type") || (key1 === "imageVersionId"))){const err19 = {instancePath,schemaPath:"#/definitions/ImageTemplateSharedImageVersionSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.type !== undefined){if("SharedImageVersion" !== data.type){const err20 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/ImageTemplateSharedImageVersionSource/properties/type/const",keyword:"const",params:{allowedValue: "SharedImageVersion"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.imageVersionId !== undefined){if(typeof data.imageVersionId !== "string"){const err21 = {instancePath:instancePath+"/imageVersionId",schemaPath:"#/definitions/ImageTemplateSharedImageVersionSource/properties/imageVersionId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath,schemaPath:"#/definitions/ImageTemplateSharedImageVersionSource/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}var _valid2 = _errs24 === errors;valid7 = _valid2;}if(!valid7){const err23 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err24 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data.type !== undefined){let data7 = data.type;if(typeof data7 !== "string"){const err25 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(!(((data7 === "ManagedImage") || (data7 === "PlatformImage")) || (data7 === "SharedImageVersion"))){const err26 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema16.properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}validate14.errors = vErrors;return errors === 0;}const schema21 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["File","PowerShell","WindowsRestart","Shell","WindowsUpdate"]}},"allOf":[{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"File"}}},"then":{"$ref":"#/definitions/ImageTemplateFileCustomizer"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"PowerShell"}}},"then":{"$ref":"#/definitions/ImageTemplatePowerShellCustomizer"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"WindowsRestart"}}},"then":{"$ref":"#/definitions/ImageTemplateRestartCustomizer"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"Shell"}}},"then":{"$ref":"#/definitions/ImageTemplateShellCustomizer"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"WindowsUpdate"}}},"then":{"$ref":"#/definitions/ImageTemplateWindowsUpdateCustomizer"}}]};const schema22 = {"type":"object","properties":{"type":{"const":"File"},"name":{"type":"string"},"sourceUri":{"type":"string"},"sha256Checksum":{"type":"string"},"destination":{"type":"string"}},"required":["type"],"additionalProperties":false};const schema23 = {"type":"object","properties":{"type":{"const":"PowerShell"},"name":{"type":"string"},"scriptUri":{"type":"string"},"sha256Checksum":{"type":"string"},"inline":{"type":"array","items":{"type":"string"}},"runElevated":{"type":"boolean"},"runAsSystem":{"type":"boolean"},"validExitCodes":{"type":"array","items":{"type":"integer"}}},"required":["type"],"additionalProperties":false};const schema24 = {"type":"object","properties":{"type":{"const":"WindowsRestart"},"name":{"type":"string"},"restartCommand":{"type":"string"},"restartCheckCommand":{"type":"string"},"restartTimeout":{"type":"string"}},"required":["type"],"additionalProperties":false};const schema25 = {"type":"object","properties":{"type":{"const":"Shell"},"name":{"type":"string"},"scriptUri":{"type":"string"},"sha256Checksum":{"type":"string"},"inline":{"type":"array","items":{"type":"string"}}},"required":["type"],"additionalProperties":false};const schema26 = {"type":"object","properties":{"type":{"const":"WindowsUpdate"},"name":{"type":"string"},"searchCriteria":{"type":"string"},"filters":{"type":"array","items":{"type":"string"}},"updateLimit":{"type":"integer","minimum":0}},"required":["type"],"additionalProperties":false};function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(errors === _errs3){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.type !== undefined){if("File" !== data.type){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}else {const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs6 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err3 = {instancePath,schemaPath:"#/definitions/ImageTemplateFileCustomizer/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!(((((key0 === "type") || (key0 === "name")) || (key0 === "sourceUri")) || (key0 === "sha256Checksum")) || (key0 === "destination"))){const err4 = {instancePath,schemaPath:"#/definitions/ImageTemplateFileCustomizer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.type !== undefined){if("File" !== data.type){const err5 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/ImageTemplateFileCustomizer/properties/type/const",keyword:"const",params:{allowedValue: "File"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err6 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/ImageTemplateFileCustomizer/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.sourceUri !== undefined){if(typeof data.sourceUri !== "string"){const err7 = {instancePath:instancePath+"/sourceUri",schemaPath:"#/definitions/ImageTemplateFileCustomizer/properties/sourceUri/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.sha256Checksum !== undefined){if(typeof data.sha256Checksum !== "string"){const err8 = {instancePath:instancePath+"/sha256Checksum",schemaPath:"#/definitions/ImageTemplateFileCustomizer/properties/sha256Checksum/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.destination !== undefined){if(typeof data.destination !== "string"){const err9 = {instancePath:instancePath+"/destination",schemaPath:"#/definitions/ImageTemplateFileCustomizer/properties/destination/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/definitions/ImageTemplateFileCustomizer/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var _valid0 = _errs6 === errors;valid1 = _valid0;}if(!valid1){const err11 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}const _errs20 = errors;let valid5 = true;const _errs21 = errors;if(errors === _errs21){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.type === undefined) && (missing1 = "type")){const err12 = {};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}else {if(data.type !== undefined){if("PowerShell" !== data.type){const err13 = {};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}}else {const err14 = {};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}var _valid1 = _errs21 === errors;errors = _errs20;if(vErrors !== null){if(_errs20){vErrors.length = _errs20;}else {vErrors = null;}}if(_valid1){const _errs24 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err15 = {instancePath,schemaPath:"#/definitions/ImageTemplatePowerShellCustomizer/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}for(const key1 in data){if(!((((((((key1 === "type") || (key1 === "name")) || (key1 === "scriptUri")) || (key1 === "sha256Checksum")) || (key1 === "inline")) || (key1 === "runElevated")) || (key1 === "runAsSystem")) || (key1 === "validExitCodes"))){const err16 = {instancePath,schemaPath:"#/definitions/ImageTemplatePowerShellCustomizer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.type !== undefined){if("PowerShell" !== data.type){const err17 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/ImageTemplatePowerShellCustomizer/properties/type/const",keyword:"const",params:{allowedValue: "PowerShell"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err18 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/ImageTemplatePowerShellCustomizer/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.scriptUri !== undefined){if(typeof data.scriptUri !== "string"){const err19 = {instancePath:instancePath+"/scriptUri",schemaPath:"#/definitions/ImageTemplatePowerShellCustomizer/properties/scriptUri/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.sha256Checksum !== undefined){if(typeof data.sha256Checksum !== "string"){const err20 = {instancePath:instancePath+"/sha256Checksum",schemaPath:"#/definitions/ImageTemplatePowerShellCustomizer/properties/sha256Checksum/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.inline !== undefined){let data11 = data.inline;if(Array.isArray(data11)){const len0 = data11.length;for(let i0=0; i0<len0; i0++){if(typeof data11[i0] !== "string"){const err21 = {instancePath:instancePath+"/inline/" + i0,schemaPath:"#/definitions/ImageTemplatePowerShellCustomizer/properties/inline/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/inline",schemaPath:"#/definitions/ImageTemplatePowerShellCustomizer/properties/inline/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.runElevated !== undefined){if(typeof data.runElevated !== "boolean"){const err23 = {instancePath:instancePath+"/runElevated",schemaPath:"#/definitions/ImageTemplatePowerShellCustomizer/properties/runElevated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.runAsSystem !== undefined){if(typeof data.runAsSystem !== "boolean"){const err24 = {instancePath:instancePath+"/runAsSystem",schemaPath:"#/definitions/ImageTemplatePowerShellCustomizer/properties/runAsSystem/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.validExitCodes !== undefined){let data15 = data.validExitCodes;if(Array.isArray(data15)){const len1 = data15.length;for(let i1=0; i1<len1; i1++){let data16 = data15[i1];if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err25 = {instancePath:instancePath+"/validExitCodes/" + i1,schemaPath:"#/definitions/ImageTemplatePowerShellCustomizer/properties/validExitCodes/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/validExitCodes",schemaPath:"#/definitions/ImageTemplatePowerShellCustomizer/properties/validExitCodes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath,schemaPath:"#/definitions/ImageTemplatePowerShellCustomizer/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}var _valid1 = _errs24 === errors;valid5 = _valid1;}if(!valid5){const err28 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}const _errs48 = errors;let valid13 = true;const _errs49 = errors;if(errors === _errs49){if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.type === undefined) && (missing2 = "type")){const err29 = {};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}else {if(data.type !== undefined){if("WindowsRestart" !== data.type){const err30 = {};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}}else {const err31 = {};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}var _valid2 = _errs49 === errors;errors = _errs48;if(vErrors !== null){if(_errs48){vErrors.length = _errs48;}else {vErrors = null;}}if(_valid2){const _errs52 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err32 = {instancePath,schemaPath:"#/definitions/ImageTemplateRestartCustomizer/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key2 in data){if(!(((((key2 === "type") || (key2 === "name")) || (key2 === "restartCommand")) || (key2 === "restartCheckCommand")) || (key2 === "restartTimeout"))){const err33 = {instancePath,schemaPath:"#/definitions/ImageTemplateRestartCustomizer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.type !== undefined){if("WindowsRestart" !== data.type){const err34 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/ImageTemplateRestartCustomizer/properties/type/const",keyword:"const",params:{allowedValue: "WindowsRestart"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err35 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/ImageTemplateRestartCustomizer/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.restartCommand !== undefined){if(typeof data.restartCommand !== "string"){const err36 = {instancePath:instancePath+"/restartCommand",schemaPath:"#/definitions/ImageTemplateRestartCustomizer/properties/restartCommand/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data.restartCheckCommand !== undefined){if(typeof data.restartCheckCommand !== "string"){const err37 = {instancePath:instancePath+"/restartCheckCommand",schemaPath:"#/definitions/ImageTemplateRestartCustomizer/properties/restartCheckCommand/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data.restartTimeout !== undefined){if(typeof data.restartTimeout !== "string"){const err38 = {instancePath:instancePath+"/restartTimeout",schemaPath:"#/definitions/ImageTemplateRestartCustomizer/properties/restartTimeout/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath,schemaPath:"#/definitions/ImageTemplateRestartCustomizer/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}var _valid2 = _errs52 === errors;valid13 = _valid2;}if(!valid13){const err40 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}const _errs66 = errors;let valid17 = true;const _errs67 = errors;if(errors === _errs67){if(data && typeof data == "object" && !Array.isArray(data)){let missing3;if((data.type === undefined) && (missing3 = "type")){const err41 = {};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}else {if(data.type !== undefined){if("Shell" !== data.type){const err42 = {};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}}else {const err43 = {};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}var _valid3 = _errs67 === errors;errors = _errs66;if(vErrors !== null){if(_errs66){vErrors.length = _errs66;}else {vErrors = null;}}if(_valid3){const _errs70 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err44 = {instancePath,schemaPath:"#/definitions/ImageTemplateShellCustomizer/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}for(const key3 in data){if(!(((((key3 === "type") || (key3 === "name")) || (key3 === "scriptUri")) || (key3 === "sha256Checksum")) || (key3 === "inline"))){const err45 = {instancePath,schemaPath:"#/definitions/ImageTemplateShellCustomizer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data.type !== undefined){if("Shell" !== data.type){const err46 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/ImageTemplateShellCustomizer/properties/type/const",keyword:"const",params:{allowedValue: "Shell"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err47 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/ImageTemplateShellCustomizer/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data.scriptUri !== undefined){if(typeof data.scriptUri !== "string"){const err48 = {instancePath:instancePath+"/scriptUri",schemaPath:"#/definitions/ImageTemplateShellCustomizer/properties/scriptUri/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data.sha256Checksum !== undefined){if(typeof data.sha256Checksum !== "string"){const err49 = {instancePath:instancePath+"/sha256Checksum",schemaPath:"#/definitions/ImageTemplateShellCustomizer/properties/sha256Checksum/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data.inline !== undefined){let data28 = data.inline;if(Array.isArray(data28)){const len2 = data28.length;for(let i2=0; i2<len2; i2++){if(typeof data28[i2] !== "string"){const err50 = {instancePath:instancePath+"/inline/" + i2,schemaPath:"#/definitions/ImageTemplateShellCustomizer/properties/inline/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}else {const err51 = {instancePath:instancePath+"/inline",schemaPath:"#/definitions/ImageTemplateShellCustomizer/properties/inline/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}}else {const err52 = {instancePath,schemaPath:"#/definitions/ImageTemplateShellCustomizer/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}var _valid3 = _errs70 === errors;valid17 = _valid3;}if(!valid17){const err53 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}const _errs86 = errors;let valid23 = true;const _errs87 = errors;if(errors === _errs87){if(data && typeof data == "object" && !Array.isArray(data)){let missing4;if((data.type === undefined) && (missing4 = "type")){const err54 = {};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}else {if(data.type !== undefined){if("WindowsUpdate" !== data.type){const err55 = {};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}}else {const err56 = {};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}var _valid4 = _errs87 === errors;errors = _errs86;if(vErrors !== null){if(_errs86){vErrors.length = _errs86;}else {vErrors = null;}}if(_valid4){const _errs90 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err57 = {instancePath,schemaPath:"#/definitions/ImageTemplateWindowsUpdateCustomizer/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}for(const key4 in data){if(!(((((key4 === "type") || (key4 === "name")) || (key4 === "searchCriteria")) || (key4 === "filters")) || (key4 === "updateLimit"))){const err58 = {instancePath,schemaPath:"#/definitions/ImageTemplateWindowsUpdateCustomizer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data.type !== undefined){if("WindowsUpdate" !== data.type){const err59 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/ImageTemplateWindowsUpdateCustomizer/properties/type/const",keyword:"const",params:{allowedValue: "WindowsUpdate"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err60 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/ImageTemplateWindowsUpdateCustomizer/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data.searchCriteria !== undefined){if(typeof data.searchCriteria !== "string"){const err61 = {instancePath:instancePath+"/searchCriteria",schemaPath:"#/definitions/ImageTemplateWindowsUpdateCustomizer/properties/searchCriteria/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data.filters !== undefined){let data34 = data.filters;if(Array.isArray(data34)){const len3 = data34.length;for(let i3=0; i3<len3; i3++){if(typeof data34[i3] !== "string"){const err62 = {instancePath:instancePath+"/filters/" + i3,schemaPath:"#/definitions/ImageTemplateWindowsUpdateCustomizer/properties/filters/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}}else {const err63 = {instancePath:instancePath+"/filters",schemaPath:"#/definitions/ImageTemplateWindowsUpdateCustomizer/properties/filters/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data.updateLimit !== undefined){let data36 = data.updateLimit;if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){const err64 = {instancePath:instancePath+"/updateLimit",schemaPath:"#/definitions/ImageTemplateWindowsUpdateCustomizer/properties/updateLimit/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if((typeof data36 == "number") && (isFinite(data36))){if(data36 < 0 || isNaN(data36)){const err65 = {instancePath:instancePath+"/updateLimit",schemaPath:"#/definitions/ImageTemplateWindowsUpdateCustomizer/properties/updateLimit/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}}else {const err66 = {instancePath,schemaPath:"#/definitions/ImageTemplateWindowsUpdateCustomizer/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}var _valid4 = _errs90 === errors;valid23 = _valid4;}if(!valid23){const err67 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err68 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}if(data.type !== undefined){let data37 = data.type;if(typeof data37 !== "string"){const err69 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}if(!(((((data37 === "File") || (data37 === "PowerShell")) || (data37 === "WindowsRestart")) || (data37 === "Shell")) || (data37 === "WindowsUpdate"))){const err70 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema21.properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}}else {const err71 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}validate18.errors = vErrors;return errors === 0;}const schema27 = {"type":"object","properties":{"vmBoot":{"$ref":"#/definitions/ImageTemplatePropertiesOptimizeVmBoot"},"workload":{"$ref":"#/definitions/ImageTemplatePropertiesOptimizeWorkload"}},"required":[],"additionalProperties":false};const schema28 = {"type":"object","properties":{"state":{"$ref":"#/definitions/VMBootOptimizationState"}},"required":[],"additionalProperties":false};const schema29 = {"type":"string","enum":["Enabled","Disabled"]};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(key0 === "state")){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.state !== undefined){let data0 = data.state;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/VMBootOptimizationState/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!((data0 === "Enabled") || (data0 === "Disabled"))){const err2 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/VMBootOptimizationState/enum",keyword:"enum",params:{allowedValues: schema29.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate21.errors = vErrors;return errors === 0;}const schema30 = {"type":"object","properties":{"state":{"$ref":"#/definitions/WorkloadOptimizationState"},"scriptUri":{"type":"string"},"sha256Checksum":{"type":"string"}},"required":[],"additionalProperties":false};const schema31 = {"type":"string","enum":["Enabled","Disabled"]};function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "state") || (key0 === "scriptUri")) || (key0 === "sha256Checksum"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.state !== undefined){let data0 = data.state;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/WorkloadOptimizationState/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!((data0 === "Enabled") || (data0 === "Disabled"))){const err2 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/WorkloadOptimizationState/enum",keyword:"enum",params:{allowedValues: schema31.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.scriptUri !== undefined){if(typeof data.scriptUri !== "string"){const err3 = {instancePath:instancePath+"/scriptUri",schemaPath:"#/properties/scriptUri/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.sha256Checksum !== undefined){if(typeof data.sha256Checksum !== "string"){const err4 = {instancePath:instancePath+"/sha256Checksum",schemaPath:"#/properties/sha256Checksum/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate23.errors = vErrors;return errors === 0;}function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "vmBoot") || (key0 === "workload"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.vmBoot !== undefined){if(!(validate21(data.vmBoot, {instancePath:instancePath+"/vmBoot",parentData:data,parentDataProperty:"vmBoot",rootData}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}if(data.workload !== undefined){if(!(validate23(data.workload, {instancePath:instancePath+"/workload",parentData:data,parentDataProperty:"workload",rootData}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}}else {const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate20.errors = vErrors;return errors === 0;}const schema32 = {"type":"object","properties":{"continueDistributeOnFailure":{"type":"boolean"},"sourceValidationOnly":{"type":"boolean"},"inVMValidations":{"type":"array","items":{"$ref":"#/definitions/ImageTemplateInVMValidator"}}},"required":[],"additionalProperties":false};const schema33 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["File","PowerShell","Shell"]}},"allOf":[{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"File"}}},"then":{"$ref":"#/definitions/ImageTemplateFileValidator"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"PowerShell"}}},"then":{"$ref":"#/definitions/ImageTemplatePowerShellValidator"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"Shell"}}},"then":{"$ref":"#/definitions/ImageTemplateShellValidator"}}]};const schema34 = {"type":"object","properties":{"type":{"const":"File"},"name":{"type":"string"},"sourceUri":{"type":"string"},"sha256Checksum":{"type":"string"},"destination":{"type":"string"}},"required":["type"],"additionalProperties":false};const schema35 = {"type":"object","properties":{"type":{"const":"PowerShell"},"name":{"type":"string"},"scriptUri":{"type":"string"},"sha256Checksum":{"type":"string"},"inline":{"type":"array","items":{"type":"string"}},"runElevated":{"type":"boolean"},"runAsSystem":{"type":"boolean"},"validExitCodes":{"type":"array","items":{"type":"integer"}}},"required":["type"],"additionalProperties":false};const schema36 = {"type":"object","properties":{"type":{"const":"Shell"},"name":{"type":"string"},"scriptUri":{"type":"string"},"sha256Checksum":{"type":"string"},"inline":{"type":"array","items":{"type":"string"}}},"required":["type"],"additionalProperties":false};function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(errors === _errs3){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.type !== undefined){if("File" !== data.type){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}else {const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs6 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err3 = {instancePath,schemaPath:"#/definitions/ImageTemplateFileValidator/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!(((((key0 === "type") || (key0 === "name")) || (key0 === "sourceUri")) || (key0 === "sha256Checksum")) || (key0 === "destination"))){const err4 = {instancePath,schemaPath:"#/definitions/ImageTemplateFileValidator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.type !== undefined){if("File" !== data.type){const err5 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/ImageTemplateFileValidator/properties/type/const",keyword:"const",params:{allowedValue: "File"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err6 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/ImageTemplateFileValidator/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.sourceUri !== undefined){if(typeof data.sourceUri !== "string"){const err7 = {instancePath:instancePath+"/sourceUri",schemaPath:"#/definitions/ImageTemplateFileValidator/properties/sourceUri/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.sha256Checksum !== undefined){if(typeof data.sha256Checksum !== "string"){const err8 = {instancePath:instancePath+"/sha256Checksum",schemaPath:"#/definitions/ImageTemplateFileValidator/properties/sha256Checksum/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.destination !== undefined){if(typeof data.destination !== "string"){const err9 = {instancePath:instancePath+"/destination",schemaPath:"#/definitions/ImageTemplateFileValidator/properties/destination/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/definitions/ImageTemplateFileValidator/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}var _valid0 = _errs6 === errors;valid1 = _valid0;}if(!valid1){const err11 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}const _errs20 = errors;let valid5 = true;const _errs21 = errors;if(errors === _errs21){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.type === undefined) && (missing1 = "type")){const err12 = {};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}else {if(data.type !== undefined){if("PowerShell" !== data.type){const err13 = {};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}}else {const err14 = {};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}var _valid1 = _errs21 === errors;errors = _errs20;if(vErrors !== null){if(_errs20){vErrors.length = _errs20;}else {vErrors = null;}}if(_valid1){const _errs24 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err15 = {instancePath,schemaPath:"#/definitions/ImageTemplatePowerShellValidator/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}for(const key1 in data){if(!((((((((key1 === "type") || (key1 === "name")) || (key1 === "scriptUri")) || (key1 === "sha256Checksum")) || (key1 === "inline")) || (key1 === "runElevated")) || (key1 === "runAsSystem")) || (key1 === "validExitCodes"))){const err16 = {instancePath,schemaPath:"#/definitions/ImageTemplatePowerShellValidator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.type !== undefined){if("PowerShell" !== data.type){const err17 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/ImageTemplatePowerShellValidator/properties/type/const",keyword:"const",params:{allowedValue: "PowerShell"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err18 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/ImageTemplatePowerShellValidator/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.scriptUri !== undefined){if(typeof data.scriptUri !== "string"){const err19 = {instancePath:instancePath+"/scriptUri",schemaPath:"#/definitions/ImageTemplatePowerShellValidator/properties/scriptUri/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.sha256Checksum !== undefined){if(typeof data.sha256Checksum !== "string"){const err20 = {instancePath:instancePath+"/sha256Checksum",schemaPath:"#/definitions/ImageTemplatePowerShellValidator/properties/sha256Checksum/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.inline !== undefined){let data11 = data.inline;if(Array.isArray(data11)){const len0 = data11.length;for(let i0=0; i0<len0; i0++){if(typeof data11[i0] !== "string"){const err21 = {instancePath:instancePath+"/inline/" + i0,schemaPath:"#/definitions/ImageTemplatePowerShellValidator/properties/inline/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}else {const err22 = {instancePath:instancePath+"/inline",schemaPath:"#/definitions/ImageTemplatePowerShellValidator/properties/inline/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data.runElevated !== undefined){if(typeof data.runElevated !== "boolean"){const err23 = {instancePath:instancePath+"/runElevated",schemaPath:"#/definitions/ImageTemplatePowerShellValidator/properties/runElevated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.runAsSystem !== undefined){if(typeof data.runAsSystem !== "boolean"){const err24 = {instancePath:instancePath+"/runAsSystem",schemaPath:"#/definitions/ImageTemplatePowerShellValidator/properties/runAsSystem/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.validExitCodes !== undefined){let data15 = data.validExitCodes;if(Array.isArray(data15)){const len1 = data15.length;for(let i1=0; i1<len1; i1++){let data16 = data15[i1];if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){const err25 = {instancePath:instancePath+"/validExitCodes/" + i1,schemaPath:"#/definitions/ImageTemplatePowerShellValidator/properties/validExitCodes/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/validExitCodes",schemaPath:"#/definitions/ImageTemplatePowerShellValidator/properties/validExitCodes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath,schemaPath:"#/definitions/ImageTemplatePowerShellValidator/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}var _valid1 = _errs24 === errors;valid5 = _valid1;}if(!valid5){const err28 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}const _errs48 = errors;let valid13 = true;const _errs49 = errors;if(errors === _errs49){if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.type === undefined) && (missing2 = "type")){const err29 = {};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}else {if(data.type !== undefined){if("Shell" !== data.type){const err30 = {};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}}else {const err31 = {};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}var _valid2 = _errs49 === errors;errors = _errs48;if(vErrors !== null){if(_errs48){vErrors.length = _errs48;}else {vErrors = null;}}if(_valid2){const _errs52 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err32 = {instancePath,schemaPath:"#/definitions/ImageTemplateShellValidator/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key2 in data){if(!(((((key2 === "type") || (key2 === "name")) || (key2 === "scriptUri")) || (key2 === "sha256Checksum")) || (key2 === "inline"))){const err33 = {instancePath,schemaPath:"#/definitions/ImageTemplateShellValidator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.type !== undefined){if("Shell" !== data.type){const err34 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/ImageTemplateShellValidator/properties/type/const",keyword:"const",params:{allowedValue: "Shell"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err35 = {instancePath:instancePath+"/name",schemaPath:"#/definitions/ImageTemplateShellValidator/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data.scriptUri !== undefined){if(typeof data.scriptUri !== "string"){const err36 = {instancePath:instancePath+"/scriptUri",schemaPath:"#/definitions/ImageTemplateShellValidator/properties/scriptUri/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data.sha256Checksum !== undefined){if(typeof data.sha256Checksum !== "string"){const err37 = {instancePath:instancePath+"/sha256Checksum",schemaPath:"#/definitions/ImageTemplateShellValidator/properties/sha256Checksum/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data.inline !== undefined){let data22 = data.inline;if(Array.isArray(data22)){const len2 = data22.length;for(let i2=0; i2<len2; i2++){if(typeof data22[i2] !== "string"){const err38 = {instancePath:instancePath+"/inline/" + i2,schemaPath:"#/definitions/ImageTemplateShellValidator/properties/inline/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/inline",schemaPath:"#/definitions/ImageTemplateShellValidator/properties/inline/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath,schemaPath:"#/definitions/ImageTemplateShellValidator/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}var _valid2 = _errs52 === errors;valid13 = _valid2;}if(!valid13){const err41 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err42 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}if(data.type !== undefined){let data24 = data.type;if(typeof data24 !== "string"){const err43 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}if(!(((data24 === "File") || (data24 === "PowerShell")) || (data24 === "Shell"))){const err44 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema33.properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}}else {const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}validate27.errors = vErrors;return errors === 0;}function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((key0 === "continueDistributeOnFailure") || (key0 === "sourceValidationOnly")) || (key0 === "inVMValidations"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.continueDistributeOnFailure !== undefined){if(typeof data.continueDistributeOnFailure !== "boolean"){const err1 = {instancePath:instancePath+"/continueDistributeOnFailure",schemaPath:"#/properties/continueDistributeOnFailure/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.sourceValidationOnly !== undefined){if(typeof data.sourceValidationOnly !== "boolean"){const err2 = {instancePath:instancePath+"/sourceValidationOnly",schemaPath:"#/properties/sourceValidationOnly/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.inVMValidations !== undefined){let data2 = data.inVMValidations;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(!(validate27(data2[i0], {instancePath:instancePath+"/inVMValidations/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}else {const err3 = {instancePath:instancePath+"/inVMValidations",schemaPath:"#/properties/inVMValidations/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}validate26.errors = vErrors;return errors === 0;}const schema37 = {"type":"object","required":["type"],"properties":{"type":{"type":"string","enum":["ManagedImage","SharedImage","VHD"]}},"allOf":[{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"ManagedImage"}}},"then":{"$ref":"#/definitions/ImageTemplateManagedImageDistributor"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"SharedImage"}}},"then":{"$ref":"#/definitions/ImageTemplateSharedImageDistributor"}},{"if":{"type":"object","required":["type"],"properties":{"type":{"const":"VHD"}}},"then":{"$ref":"#/definitions/ImageTemplateVhdDistributor"}}]};const schema38 = {"type":"object","properties":{"type":{"const":"ManagedImage"},"runOutputName":{"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"},"artifactTags":{"type":"object","additionalProperties":{"type":"string"}},"imageId":{"type":"string"},"location":{"type":"string"}},"required":["type","runOutputName","imageId","location"],"additionalProperties":false};const schema47 = {"type":"object","properties":{"type":{"const":"VHD"},"runOutputName":{"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"},"artifactTags":{"type":"object","additionalProperties":{"type":"string"}},"uri":{"type":"string"}},"required":["type","runOutputName"],"additionalProperties":false};const pattern0 = new RegExp("^[A-Za-z0-9-_.]{1,64}$", "u");const schema39 = {"type":"object","properties":{"type":{"const":"SharedImage"},"runOutputName":{"type":"string","pattern":"^[A-Za-z0-9-_.]{1,64}$"},"artifactTags":{"type":"object","additionalProperties":{"type":"string"}},"galleryImageId":{"type":"string"},"replicationRegions":{"type":"array","items":{"type":"string"}},"excludeFromLatest":{"type":"boolean"},"storageAccountType":{"$ref":"#/definitions/SharedImageStorageAccountType"},"targetRegions":{"type":"array","items":{"$ref":"#/definitions/TargetRegion"}},"versioning":{"$ref":"#/definitions/DistributeVersioner"},"replicationMode":{"$ref":"#/definitions/ReplicationMode"}},"required":["type","runOutputName","galleryImageId"],"additionalProperties":false};const schema40 = {"type":"string","enum":["Standard_LRS","Standard_ZRS","Premium_LRS"]};const schema46 = {"type":"string","enum":["Full","Shallow"]};const schema41 = {"type":"object","properties":{"name":{"type":"string"},"replicaCount":{"type":"integer","minimum":1},"storageAccountType":{"$ref":"#/definitions/SharedImageStorageAccountType"}},"required":["name"],"additionalProperties":false};function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!(((key0 === "name") || (key0 === "replicaCount")) || (key0 === "storageAccountType"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.replicaCount !== undefined){let data1 = data.replicaCount;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err3 = {instancePath:instancePath+"/replicaCount",schemaPath:"#/properties/replicaCount/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 < 1 || isNaN(data1)){const err4 = {instancePath:instancePath+"/replicaCount",schemaPath:"#/properties/replicaCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}if(data.storageAccountType !== undefined){let data2 = data.storageAccountType;if(typeof data2 !== "string"){const err5 = {instancePath:instancePath+"/storageAccountType",schemaPath:"#/definitions/SharedImageStorageAccountType/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!(((data2 === "Standard_LRS") || (data2 === "Standard_ZRS")) || (data2 === "Premium_LRS"))){const err6 = {instancePath:instancePath+"/storageAccountType",schemaPath:"#/definitions/SharedImageStorageAccountType/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}validate32.errors = vErrors;return errors === 0;}const schema43 = {"type":"object","required":["scheme"],"properties":{"scheme":{"type":"string","enum":["Latest","Source"]}},"allOf":[{"if":{"type":"object","required":["scheme"],"properties":{"scheme":{"const":"Latest"}}},"then":{"$ref":"#/definitions/DistributeVersionerLatest"}},{"if":{"type":"object","required":["scheme"],"properties":{"scheme":{"const":"Source"}}},"then":{"$ref":"#/definitions/DistributeVersionerSource"}}]};const schema44 = {"type":"object","properties":{"scheme":{"const":"Latest"},"major":{"type":"integer","minimum":-1}},"required":["scheme"],"additionalProperties":false};const schema45 = {"type":"object","properties":{"scheme":{"const":"Source"}},"required":["scheme"],"additionalProperties":false};function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(errors === _errs3){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.scheme === undefined) && (missing0 = "scheme")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.scheme !== undefined){if("Latest" !== data.scheme){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}else {const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs6 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.scheme === undefined){const err3 = {instancePath,schemaPath:"#/definitions/DistributeVersionerLatest/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!((key0 === "scheme") || (key0 === "major"))){const err4 = {instancePath,schemaPath:"#/definitions/DistributeVersionerLatest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.scheme !== undefined){if("Latest" !== data.scheme){const err5 = {instancePath:instancePath+"/scheme",schemaPath:"#/definitions/DistributeVersionerLatest/properties/scheme/const",keyword:"const",params:{allowedValue: "Latest"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.major !== undefined){let data2 = data.major;if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){const err6 = {instancePath:instancePath+"/major",schemaPath:"#/definitions/DistributeVersionerLatest/properties/major/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if((typeof data2 == "number") && (isFinite(data2))){if(data2 < -1 || isNaN(data2)){const err7 = {instancePath:instancePath+"/major",schemaPath:"#/definitions/DistributeVersionerLatest/properties/major/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}}else {const err8 = {instancePath,schemaPath:"#/definitions/DistributeVersionerLatest/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}var _valid0 = _errs6 === errors;valid1 = _valid0;}if(!valid1){const err9 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}const _errs14 = errors;let valid5 = true;const _errs15 = errors;if(errors === _errs15){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.scheme === undefined) && (missing1 = "scheme")){const err10 = {};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}else {if(data.scheme !== undefined){if("Source" !== data.scheme){const err11 = {};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}}else {const err12 = {};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}var _valid1 = _errs15 === errors;errors = _errs14;if(vErrors !== null){if(_errs14){vErrors.length = _errs14;}else {vErrors = null;}}if(_valid1){const _errs18 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.scheme === undefined){const err13 = {instancePath,schemaPath:"#/definitions/DistributeVersionerSource/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}for(const key1 in data){if(!(key1 === "scheme")){const err14 = {instancePath,schemaPath:"#/definitions/DistributeVersionerSource/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.scheme !== undefined){if("Source" !== data.scheme){const err15 = {instancePath:instancePath+"/scheme",schemaPath:"#/definitions/DistributeVersionerSource/properties/scheme/const",keyword:"const",params:{allowedValue: "Source"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath,schemaPath:"#/definitions/DistributeVersionerSource/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}var _valid1 = _errs18 === errors;valid5 = _valid1;}if(!valid5){const err17 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.scheme === undefined){const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scheme"},message:"must have required property '"+"scheme"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data.scheme !== undefined){let data5 = data.scheme;if(typeof data5 !== "string"){const err19 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(!((data5 === "Latest") || (data5 === "Source"))){const err20 = {instancePath:instancePath+"/scheme",schemaPath:"#/properties/scheme/enum",keyword:"enum",params:{allowedValues: schema43.properties.scheme.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}validate34.errors = vErrors;return errors === 0;}function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.runOutputName === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "runOutputName"},message:"must have required property '"+"runOutputName"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.galleryImageId === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "galleryImageId"},message:"must have required property '"+"galleryImageId"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(func2.call(schema39.properties, key0))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.type !== undefined){if("SharedImage" !== data.type){const err4 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/const",keyword:"const",params:{allowedValue: "SharedImage"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.runOutputName !== undefined){let data1 = data.runOutputName;if(typeof data1 === "string"){if(!pattern0.test(data1)){const err5 = {instancePath:instancePath+"/runOutputName",schemaPath:"#/properties/runOutputName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-_.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9-_.]{1,64}$"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/runOutputName",schemaPath:"#/properties/runOutputName/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.artifactTags !== undefined){let data2 = data.artifactTags;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key1 in data2){if(typeof data2[key1] !== "string"){const err7 = {instancePath:instancePath+"/artifactTags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/artifactTags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath:instancePath+"/artifactTags",schemaPath:"#/properties/artifactTags/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.galleryImageId !== undefined){if(typeof data.galleryImageId !== "string"){const err9 = {instancePath:instancePath+"/galleryImageId",schemaPath:"#/properties/galleryImageId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.replicationRegions !== undefined){let data5 = data.replicationRegions;if(Array.isArray(data5)){const len0 = data5.length;for(let i0=0; i0<len0; i0++){if(typeof data5[i0] !== "string"){const err10 = {instancePath:instancePath+"/replicationRegions/" + i0,schemaPath:"#/properties/replicationRegions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/replicationRegions",schemaPath:"#/properties/replicationRegions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.excludeFromLatest !== undefined){if(typeof data.excludeFromLatest !== "boolean"){const err12 = {instancePath:instancePath+"/excludeFromLatest",schemaPath:"#/properties/excludeFromLatest/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.storageAccountType !== undefined){let data8 = data.storageAccountType;if(typeof data8 !== "string"){const err13 = {instancePath:instancePath+"/storageAccountType",schemaPath:"#/definitions/SharedImageStorageAccountType/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(!(((data8 === "Standard_LRS") || (data8 === "Standard_ZRS")) || (data8 === "Premium_LRS"))){const err14 = {instancePath:instancePath+"/storageAccountType",schemaPath:"#/definitions/SharedImageStorageAccountType/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.targetRegions !== undefined){let data9 = data.targetRegions;if(Array.isArray(data9)){const len1 = data9.length;for(let i1=0; i1<len1; i1++){if(!(validate32(data9[i1], {instancePath:instancePath+"/targetRegions/" + i1,parentData:data9,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);errors = vErrors.length;}}}else {const err15 = {instancePath:instancePath+"/targetRegions",schemaPath:"#/properties/targetRegions/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.versioning !== undefined){if(!(validate34(data.versioning, {instancePath:instancePath+"/versioning",parentData:data,parentDataProperty:"versioning",rootData}))){vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);errors = vErrors.length;}}if(data.replicationMode !== undefined){let data12 = data.replicationMode;if(typeof data12 !== "string"){const err16 = {instancePath:instancePath+"/replicationMode",schemaPath:"#/definitions/ReplicationMode/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(!((data12 === "Full") || (data12 === "Shallow"))){const err17 = {instancePath:instancePath+"/replicationMode",schemaPath:"#/definitions/ReplicationMode/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}validate31.errors = vErrors;return errors === 0;}function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs2 = errors;let valid1 = true;const _errs3 = errors;if(errors === _errs3){if(data && typeof data == "object" && !Array.isArray(data)){let missing0;if((data.type === undefined) && (missing0 = "type")){const err0 = {};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}else {if(data.type !== undefined){if("ManagedImage" !== data.type){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}}else {const err2 = {};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}var _valid0 = _errs3 === errors;errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}if(_valid0){const _errs6 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err3 = {instancePath,schemaPath:"#/definitions/ImageTemplateManagedImageDistributor/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.runOutputName === undefined){const err4 = {instancePath,schemaPath:"#/definitions/ImageTemplateManagedImageDistributor/required",keyword:"required",params:{missingProperty: "runOutputName"},message:"must have required property '"+"runOutputName"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.imageId === undefined){const err5 = {instancePath,schemaPath:"#/definitions/ImageTemplateManagedImageDistributor/required",keyword:"required",params:{missingProperty: "imageId"},message:"must have required property '"+"imageId"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.location === undefined){const err6 = {instancePath,schemaPath:"#/definitions/ImageTemplateManagedImageDistributor/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}for(const key0 in data){if(!(((((key0 === "type") || (key0 === "runOutputName")) || (key0 === "artifactTags")) || (key0 === "imageId")) || (key0 === "location"))){const err7 = {instancePath,schemaPath:"#/definitions/ImageTemplateManagedImageDistributor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.type !== undefined){if("ManagedImage" !== data.type){const err8 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/ImageTemplateManagedImageDistributor/properties/type/const",keyword:"const",params:{allowedValue: "ManagedImage"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.runOutputName !== undefined){let data2 = data.runOutputName;if(typeof data2 === "string"){if(!pattern0.test(data2)){const err9 = {instancePath:instancePath+"/runOutputName",schemaPath:"#/definitions/ImageTemplateManagedImageDistributor/properties/runOutputName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-_.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9-_.]{1,64}$"+"\""};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/runOutputName",schemaPath:"#/definitions/ImageTemplateManagedImageDistributor/properties/runOutputName/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.artifactTags !== undefined){let data3 = data.artifactTags;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(typeof data3[key1] !== "string"){const err11 = {instancePath:instancePath+"/artifactTags/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ImageTemplateManagedImageDistributor/properties/artifactTags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/artifactTags",schemaPath:"#/definitions/ImageTemplateManagedImageDistributor/properties/artifactTags/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.imageId !== undefined){if(typeof data.imageId !== "string"){const err13 = {instancePath:instancePath+"/imageId",schemaPath:"#/definitions/ImageTemplateManagedImageDistributor/properties/imageId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.location !== undefined){if(typeof data.location !== "string"){const err14 = {instancePath:instancePath+"/location",schemaPath:"#/definitions/ImageTemplateManagedImageDistributor/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath,schemaPath:"#/definitions/ImageTemplateManagedImageDistributor/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}var _valid0 = _errs6 === errors;valid1 = _valid0;}if(!valid1){const err16 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}const _errs23 = errors;let valid6 = true;const _errs24 = errors;if(errors === _errs24){if(data && typeof data == "object" && !Array.isArray(data)){let missing1;if((data.type === undefined) && (missing1 = "type")){const err17 = {};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}else {if(data.type !== undefined){if("SharedImage" !== data.type){const err18 = {};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}}else {const err19 = {};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}var _valid1 = _errs24 === errors;errors = _errs23;if(vErrors !== null){if(_errs23){vErrors.length = _errs23;}else {vErrors = null;}}if(_valid1){const _errs27 = errors;if(!(validate31(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);errors = vErrors.length;}var _valid1 = _errs27 === errors;valid6 = _valid1;}if(!valid6){const err20 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}const _errs29 = errors;let valid8 = true;const _errs30 = errors;if(errors === _errs30){if(data && typeof data == "object" && !Array.isArray(data)){let missing2;if((data.type === undefined) && (missing2 = "type")){const err21 = {};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}else {if(data.type !== undefined){if("VHD" !== data.type){const err22 = {};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}}else {const err23 = {};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}var _valid2 = _errs30 === errors;errors = _errs29;if(vErrors !== null){if(_errs29){vErrors.length = _errs29;}else {vErrors = null;}}if(_valid2){const _errs33 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err24 = {instancePath,schemaPath:"#/definitions/ImageTemplateVhdDistributor/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data.runOutputName === undefined){const err25 = {instancePath,schemaPath:"#/definitions/ImageTemplateVhdDistributor/required",keyword:"required",params:{missingProperty: "runOutputName"},message:"must have required property '"+"runOutputName"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}for(const key2 in data){if(!((((key2 === "type") || (key2 === "runOutputName")) || (key2 === "artifactTags")) || (key2 === "uri"))){const err26 = {instancePath,schemaPath:"#/definitions/ImageTemplateVhdDistributor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data.type !== undefined){if("VHD" !== data.type){const err27 = {instancePath:instancePath+"/type",schemaPath:"#/definitions/ImageTemplateVhdDistributor/properties/type/const",keyword:"const",params:{allowedValue: "VHD"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.runOutputName !== undefined){let data10 = data.runOutputName;if(typeof data10 === "string"){if(!pattern0.test(data10)){const err28 = {instancePath:instancePath+"/runOutputName",schemaPath:"#/definitions/ImageTemplateVhdDistributor/properties/runOutputName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-_.]{1,64}$"},message:"must match pattern \""+"^[A-Za-z0-9-_.]{1,64}$"+"\""};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/runOutputName",schemaPath:"#/definitions/ImageTemplateVhdDistributor/properties/runOutputName/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data.artifactTags !== undefined){let data11 = data.artifactTags;if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key3 in data11){if(typeof data11[key3] !== "string"){const err30 = {instancePath:instancePath+"/artifactTags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/ImageTemplateVhdDistributor/properties/artifactTags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/artifactTags",schemaPath:"#/definitions/ImageTemplateVhdDistributor/properties/artifactTags/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data.uri !== undefined){if(typeof data.uri !== "string"){const err32 = {instancePath:instancePath+"/uri",schemaPath:"#/definitions/ImageTemplateVhdDistributor/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath,schemaPath:"#/definitions/ImageTemplateVhdDistributor/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}var _valid2 = _errs33 === errors;valid8 = _valid2;}if(!valid8){const err34 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.type === undefined){const err35 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data.type !== undefined){let data14 = data.type;if(typeof data14 !== "string"){const err36 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(!(((data14 === "ManagedImage") || (data14 === "SharedImage")) || (data14 === "VHD"))){const err37 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema37.properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}validate30.errors = vErrors;return errors === 0;}const schema48 = {"type":"object","properties":{"onCustomizerError":{"$ref":"#/definitions/OnBuildError"},"onValidationError":{"$ref":"#/definitions/OnBuildError"}},"required":[],"additionalProperties":false};const schema49 = {"type":"string","enum":["cleanup","abort"]};function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "onCustomizerError") || (key0 === "onValidationError"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.onCustomizerError !== undefined){let data0 = data.onCustomizerError;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/onCustomizerError",schemaPath:"#/definitions/OnBuildError/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!((data0 === "cleanup") || (data0 === "abort"))){const err2 = {instancePath:instancePath+"/onCustomizerError",schemaPath:"#/definitions/OnBuildError/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.onValidationError !== undefined){let data1 = data.onValidationError;if(typeof data1 !== "string"){const err3 = {instancePath:instancePath+"/onValidationError",schemaPath:"#/definitions/OnBuildError/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(!((data1 === "cleanup") || (data1 === "abort"))){const err4 = {instancePath:instancePath+"/onValidationError",schemaPath:"#/definitions/OnBuildError/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}validate38.errors = vErrors;return errors === 0;}const schema51 = {"type":"object","properties":{"vmSize":{"type":"string"},"osDiskSizeGB":{"type":"integer","minimum":0},"userAssignedIdentities":{"type":"array","items":{"type":"string"}},"vnetConfig":{"$ref":"#/definitions/VirtualNetworkConfig"}},"required":[],"additionalProperties":false};const schema52 = {"type":"object","properties":{"subnetId":{"type":"string"},"containerInstanceSubnetId":{"type":"string"},"proxyVmSize":{"type":"string"}},"required":[],"additionalProperties":false};function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((((key0 === "vmSize") || (key0 === "osDiskSizeGB")) || (key0 === "userAssignedIdentities")) || (key0 === "vnetConfig"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.vmSize !== undefined){if(typeof data.vmSize !== "string"){const err1 = {instancePath:instancePath+"/vmSize",schemaPath:"#/properties/vmSize/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.osDiskSizeGB !== undefined){let data1 = data.osDiskSizeGB;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err2 = {instancePath:instancePath+"/osDiskSizeGB",schemaPath:"#/properties/osDiskSizeGB/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 < 0 || isNaN(data1)){const err3 = {instancePath:instancePath+"/osDiskSizeGB",schemaPath:"#/properties/osDiskSizeGB/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}if(data.userAssignedIdentities !== undefined){let data2 = data.userAssignedIdentities;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(typeof data2[i0] !== "string"){const err4 = {instancePath:instancePath+"/userAssignedIdentities/" + i0,schemaPath:"#/properties/userAssignedIdentities/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath:instancePath+"/userAssignedIdentities",schemaPath:"#/properties/userAssignedIdentities/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.vnetConfig !== undefined){let data4 = data.vnetConfig;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){if(!(((key1 === "subnetId") || (key1 === "containerInstanceSubnetId")) || (key1 === "proxyVmSize"))){const err6 = {instancePath:instancePath+"/vnetConfig",schemaPath:"#/definitions/VirtualNetworkConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data4.subnetId !== undefined){if(typeof data4.subnetId !== "string"){const err7 = {instancePath:instancePath+"/vnetConfig/subnetId",schemaPath:"#/definitions/VirtualNetworkConfig/properties/subnetId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.containerInstanceSubnetId !== undefined){if(typeof data4.containerInstanceSubnetId !== "string"){const err8 = {instancePath:instancePath+"/vnetConfig/containerInstanceSubnetId",schemaPath:"#/definitions/VirtualNetworkConfig/properties/containerInstanceSubnetId/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4.proxyVmSize !== undefined){if(typeof data4.proxyVmSize !== "string"){const err9 = {instancePath:instancePath+"/vnetConfig/proxyVmSize",schemaPath:"#/definitions/VirtualNetworkConfig/properties/proxyVmSize/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/vnetConfig",schemaPath:"#/definitions/VirtualNetworkConfig/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}validate40.errors = vErrors;return errors === 0;}const schema54 = {"type":"object","properties":{"state":{"$ref":"#/definitions/AutoRunState"}},"required":[],"additionalProperties":false};const schema55 = {"type":"string","enum":["Enabled","Disabled"]};function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(key0 === "state")){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.state !== undefined){let data0 = data.state;if(typeof data0 !== "string"){const err1 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/AutoRunState/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(!((data0 === "Enabled") || (data0 === "Disabled"))){const err2 = {instancePath:instancePath+"/state",schemaPath:"#/definitions/AutoRunState/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate42.errors = vErrors;return errors === 0;}function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.source === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.distribute === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "distribute"},message:"must have required property '"+"distribute"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func2.call(schema15.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.source !== undefined){if(!(validate14(data.source, {instancePath:instancePath+"/source",parentData:data,parentDataProperty:"source",rootData}))){vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);errors = vErrors.length;}}if(data.customize !== undefined){let data1 = data.customize;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){if(!(validate18(data1[i0], {instancePath:instancePath+"/customize/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);errors = vErrors.length;}}}else {const err3 = {instancePath:instancePath+"/customize",schemaPath:"#/properties/customize/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.optimize !== undefined){if(!(validate20(data.optimize, {instancePath:instancePath+"/optimize",parentData:data,parentDataProperty:"optimize",rootData}))){vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);errors = vErrors.length;}}if(data.validate !== undefined){if(!(validate26(data.validate, {instancePath:instancePath+"/validate",parentData:data,parentDataProperty:"validate",rootData}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}}if(data.distribute !== undefined){let data5 = data.distribute;if(Array.isArray(data5)){const len1 = data5.length;for(let i1=0; i1<len1; i1++){if(!(validate30(data5[i1], {instancePath:instancePath+"/distribute/" + i1,parentData:data5,parentDataProperty:i1,rootData}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}}}else {const err4 = {instancePath:instancePath+"/distribute",schemaPath:"#/properties/distribute/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.errorHandling !== undefined){if(!(validate38(data.errorHandling, {instancePath:instancePath+"/errorHandling",parentData:data,parentDataProperty:"errorHandling",rootData}))){vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);errors = vErrors.length;}}if(data.buildTimeoutInMinutes !== undefined){let data8 = data.buildTimeoutInMinutes;if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){const err5 = {instancePath:instancePath+"/buildTimeoutInMinutes",schemaPath:"#/properties/buildTimeoutInMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if((typeof data8 == "number") && (isFinite(data8))){if(data8 > 960 || isNaN(data8)){const err6 = {instancePath:instancePath+"/buildTimeoutInMinutes",schemaPath:"#/properties/buildTimeoutInMinutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 960},message:"must be <= 960"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data8 < 0 || isNaN(data8)){const err7 = {instancePath:instancePath+"/buildTimeoutInMinutes",schemaPath:"#/properties/buildTimeoutInMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}if(data.vmProfile !== undefined){if(!(validate40(data.vmProfile, {instancePath:instancePath+"/vmProfile",parentData:data,parentDataProperty:"vmProfile",rootData}))){vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);errors = vErrors.length;}}if(data.additionalDataDisks !== undefined){let data10 = data.additionalDataDisks;if(Array.isArray(data10)){const len2 = data10.length;for(let i2=0; i2<len2; i2++){let data11 = data10[i2];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key1 in data11){if(!(key1 === "sizeGB")){const err8 = {instancePath:instancePath+"/additionalDataDisks/" + i2,schemaPath:"#/definitions/DataDisk/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data11.sizeGB !== undefined){let data12 = data11.sizeGB;if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){const err9 = {instancePath:instancePath+"/additionalDataDisks/" + i2+"/sizeGB",schemaPath:"#/definitions/DataDisk/properties/sizeGB/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if((typeof data12 == "number") && (isFinite(data12))){if(data12 < 0 || isNaN(data12)){const err10 = {instancePath:instancePath+"/additionalDataDisks/" + i2+"/sizeGB",schemaPath:"#/definitions/DataDisk/properties/sizeGB/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}}else {const err11 = {instancePath:instancePath+"/additionalDataDisks/" + i2,schemaPath:"#/definitions/DataDisk/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/additionalDataDisks",schemaPath:"#/properties/additionalDataDisks/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.stagingResourceGroup !== undefined){if(typeof data.stagingResourceGroup !== "string"){const err13 = {instancePath:instancePath+"/stagingResourceGroup",schemaPath:"#/properties/stagingResourceGroup/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.autoRun !== undefined){if(!(validate42(data.autoRun, {instancePath:instancePath+"/autoRun",parentData:data,parentDataProperty:"autoRun",rootData}))){vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);errors = vErrors.length;}}if(data.managedResourceTags !== undefined){let data15 = data.managedResourceTags;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){for(const key2 in data15){if(typeof data15[key2] !== "string"){const err14 = {instancePath:instancePath+"/managedResourceTags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/managedResourceTags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}else {const err15 = {instancePath:instancePath+"/managedResourceTags",schemaPath:"#/properties/managedResourceTags/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}validate13.errors = vErrors;return errors === 0;}function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.location === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "location"},message:"must have required property '"+"location"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.identity === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "identity"},message:"must have required property '"+"identity"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.properties === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "properties"},message:"must have required property '"+"properties"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.location !== undefined){let data0 = data.location;if(typeof data0 === "string"){if(data0.length < 1){const err3 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.tags !== undefined){let data1 = data.tags;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key0 in data1){if(typeof data1[key0] !== "string"){const err5 = {instancePath:instancePath+"/tags/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.identity !== undefined){if(!(validate11(data.identity, {instancePath:instancePath+"/identity",parentData:data,parentDataProperty:"identity",rootData}))){vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);errors = vErrors.length;}}if(data.properties !== undefined){if(!(validate13(data.properties, {instancePath:instancePath+"/properties",parentData:data,parentDataProperty:"properties",rootData}))){vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);errors = vErrors.length;}}}else {const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}validate10.errors = vErrors;return errors === 0;}
;// CONCATENATED MODULE: ./src/template-file/schema-validate.ts


/** Schema problems of a template. */
function schemaProblems(template) {
    if (template_validator_generated(template))
        return [];
    const problems = (template_validator_generated.errors ?? []).flatMap(toProblem);
    const seen = new Set();
    return problems.filter((p) => {
        const key = `${p.path}\n${p.message}`;
        return seen.has(key) ? false : (seen.add(key), true);
    });
}
function toProblem(error) {
    const path = error.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const params = error.params;
    switch (error.keyword) {
        case 'if':
            return []; // the `then` branch's own errors say what is wrong
        case 'required':
            return [
                { path: (0,template_problem/* formatPath */.jV)([...path, String(params.missingProperty)]), message: 'is required' },
            ];
        case 'additionalProperties':
            return [
                {
                    path: (0,template_problem/* formatPath */.jV)([...path, String(params.additionalProperty)]),
                    message: 'unknown property',
                },
            ];
        case 'enum':
            return [
                {
                    path: (0,template_problem/* formatPath */.jV)(path),
                    message: `must be one of ${params.allowedValues.join(', ')}`,
                },
            ];
        default:
            return [{ path: (0,template_problem/* formatPath */.jV)(path), message: error.message ?? error.keyword }];
    }
}

;// CONCATENATED MODULE: ./src/template-file/service-rules.ts

const LINUX_ONLY = new Set(['Shell']);
const WINDOWS_ONLY = new Set(['PowerShell', 'WindowsRestart', 'WindowsUpdate']);
const SHA256 = /^[0-9a-fA-F]{64}$/;
const PLATFORM_VERSION = /^(latest|\d+(\.\d+)*)$/;
/** Problems of `properties` (wire shape) against the service's own rules. */
function serviceProblems(properties, osType) {
    const problems = [];
    const add = (path, message) => {
        problems.push({ path: (0,template_problem/* formatPath */.jV)(path), message });
    };
    const customize = (0,template_problem/* records */.V0)(properties.customize);
    const validate = (0,template_problem/* isRecord */.u4)(properties.validate) ? properties.validate : {};
    const validators = (0,template_problem/* records */.V0)(validate.inVMValidations);
    const stepLists = [
        [['properties', 'customize'], customize],
        [['properties', 'validate', 'inVMValidations'], validators],
    ];
    for (const [path, list] of stepLists) {
        checkUnique(list, 'name', path, add);
        list.forEach((step, i) => checkStep(step, [...path, i], osType, add));
    }
    checkDistribute(properties.distribute, add);
    checkSource(properties.source, add);
    checkWorkload(properties.optimize, add);
    return problems;
}
function checkUnique(list, key, path, add) {
    const first = new Map();
    list.forEach((step, i) => {
        const value = step[key];
        if (typeof value !== 'string' || value === '')
            return;
        const earlier = first.get(value.toLowerCase());
        if (earlier === undefined)
            first.set(value.toLowerCase(), i);
        else
            add([...path, i, key], `'${value}' is already used by ${(0,template_problem/* formatPath */.jV)([...path, earlier])}`);
    });
}
function checkStep(step, path, osType, add) {
    const type = String(step.type);
    checkOs(type, [...path, 'type'], osType, add);
    if (type === 'Shell' || type === 'PowerShell') {
        const hasScript = typeof step.scriptUri === 'string' && step.scriptUri !== '';
        const hasInline = Array.isArray(step.inline) && step.inline.length > 0;
        if (hasScript === hasInline)
            add(path, 'needs exactly one of scriptUri or inline');
    }
    if (type === 'File')
        checkFile(step, path, osType, add);
    checkHttps(step, 'scriptUri', path, add);
    checkChecksum(step, path, add);
}
function checkOs(type, path, osType, add) {
    if (osType === 'windows' && LINUX_ONLY.has(type)) {
        add(path, `${type} does not run on a Windows image: use PowerShell`);
    }
    if (osType === 'linux' && WINDOWS_ONLY.has(type))
        add(path, `${type} does not run on a Linux image`);
}
function checkFile(step, path, osType, add) {
    if (typeof step.sourceUri !== 'string' || step.sourceUri === '') {
        add([...path, 'sourceUri'], 'is required');
    }
    checkHttps(step, 'sourceUri', path, add);
    const destination = step.destination;
    if (typeof destination !== 'string' || destination === '') {
        add([...path, 'destination'], 'is required');
        return;
    }
    const problem = destinationProblem(destination, osType);
    if (problem !== undefined)
        add([...path, 'destination'], `${problem}, got '${destination}'`);
}
/** What is wrong with a File destination for the OS (either OS when unknown), if anything. */
function destinationProblem(destination, osType) {
    const isLinuxPath = destination.startsWith('/');
    const isWindowsPath = /^[A-Za-z]:[\\/]/.test(destination);
    if (osType === 'windows' && !isWindowsPath) {
        return 'must be an absolute Windows path such as C:\\temp\\file';
    }
    if (osType === 'linux' && !isLinuxPath)
        return 'must be an absolute Linux path under /tmp/';
    if (!isLinuxPath && !isWindowsPath)
        return 'must be an absolute path';
    // The File customizer uploads as the unprivileged build user: on Linux only /tmp is writable.
    if (isLinuxPath && !destination.startsWith('/tmp/')) {
        return 'on Linux the File customizer can only write below /tmp/';
    }
    return undefined;
}
function checkHttps(step, key, path, add) {
    const value = step[key];
    if (typeof value === 'string' && value !== '' && !/^https:\/\//i.test(value)) {
        add([...path, key], `must be an https:// URI, got '${value}'`);
    }
}
function checkChecksum(step, path, add) {
    const value = step.sha256Checksum;
    if (typeof value === 'string' && value !== '' && !SHA256.test(value)) {
        add([...path, 'sha256Checksum'], 'must be 64 hexadecimal characters (a SHA-256 digest)');
    }
}
function checkDistribute(value, add) {
    const path = ['properties', 'distribute'];
    const targets = (0,template_problem/* records */.V0)(value);
    if (Array.isArray(value) && value.length === 0)
        add(path, 'needs at least one distribution target');
    checkUnique(targets, 'runOutputName', path, add);
    targets.forEach((target, i) => {
        if (target.replicationRegions !== undefined && target.targetRegions !== undefined) {
            add([...path, i, 'replicationRegions'], 'cannot be combined with targetRegions');
        }
    });
}
function checkSource(source, add) {
    if (!(0,template_problem/* isRecord */.u4)(source) || source.type !== 'PlatformImage' || typeof source.version !== 'string')
        return;
    if (!PLATFORM_VERSION.test(source.version)) {
        add(['properties', 'source', 'version'], `must be 'latest' or a version like 1.2.3, got '${source.version}'`);
    }
}
function checkWorkload(optimize, add) {
    const workload = (0,template_problem/* isRecord */.u4)(optimize) && (0,template_problem/* isRecord */.u4)(optimize.workload) ? optimize.workload : undefined;
    if (!workload)
        return;
    const path = ['properties', 'optimize', 'workload'];
    checkHttps(workload, 'scriptUri', path, add);
    checkChecksum(workload, path, add);
}

;// CONCATENATED MODULE: ./src/template-file/template-validation.ts
// validateTemplate: the 2025-10-01 schema plus the service's own rules, every problem at once.




/**
 * Problems of a final template: location, identity and properties against the 2025-10-01 schema,
 * then service rules (OS-specific ones only when `osType` is known) and the shape of every
 * resource id. [] when valid.
 */
function validateTemplate(resource, osType) {
    const problems = [...schemaProblems(resource), ...serviceProblems(resource.properties, osType)];
    problems.push(...identityProblems(resource.identity));
    problems.push(...idProblems(resource.identity, resource.properties));
    return problems;
}
/** The service takes exactly one user-assigned identity (or type None with none). */
function identityProblems(identity) {
    if (!(0,template_problem/* isRecord */.u4)(identity) || identity.type !== 'UserAssigned')
        return [];
    const ids = (0,template_problem/* isRecord */.u4)(identity.userAssignedIdentities)
        ? Object.keys(identity.userAssignedIdentities)
        : [];
    if (ids.length === 1)
        return [];
    return [
        {
            path: 'identity.userAssignedIdentities',
            message: `must hold exactly one identity resource id, got ${ids.length}`,
        },
    ];
}

;// CONCATENATED MODULE: ./src/template-file/template-file.ts
// Loads a user's template file: decode (UTF-8) → fill placeholders outside quotes → parse (JSONC)
// → find the imageTemplates resource → resolve placeholders and ARM expressions → migrate old API
// shapes → fix name case and types. Every problem of every step is collected and thrown at once,
// each with its JSON path and line/column.













/**
 * Parses and normalizes a template file, given as its bytes (or as text already decoded).
 * @throws TemplateFileError listing every problem found, with file positions.
 */
function loadTemplateFile(source, options) {
    const fail = (problems) => {
        throw new template_problem/* TemplateFileError */.Hl(options.fileName, problems);
    };
    // Text goes through the same decoding as bytes: one place drops a byte order mark.
    const decoded = (0,file_text/* decodeTemplateBytes */.uW)(typeof source === 'string' ? Buffer.from(source) : source);
    if ('problems' in decoded)
        return fail(decoded.problems);
    const document = parseDocument(decoded.text, options.vars);
    const located = (problems) => fail(withPositions(problems, document.locate));
    if (document.problems.length > 0)
        return located(document.problems);
    const result = (0,template_document/* findImageTemplate */.z)(document.value, options);
    if ('problems' in result)
        return located(result.problems);
    const { found } = result;
    const resolver = new value_resolver/* ValueResolver */.s({
        vars: options.vars,
        declarations: found.declarations,
        typeOfKey: swagger_model/* typeOfKey */.Jh,
        ...(options.deployment ? { deployment: options.deployment } : {}),
    });
    const resolved = resolver.resolve(withoutArmOnly(found), found.path);
    const notes = [...decoded.notes, ...document.notes, ...(found.notes ?? [])];
    const out = { problems: [...resolver.problems], notes: [...notes, ...resolver.notes] };
    if (out.problems.length === 0 && (0,file_text/* exceedsSize */.Tk)(resolved))
        return located([tooLarge(found.path)]);
    const envelope = envelopeOf(found, resolved, out);
    const properties = normalizeProperties(envelope, found, options.vars, out);
    if (out.problems.length > 0)
        return located(out.problems);
    return {
        kind: found.kind,
        ...(0,template_problem/* definedOnly */.Uv)({ name: envelope.name, location: envelope.location, tags: envelope.tags }),
        ...(0,template_problem/* definedOnly */.Uv)({ identity: envelope.identity }),
        properties,
        notes: out.notes,
        fileName: options.fileName,
        locate: (path) => document.locate(fileRelative(found, path)),
    };
}
/**
 * Placeholders outside quotes filled (Terraform template files), nesting bounded, then JSONC.
 * Positions are always those of the file as written.
 */
function parseDocument(text, vars) {
    const filled = fillUnquotedPlaceholders(text, (0,placeholders/* createVarLookup */.ug)(vars));
    // Lines are counted once, in the file as written; the filled text's offsets map back to it.
    const inFile = positionsIn(text);
    const toPosition = (offset) => inFile(filled.toSource(offset));
    const early = filled.problems.map(({ offset, ...p }) => ({ ...p, ...inFile(offset) }));
    const deep = (0,file_text/* tooDeepAt */.U2)(filled.text);
    if (deep !== undefined) {
        early.push({
            path: '',
            message: `nested more than ${file_text/* MAX_NESTING_DEPTH */.wM} levels deep ({ and [): the action reads templates up to that depth`,
            ...toPosition(deep),
        });
    }
    if (early.length > 0)
        return { value: undefined, problems: early, locate: () => undefined, notes: [] };
    const document = parseJsonc(filled.text, toPosition);
    return { ...document, notes: filled.notes };
}
function tooLarge(path) {
    const mib = file_text/* MAX_EXPANDED_BYTES */.z / 1024 / 1024;
    return {
        path: (0,template_problem/* formatPath */.jV)(path),
        message: `expands to more than ${mib} MiB once parameters, variables and placeholders are filled in: more than ARM accepts in one request`,
    };
}
function envelopeOf(found, resolved, out) {
    return found.kind === 'properties'
        ? { properties: resolved }
        : splitEnvelope(resolved, found.path, out);
}
function normalizeProperties(envelope, found, vars, out) {
    if (!envelope.properties)
        return {};
    const path = found.kind === 'properties' ? found.path : [...found.path, 'properties'];
    const subscriptionId = (0,placeholders/* createVarLookup */.ug)(vars).get('subscriptionId')?.value ?? subscriptionOfIdentity(envelope.identity);
    const migrated = migrateProperties(envelope.properties, { ...out, path, subscriptionId });
    return normalizeNames(migrated, 'ImageTemplateProperties', path, out);
}
/** `properties.x` (resource-relative) → the path of the same member in the file. */
function fileRelative(found, path) {
    if (found.kind === 'properties')
        return path.replace(/^properties(\.|(?=\[)|$)/, '');
    const prefix = found.path.length === 0 ? '' : `resources[${String(found.path[1])}]`;
    if (prefix === '')
        return path;
    return path.startsWith('[') || path === '' ? `${prefix}${path}` : `${prefix}.${path}`;
}
function withPositions(problems, locate) {
    const located = problems.map((p) => (p.line === undefined ? { ...p, ...locate(p.path) } : p));
    // In file order, so the list reads top to bottom; problems without a position come first.
    return located.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}


/***/ }),

/***/ 2240:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  s: () => (/* binding */ ValueResolver)
});

// EXTERNAL MODULE: ./src/template-file/file-text.ts
var file_text = __nccwpck_require__(3145);
// EXTERNAL MODULE: ./src/model/resource-ids.ts
var resource_ids = __nccwpck_require__(7094);
;// CONCATENATED MODULE: ./src/template-file/arm-functions.ts
// The ARM template functions image templates use besides parameters() and variables(): concat,
// format, toLower/toUpper, and the deployment's own subscription(), resourceGroup() and
// resourceId() (Bicep writes the latter for every reference to a resource). The deployment is the
// one the action makes: the `subscription-id` and `resource-group` inputs. Anything ARM only knows
// at deployment (resourceGroup().location, reference(), guid()…) is reported, not guessed.


/** Longest value concat() or format() may build: ARM's request limit (keeps doubling bounded). */
const MAX_VALUE_CHARS = file_text/* MAX_EXPANDED_BYTES */.z;
/** Raised while parsing or evaluating; the caller attaches the JSON path. */
class ArmExpressionError extends Error {
}
const FUNCTIONS = {
    concat: (args) => concat(args),
    format: (args) => format(args),
    tolower: (args) => arm_functions_text('toLower', args).toLowerCase(),
    toupper: (args) => arm_functions_text('toUpper', args).toUpperCase(),
    subscription: (args, deployment) => subscription(none('subscription', args, deployment)),
    resourcegroup: (args, deployment) => resourceGroup(none('resourceGroup', args, deployment)),
    resourceid: (args, deployment) => resourceId(args, deployment),
};
/** Calls an ARM function by name (case-insensitive); throws ArmExpressionError. */
function callArmFunction(name, args, deployment) {
    const fn = FUNCTIONS[name.toLowerCase()];
    if (fn)
        return fn(args, deployment);
    throw new ArmExpressionError(`the ARM function ${name}() is not supported here: replace the expression with a value or a template-var`);
}
function concat(args) {
    // ARM's concat joins arrays when given arrays and strings otherwise.
    if (args.length > 0 && args.every(Array.isArray)) {
        const length = args.reduce((sum, a) => sum + a.length, 0);
        if (length > MAX_VALUE_CHARS)
            throw tooLarge('concat');
        return args.flat();
    }
    const texts = args.map((arg) => scalarText('concat', arg));
    // Variables that concat each other twice double at each step: stop long before the engine does.
    if (texts.reduce((sum, t) => sum + t.length, 0) > MAX_VALUE_CHARS)
        throw tooLarge('concat');
    return texts.join('');
}
/** .NET composite formatting as ARM does it: `{0}`, `{1}`, and `{{`/`}}` for braces. */
function format(args) {
    const [pattern, ...values] = args;
    if (typeof pattern !== 'string')
        throw new ArmExpressionError('format() needs a format string');
    const texts = values.map((value) => scalarText('format', value));
    const result = pattern.replace(/\{\{|\}\}|\{(\d+)\}/g, (match, index) => {
        if (index === undefined)
            return match[0] ?? '';
        const value = texts[Number(index)];
        if (value === undefined)
            throw new ArmExpressionError(`format() has no argument {${index}}`);
        return value;
    });
    if (result.length > MAX_VALUE_CHARS)
        throw tooLarge('format');
    return result;
}
function scalarText(fn, value) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        return String(value);
    }
    throw new ArmExpressionError(`${fn}() of strings cannot take an object or array`);
}
function arm_functions_text(fn, args) {
    const [value] = args;
    if (args.length !== 1 || typeof value !== 'string') {
        throw new ArmExpressionError(`${fn}() takes one string argument`);
    }
    return value;
}
const tooLarge = (fn) => new ArmExpressionError(`${fn}() builds a value of more than ${MAX_VALUE_CHARS / 1024 / 1024} MiB, more than ARM accepts in one request`);
/** The deployment, for a function that takes no arguments. */
function none(fn, args, deployment) {
    if (args.length > 0) {
        throw new ArmExpressionError(`${fn}() with arguments is not supported here: write the value`);
    }
    return known(fn, deployment);
}
function known(fn, deployment) {
    if (deployment)
        return deployment;
    throw new ArmExpressionError(`${fn}() needs the deployment's subscription and resource group (inputs subscription-id and resource-group)`);
}
function subscription({ subscriptionId }) {
    return { id: `/subscriptions/${subscriptionId}`, subscriptionId };
}
function resourceGroup({ subscriptionId, resourceGroup: name }) {
    const group = {
        id: `/subscriptions/${subscriptionId}/resourceGroups/${name}`,
        name,
    };
    // Only ARM knows the group's region, at deployment time: the parameter must be given instead.
    Object.defineProperty(group, 'location', {
        enumerable: false,
        get() {
            throw new ArmExpressionError('resourceGroup().location is known only to ARM at deployment: give the parameter that uses it as a template-var (location=…)');
        },
    });
    return group;
}
/**
 * `resourceId([subscriptionId], [resourceGroupName], type, name1, [name2]…)`: the first argument
 * holding a `/` is the type; before it, an optional resource group and subscription.
 */
function resourceId(args, deployment) {
    const texts = args.map((arg) => scalarText('resourceId', arg));
    const at = texts.findIndex((t) => t.includes('/'));
    const [provider, ...types] = (texts[at] ?? '').split('/');
    const names = texts.slice(at + 1);
    const scope = texts.slice(0, Math.max(at, 0));
    if (at < 0 || scope.length > 2 || types.length !== names.length) {
        throw new ArmExpressionError('resourceId() needs a resource type (Provider/type) and one name per type segment');
    }
    const [subscriptionId, group] = scopeOf(scope, deployment);
    const path = types.map((t, i) => `${t}/${names[i] ?? ''}`).join('/');
    return (0,resource_ids/* resourceId */.a)(subscriptionId, group, provider ?? '', path);
}
/** Subscription and resource group of resourceId(): given, or the deployment's. */
function scopeOf(given, deployment) {
    const [first = '', second = ''] = given;
    if (given.length === 2)
        return [first, second];
    const base = known('resourceId', deployment);
    return [base.subscriptionId, given.length === 1 ? first : base.resourceGroup];
}

// EXTERNAL MODULE: ./src/model/template-problem.ts
var template_problem = __nccwpck_require__(3805);
;// CONCATENATED MODULE: ./src/template-file/arm-expressions.ts
// The small part of the ARM template language that image templates use: parameters(), variables(),
// the functions of arm-functions.ts and string/number literals, with `.property` access. Anything
// else is reported, not guessed.



/** Deepest call nesting in one expression (the parser is recursive). */
const MAX_EXPRESSION_DEPTH = 32;
const TOKEN = /\s*(?:([A-Za-z_][\w]*)|'((?:[^']|'')*)'|(-?\d+)|([().,]))/y;
function tokenize(source) {
    const tokens = [];
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < source.length) {
        if (/^\s*$/.test(source.slice(TOKEN.lastIndex)))
            break;
        const start = TOKEN.lastIndex;
        const match = TOKEN.exec(source);
        if (!match)
            throw new ArmExpressionError(`unexpected '${source.slice(start, start + 10)}'`);
        if (match[1] !== undefined)
            tokens.push({ type: 'name', text: match[1] });
        else if (match[2] !== undefined)
            tokens.push({ type: 'string', text: match[2] });
        else if (match[3] !== undefined)
            tokens.push({ type: 'number', text: match[3] });
        else
            tokens.push({ type: 'punct', text: match[4] ?? '' });
    }
    return tokens;
}
/** Parses the text between the outer brackets of `[...]`; throws ArmExpressionError. */
function parseArmExpression(source) {
    const parser = new Parser(tokenize(source));
    const expression = parser.expression();
    parser.end();
    return expression;
}
class Parser {
    index = 0;
    depth = 0;
    tokens;
    constructor(tokens) {
        this.tokens = tokens;
    }
    expression() {
        const token = this.next();
        if (token.type === 'string')
            return { kind: 'literal', value: token.text.replaceAll("''", "'") };
        if (token.type === 'number')
            return { kind: 'literal', value: Number(token.text) };
        if (token.type !== 'name')
            throw new ArmExpressionError(`unexpected '${token.text}'`);
        return this.members({ kind: 'call', name: token.text, args: this.arguments() });
    }
    end() {
        const rest = this.tokens[this.index];
        if (rest)
            throw new ArmExpressionError(`unexpected '${rest.text}'`);
    }
    next() {
        const token = this.tokens[this.index++];
        if (!token)
            throw new ArmExpressionError('unexpected end of expression');
        return token;
    }
    expect(text) {
        const token = this.next();
        if (token.text !== text)
            throw new ArmExpressionError(`expected '${text}', got '${token.text}'`);
    }
    arguments() {
        this.expect('(');
        if (++this.depth > MAX_EXPRESSION_DEPTH) {
            throw new ArmExpressionError(`calls nested more than ${MAX_EXPRESSION_DEPTH} deep`);
        }
        const args = [];
        while (this.tokens[this.index]?.text !== ')') {
            if (args.length > 0)
                this.expect(',');
            args.push(this.expression());
        }
        this.expect(')');
        this.depth--;
        return args;
    }
    /** `variables('cfg').location`: property access after a call. */
    members(target) {
        let result = target;
        while (this.tokens[this.index]?.text === '.') {
            this.index++;
            const property = this.next();
            if (property.type !== 'name')
                throw new ArmExpressionError('expected a property name');
            result = { kind: 'member', target: result, property: property.text };
        }
        return result;
    }
}
/** Evaluates a parsed expression to its JSON value; throws ArmExpressionError. */
function evaluateArmExpression(expression, scope) {
    if (expression.kind === 'literal')
        return expression.value;
    if (expression.kind === 'member')
        return memberOf(evaluateArmExpression(expression.target, scope), expression.property);
    const args = expression.args.map((arg) => evaluateArmExpression(arg, scope));
    switch (expression.name.toLowerCase()) {
        case 'parameters':
            return scope.parameter(nameArgument('parameters', args));
        case 'variables':
            return scope.variable(nameArgument('variables', args));
        default:
            return callArmFunction(expression.name, args, scope.deployment);
    }
}
function nameArgument(fn, args) {
    const [name] = args;
    if (args.length !== 1 || typeof name !== 'string') {
        throw new ArmExpressionError(`${fn}() takes one string argument`);
    }
    return name;
}
function memberOf(target, property) {
    if ((0,template_problem/* isRecord */.u4)(target)) {
        const key = (0,template_problem/* findKey */.Tj)(target, property);
        if (key !== undefined)
            return target[key];
    }
    throw new ArmExpressionError(`the value has no property '${property}'`);
}

// EXTERNAL MODULE: ./src/template-file/scalar-text.ts
var scalar_text = __nccwpck_require__(9835);
;// CONCATENATED MODULE: ./src/template-file/arm-parameters.ts
// Values of `parameters('x')` and `variables('x')` in an ARM deployment template: template-vars win,
// then the parameter's defaultValue or the variable's own value (resolved like any template value).



/** Longest chain of parameters/variables referring to one another (evaluation is recursive). */
const MAX_REFERENCE_DEPTH = 64;
/** The parameters()/variables() side of an expression, with memoised, cycle-checked lookups. */
function armParameterScope(declarations, vars, hooks) {
    const cache = new Map();
    const pending = new Set();
    const lookup = (kind, name) => {
        const id = `${kind}:${name.toLowerCase()}`;
        if (cache.has(id))
            return cache.get(id);
        if (pending.has(id))
            throw new ArmExpressionError(`${kind}('${name}') refers to itself`);
        if (pending.size >= MAX_REFERENCE_DEPTH) {
            throw new ArmExpressionError(`parameters and variables refer to one another more than ${MAX_REFERENCE_DEPTH} levels deep`);
        }
        pending.add(id);
        try {
            const value = arm_parameters_valueOf(kind, name, declarations, vars, hooks);
            cache.set(id, value);
            return value;
        }
        finally {
            pending.delete(id);
        }
    };
    return {
        parameter: (name) => lookup('parameters', name),
        variable: (name) => lookup('variables', name),
    };
}
function arm_parameters_valueOf(kind, name, declarations, vars, hooks) {
    const declared = declarations?.[kind] ?? {};
    const key = (0,template_problem/* findKey */.Tj)(declared, name);
    const declaration = key === undefined ? undefined : declared[key];
    const fromVars = vars.get(name);
    if (fromVars) {
        hooks.note(`${kind}('${name}') ← template-vars`);
        return kind === 'parameters'
            ? convertParameter(name, fromVars.value, declaration)
            : fromVars.value;
    }
    if (key === undefined) {
        throw new ArmExpressionError(`${kind}('${name}') is not declared in the file and no template-var has that name`);
    }
    if (kind === 'variables')
        return hooks.resolve(declaration, ['variables', key]);
    if (!(0,template_problem/* isRecord */.u4)(declaration) || !Object.hasOwn(declaration, 'defaultValue')) {
        throw new ArmExpressionError(`parameter '${name}' has no defaultValue: add it to template-vars`);
    }
    hooks.note(`parameters('${name}') ← defaultValue`);
    return hooks.resolve(declaration.defaultValue, ['parameters', key, 'defaultValue']);
}
/** A template-var is text; the parameter's declared type says what JSON value it stands for. */
function convertParameter(name, text, declaration) {
    const declared = (0,template_problem/* isRecord */.u4)(declaration) ? declaration.type : undefined;
    const type = typeof declared === 'string' ? declared.toLowerCase() : 'string';
    if (type === 'int' || type === 'bool') {
        const value = (0,scalar_text/* scalarFromText */.E)(text, type === 'int' ? 'integer' : 'boolean');
        if (value !== undefined)
            return value;
        const expected = type === 'int' ? 'an integer' : 'true or false';
        throw new ArmExpressionError(`template-var ${name} must be ${expected}, got '${text}'`);
    }
    return ['object', 'array', 'secureobject'].includes(type) ? parseJsonVar(name, text, type) : text;
}
function parseJsonVar(name, text, type) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new ArmExpressionError(`template-var ${name} must be JSON (parameter type ${type})`);
    }
}

// EXTERNAL MODULE: ./src/template-file/placeholders.ts
var placeholders = __nccwpck_require__(9049);
;// CONCATENATED MODULE: ./src/template-file/value-resolver.ts
// Resolves placeholders and ARM expressions in a parsed template, value by value (never by splicing
// text into the document, so a var holding quotes or backslashes cannot change the JSON structure).
//
// - `[[...]` is ARM's escape: the string keeps its text less the first bracket.
// - `[...]` is an ARM expression and the string takes the expression's JSON value (number, object…).
//   In command fields, `[ -d /tmp ]` is shell: text that does not parse as an expression stays text.
// - Object keys are resolved too: quickstarts write `"<imgBuilderId>": {}` in userAssignedIdentities.
// - Placeholder rules are in placeholders.ts.





/** Keeps problems and notes across calls (a deployment resolves names first, then one resource). */
class ValueResolver {
    problems = [];
    noteSet = new Set();
    vars;
    scope;
    typeOfKey;
    constructor(options) {
        this.vars = (0,placeholders/* createVarLookup */.ug)(options.vars);
        this.typeOfKey = options.typeOfKey;
        const parameters = armParameterScope(options.declarations, this.vars, {
            resolve: (value, path) => this.walk(value, { path, inCommand: false, key: '' }),
            note: (text) => this.noteSet.add(text),
        });
        this.scope = { ...parameters, deployment: options.deployment };
    }
    get notes() {
        return [...this.noteSet];
    }
    /** The value with every placeholder and expression resolved; problems are collected. */
    resolve(value, path) {
        return this.walk(value, { path, inCommand: false, key: String(path.at(-1) ?? '') });
    }
    report(path, message) {
        this.problems.push({ path: (0,template_problem/* formatPath */.jV)(path), message });
    }
    walk(value, at) {
        if (typeof value === 'string')
            return this.resolveString(value, at);
        if (Array.isArray(value)) {
            return value.map((item, i) => this.walk(item, { ...at, path: [...at.path, i] }));
        }
        if (!(0,template_problem/* isRecord */.u4)(value))
            return value;
        const result = {};
        const written = new Map();
        for (const [key, member] of Object.entries(value)) {
            const path = [...at.path, key];
            const inCommand = at.inCommand || placeholders/* COMMAND_KEYS */.fO.has(key.toLowerCase());
            const name = this.resolveKey(key, path);
            if (this.collides(name, key, written, path))
                continue;
            (0,template_problem/* setKey */.qL)(result, name, this.walk(member, { path, inCommand, key }));
        }
        return result;
    }
    /**
     * A key that resolves onto one the object already has (`"<imgBuilderId>": {}` next to the same
     * id written out) would silently replace it: reported instead. Keys compare ignoring case, as ARM
     * compares resource ids and property names.
     */
    collides(name, key, written, path) {
        const earlier = written.get(name.toLowerCase());
        if (earlier === undefined)
            written.set(name.toLowerCase(), { key, name });
        // Literal keys differing only in case are normalizeNames' to report (it knows the names).
        if (earlier === undefined || (earlier.key === earlier.name && key === name))
            return false;
        const from = (k, n) => (k === n ? `'${n}'` : `'${k}' (= '${n}')`);
        this.report(path, `${from(key, name)} names the same member as ${from(earlier.key, earlier.name)}: one would replace the other`);
        return true;
    }
    resolveKey(key, path) {
        const value = this.resolveString(key, { path, inCommand: false, key: '' });
        if (typeof value === 'string')
            return value;
        this.report(path, `the property name must resolve to a string, got ${JSON.stringify(value)}`);
        return key;
    }
    resolveString(text, at) {
        if (text.startsWith('[[') && text.endsWith(']'))
            return text.slice(1);
        if (text.startsWith('[') && text.endsWith(']')) {
            const expression = this.parse(text, at);
            if (expression !== undefined)
                return this.evaluate(expression, text, at);
            if (!at.inCommand)
                return text;
        }
        return this.fillPlaceholders(text, at);
    }
    /** The parsed expression, or undefined (reported outside command fields). */
    parse(text, at) {
        try {
            return parseArmExpression(text.slice(1, -1));
        }
        catch (error) {
            if (!(error instanceof ArmExpressionError))
                throw error;
            if (!at.inCommand) {
                this.report(at.path, `'${text}' is not a valid ARM expression (${error.message}); start it with '[[' if it is plain text`);
            }
            return undefined;
        }
    }
    evaluate(expression, text, at) {
        try {
            return evaluateArmExpression(expression, this.scope);
        }
        catch (error) {
            if (!(error instanceof ArmExpressionError))
                throw error;
            this.report(at.path, `cannot resolve '${text}': ${error.message}`);
            return text;
        }
    }
    fillPlaceholders(text, at) {
        const result = (0,placeholders/* substitutePlaceholders */.pr)(text, this.vars);
        for (const filled of result.filled)
            this.noteSet.add(`${filled} ← template-vars`);
        if (!at.inCommand) {
            for (const name of result.unknown) {
                this.report(at.path, `unresolved placeholder ${name}: add it to template-vars`);
            }
            if (result.unknown.length === 0 && (0,placeholders/* isDocPlaceholder */.KN)(text)) {
                this.report(at.path, `'${text}' is a placeholder to fill in: replace it with a value`);
            }
        }
        return result.whole && result.filled.length === 1
            ? this.convert(result.text, at.key)
            : result.text;
    }
    /** `"osDiskSizeGB": "<diskSize>"` must still send a number: the swagger type of the key decides. */
    convert(text, key) {
        const type = this.typeOfKey?.(key);
        return (type === undefined ? undefined : (0,scalar_text/* scalarFromText */.E)(text, type)) ?? text;
    }
}


/***/ }),

/***/ 3504:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ shWriteFile),
/* harmony export */   FK: () => (/* binding */ psWriteFile),
/* harmony export */   SE: () => (/* binding */ psQuote),
/* harmony export */   Tx: () => (/* binding */ safeFileName),
/* harmony export */   US: () => (/* binding */ shQuote),
/* harmony export */   Z7: () => (/* binding */ psRunFile),
/* harmony export */   dK: () => (/* binding */ shRunFile)
/* harmony export */ });
// Byte-exact delivery of a file through an inline customizer.
//
// The service hands inline lines to Packer, which joins them into one script run by `/bin/sh -e`
// (PowerShell likewise). Splitting a user's script into lines would change its interpreter and
// break heredocs, bash-isms and non-ASCII text, so instead the lines recreate the file from
// base64, check its sha256 on the VM and only then run it with its own shebang.
/** Base64 characters per inline line; a multiple of 4 so every line decodes on its own. */
const CHUNK = 4096;
function chunks(bytes) {
    const text = bytes.toString('base64');
    const out = [];
    for (let at = 0; at < text.length; at += CHUNK)
        out.push(text.slice(at, at + CHUNK));
    return out;
}
/** Quotes a value for POSIX sh: safe for any bytes but NUL. */
function shQuote(value) {
    return `'${value.replaceAll("'", `'\\''`)}'`;
}
/** Quotes a value as a PowerShell single-quoted string. */
function psQuote(value) {
    return `'${value.replaceAll("'", "''")}'`;
}
function safeFileName(relPath) {
    const base = relPath.split('/').pop() ?? 'file';
    return base.replace(/[^A-Za-z0-9._-]/g, '_') || 'file';
}
/** sh lines that write `file` to the path held in the shell variable `$f` and verify it. */
function shWriteFile(file, target) {
    return [
        `f=${target}`,
        'mkdir -p "$(dirname "$f")"',
        ': > "$f.b64"',
        ...chunks(file.bytes).map((c) => `printf '%s' '${c}' >> "$f.b64"`),
        'base64 -d "$f.b64" > "$f"',
        'rm -f "$f.b64"',
        `printf '%s  %s\\n' '${file.sha256}' "$f" | sha256sum -c -`,
    ];
}
/** sh lines that recreate a script in a fresh temporary directory, verify it and run it. */
function shRunFile(file, label) {
    return [
        `echo ${shQuote(`[aib] ${label} (sha256 ${file.sha256})`)}`,
        `d="$(mktemp -d)"`,
        ...shWriteFile(file, `"$d"/${shQuote(file.name)}`),
        'chmod +x "$f"',
        // Executing the file lets its shebang choose the interpreter, as Packer does for scripts.
        '"$f"',
        'rm -rf "$d"',
    ];
}
/** PowerShell lines that write `file` to `$f` and verify its hash. */
function psWriteFile(file, target) {
    return [
        `$f = ${target}`,
        'New-Item -ItemType Directory -Force -Path (Split-Path -Parent $f) | Out-Null',
        '$b = [System.Text.StringBuilder]::new()',
        ...chunks(file.bytes).map((c) => `[void]$b.Append('${c}')`),
        '[IO.File]::WriteAllBytes($f, [Convert]::FromBase64String($b.ToString()))',
        '$h = (Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash',
        `if ($h -ne '${file.sha256}') { throw "sha256 mismatch for $f" }`,
    ];
}
function psRunFile(file, label) {
    return [
        "$ErrorActionPreference = 'Stop'",
        `Write-Output ${psQuote(`[aib] ${label} (sha256 ${file.sha256})`)}`,
        '$d = Join-Path ([IO.Path]::GetTempPath()) ("aib-" + [guid]::NewGuid())',
        ...psWriteFile(file, `Join-Path $d ${psQuote(file.name)}`),
        '$global:LASTEXITCODE = 0',
        '& $f',
        'if ($LASTEXITCODE) { exit $LASTEXITCODE }',
    ];
}


/***/ }),

/***/ 5668:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QZ: () => (/* binding */ archiveSteps),
/* harmony export */   vV: () => (/* binding */ needsVmIdentity),
/* harmony export */   yp: () => (/* binding */ FILE_CUSTOMIZER_MAX_BYTES)
/* harmony export */ });
/* harmony import */ var _inline_file_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3504);

/**
 * The File customizer is meant for files under 20 MB (and on Linux may only write below /tmp);
 * larger archives are fetched by a script on the VM.
 */
const FILE_CUSTOMIZER_MAX_BYTES = 20 * 1024 * 1024;
/** IMDS, where a script on the build VM gets a token for the identity attached to the VM. */
const IMDS = 'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01';
const STORAGE_RESOURCE = 'https%3A%2F%2Fstorage.azure.com%2F';
/** Storage REST version for token-authenticated reads. */
const STORAGE_VERSION = '2021-08-06';
/** The steps, in order: fetch (File or script), then verify and unpack. */
function archiveSteps(archive, os, destination) {
    return os === 'windows' ? windowsSteps(archive, destination) : linuxSteps(archive, destination);
}
/** Whether the archive is fetched by a script that needs the template identity on the VM. */
function needsVmIdentity(archive) {
    return archive.fetchedByScript && archive.identityId !== undefined;
}
/**
 * A small archive comes through the File customizer (the service checks its sha256 too); a large
 * one is fetched by the unpack step's own script, right after its prelude.
 */
function withFetch(archive, local, step, script) {
    const { prelude, fetch, unpack } = script;
    if (archive.fetchedByScript)
        return [{ ...step, inline: [prelude, ...fetch, ...unpack] }];
    const download = {
        type: 'File',
        name: 'workflow-artifacts (download)',
        sourceUri: archive.url,
        destination: local,
        sha256Checksum: archive.sha256,
    };
    return [download, { ...step, inline: [prelude, ...unpack] }];
}
/** IMDS token request for the template identity, attached to the build VM. */
const imdsUrl = (identityId) => `${IMDS}&resource=${STORAGE_RESOURCE}&msi_res_id=${encodeURIComponent(identityId)}`;
function linuxSteps(archive, destination) {
    const local = `/tmp/${archive.fileName}`;
    return withFetch(archive, local, { type: 'Shell', name: 'workflow-artifacts' }, {
        prelude: 'set -eu',
        fetch: shFetch(archive, local),
        unpack: [
            `echo ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .shQuote */ .US)(`${archive.sha256}  ${local}`)} | sha256sum -c -`,
            `sudo mkdir -p ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .shQuote */ .US)(destination)}`,
            `sudo tar -xzf ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .shQuote */ .US)(local)} -C ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .shQuote */ .US)(destination)} --no-same-owner`,
            `rm -f ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .shQuote */ .US)(local)}`,
        ],
    });
}
/** curl with the SAS link, or with a token from IMDS for the template identity. */
function shFetch(archive, local) {
    const get = `curl -fsS --retry 5 --retry-connrefused -o ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .shQuote */ .US)(local)}`;
    if (!archive.identityId)
        return [`${get} ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .shQuote */ .US)(archive.url)}`];
    return [
        `token=$(curl -fsS -H Metadata:true ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .shQuote */ .US)(imdsUrl(archive.identityId))} | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')`,
        `${get} -H "Authorization: Bearer $token" -H 'x-ms-version: ${STORAGE_VERSION}' ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .shQuote */ .US)(archive.url)}`,
    ];
}
function windowsSteps(archive, destination) {
    const local = `C:\\Windows\\Temp\\${archive.fileName}`;
    const step = { type: 'PowerShell', name: 'workflow-artifacts', runElevated: true };
    return withFetch(archive, local, step, {
        prelude: "$ErrorActionPreference = 'Stop'",
        fetch: psFetch(archive, local),
        unpack: [
            `$hash = (Get-FileHash -Algorithm SHA256 -LiteralPath ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .psQuote */ .SE)(local)}).Hash`,
            `if ($hash -ne ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .psQuote */ .SE)(archive.sha256.toUpperCase())}) { throw "sha256 mismatch: $hash" }`,
            `New-Item -ItemType Directory -Force -Path ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .psQuote */ .SE)(destination)} | Out-Null`,
            `Expand-Archive -LiteralPath ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .psQuote */ .SE)(local)} -DestinationPath ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .psQuote */ .SE)(destination)} -Force`,
            `Remove-Item -LiteralPath ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .psQuote */ .SE)(local)}`,
        ],
    });
}
function psFetch(archive, local) {
    const get = `Invoke-WebRequest -UseBasicParsing -OutFile ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .psQuote */ .SE)(local)} -Uri ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .psQuote */ .SE)(archive.url)}`;
    if (!archive.identityId)
        return ["$ProgressPreference = 'SilentlyContinue'", get];
    return [
        "$ProgressPreference = 'SilentlyContinue'",
        `$token = (Invoke-RestMethod -Headers @{ Metadata = 'true' } -Uri ${(0,_inline_file_js__WEBPACK_IMPORTED_MODULE_0__/* .psQuote */ .SE)(imdsUrl(archive.identityId))}).access_token`,
        `${get} -Headers @{ Authorization = "Bearer $token"; 'x-ms-version' = '${STORAGE_VERSION}' }`,
    ];
}


/***/ }),

/***/ 5404:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  rq: () => (/* binding */ DEFAULT_BUILD_TIMEOUT_MINUTES),
  Xm: () => (/* binding */ renderTemplate),
  OH: () => (/* binding */ toResourceJson)
});

// UNUSED EXPORTS: API_VERSION, RESOURCE_TYPE

// EXTERNAL MODULE: ./src/model/names.ts
var names = __nccwpck_require__(1601);
// EXTERNAL MODULE: ./src/model/run-context.ts
var run_context = __nccwpck_require__(4882);
// EXTERNAL MODULE: ./src/template/remote-artifacts.ts
var remote_artifacts = __nccwpck_require__(5668);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/config/workspace-files.ts + 10 modules
var workspace_files = __nccwpck_require__(6072);
// EXTERNAL MODULE: ./src/model/script-kind.ts
var script_kind = __nccwpck_require__(3981);
// EXTERNAL MODULE: ./src/template/inline-file.ts
var inline_file = __nccwpck_require__(3504);
;// CONCATENATED MODULE: ./src/template/customizers.ts





const inline = (file) => ({ ...file, name: (0,inline_file/* safeFileName */.Tx)(file.relPath) });
/**
 * Runs a script (or copies a non-script file) in the image's own shell: inlined, or from its
 * uploaded blob (`url`) with the service checking its sha256 before it runs.
 */
function scriptStep(file, os, destination, url) {
    if (url)
        return uploadedStep(file, os, destination, url);
    const name = file.relPath;
    if ((0,script_kind/* scriptKind */.O)(file.relPath) === 'file') {
        return copyStep(os, name, [{ file, target: fileTarget(file, os, destination) }]);
    }
    return os === 'windows'
        ? {
            type: 'PowerShell',
            name,
            inline: (0,inline_file/* psRunFile */.Z7)(inline(file), `run ${name}`),
            runElevated: true,
        }
        : { type: 'Shell', name, inline: (0,inline_file/* shRunFile */.dK)(inline(file), `run ${name}`) };
}
function uploadedStep(file, os, destination, url) {
    const name = file.relPath;
    const sha256Checksum = file.sha256;
    const kind = (0,script_kind/* scriptKind */.O)(file.relPath);
    if (kind === 'file') {
        const target = fileTarget(file, os, destination);
        return { type: 'File', name, sourceUri: url, destination: target, sha256Checksum };
    }
    if (kind === 'powershell')
        return { type: 'PowerShell', name, scriptUri: url, sha256Checksum, runElevated: true };
    return { type: 'Shell', name, scriptUri: url, sha256Checksum };
}
/** Where a non-script file lands on the VM: in `customizer-destination`, under a safe name. */
const fileTarget = (file, os, destination) => `${destination}${os === 'windows' ? '\\' : '/'}${(0,inline_file/* safeFileName */.Tx)(file.relPath)}`;
function copyStep(os, name, files) {
    if (os === 'windows') {
        const lines = files.flatMap(({ file, target }) => (0,inline_file/* psWriteFile */.FK)(inline(file), (0,inline_file/* psQuote */.SE)(target)));
        return {
            type: 'PowerShell',
            name,
            inline: ["$ErrorActionPreference = 'Stop'", ...lines],
        };
    }
    const lines = files.flatMap(({ file, target }) => (0,inline_file/* shWriteFile */.Dq)(inline(file), (0,inline_file/* shQuote */.US)(target)));
    return { type: 'Shell', name, inline: lines };
}
/** Artifacts keep their layout below the source directory. */
function artifactTargets(c, os) {
    const separator = os === 'windows' ? '\\' : '/';
    const prefix = c.artifactRoot === '' ? '' : `${c.artifactRoot}/`;
    return c.artifacts.map((file) => {
        const below = file.relPath.startsWith(prefix) ? file.relPath.slice(prefix.length) : file.relPath;
        return {
            file,
            target: `${c.artifactDestination}${separator}${below.split('/').join(separator)}`,
        };
    });
}
function inlineScriptFile(text, os) {
    // Same semantics as a workflow `run:` step: bash -e with pipefail, or PowerShell stopping on error.
    const header = os === 'windows' ? "$ErrorActionPreference = 'Stop'\n" : '#!/bin/bash\nset -eo pipefail\n';
    const bytes = Buffer.from(`${header}${text}\n`, 'utf8');
    const sha256 = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    return {
        relPath: os === 'windows' ? 'customizer-script.ps1' : 'customizer-script.sh',
        bytes,
        sha256,
    };
}
function windowsUpdateSteps() {
    return [
        {
            type: 'WindowsUpdate',
            name: 'windows-update',
            searchCriteria: 'IsInstalled=0',
            filters: ['exclude:$_.Title -like "*Preview*"', 'include:$true'],
            updateLimit: 40,
        },
        { type: 'WindowsRestart', name: 'windows-update-restart', restartTimeout: '15m' },
    ];
}
/**
 * Artifacts first (so scripts can use them), then the repo scripts in order, then the inline
 * script, then Windows Update. Validators go to `validate.inVMValidations`.
 */
function renderCustomization(c, os, reserved = [], uploads) {
    const archive = uploads?.archive;
    const step = (file) => scriptStep(file, os, c.artifactDestination, uploads?.scripts[file.relPath]);
    const customize = [];
    const origins = [];
    // One set for every name taken so far: thousands of steps stay linear.
    const taken = new Set(reserved.map((step) => step.name));
    const add = (step, origin, files, uploaded) => {
        const name = uniqueName(step.name ?? step.type, taken);
        taken.add(name);
        const named = marked({ ...step, name });
        customize.push(named);
        const described = describe(named, origin, files);
        origins.push(uploaded ? { ...described, bytes: uploaded.bytes, sha256: uploaded.sha256 } : described);
    };
    for (const step of archive ? (0,remote_artifacts/* archiveSteps */.QZ)(archive, os, c.artifactDestination) : [])
        add(step, 'customizer-source', [], archive);
    if (c.artifacts.length > 0) {
        add(copyStep(os, 'workflow-artifacts', artifactTargets(c, os)), 'customizer-source', c.artifacts);
    }
    for (const file of c.scripts)
        add(step(file), 'customizer-scripts', [file]);
    if (c.inlineScript !== '') {
        const file = inlineScriptFile(c.inlineScript, os);
        add(scriptStep(file, os, c.artifactDestination), 'customizer-script', [file]);
    }
    if (c.windowsUpdate)
        for (const step of windowsUpdateSteps())
            add(step, 'windows-update', []);
    const validators = c.validators.map((file) => marked(step(file)));
    validators.forEach((v, i) => origins.push(describe(v, 'validator-scripts', c.validators.slice(i, i + 1))));
    return { customize, validators, origins };
}
/**
 * Our inline steps say their name first: customization.log then tells which one failed even where
 * counting Packer's provisioners cannot (report/customization-log-scan.ts reads the marker).
 */
function marked(step) {
    if (!step.inline || !step.name)
        return step;
    const line = `##[aib-step] ${step.name.replace(/[\r\n]/g, ' ')}`;
    const say = step.type === 'PowerShell' ? `Write-Output ${(0,inline_file/* psQuote */.SE)(line)}` : `echo ${(0,inline_file/* shQuote */.US)(line)}`;
    return { ...step, inline: [say, ...step.inline] };
}
/** A repo file can share a name with a generated step (customizer-script.sh): number the later one. */
function uniqueName(name, taken) {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++)
        candidate = `${name} (${n})`;
    return candidate;
}
function describe(step, origin, files) {
    const bytes = (0,workspace_files/* totalBytes */.ob)(files);
    const sha256 = files.length === 1 ? files[0].sha256 : '';
    return { name: step.name ?? step.type, type: step.type, origin, bytes, sha256 };
}

// EXTERNAL MODULE: ./src/model/template-problem.ts
var template_problem = __nccwpck_require__(3805);
;// CONCATENATED MODULE: ./src/template/file-merge.ts
// A user's template file, taken apart for merging with the inputs: its own customizers,
// validators and targets come first, and every target gets the provenance tags too.


function fileParts(file, artifactTags) {
    if (!file)
        return { customize: [], distribute: [], tags: {}, rest: {}, origins: [] };
    const { customize, validate, distribute, source, vmProfile, buildTimeoutInMinutes, stagingResourceGroup, ...rest } = file.properties;
    const steps = (0,template_problem/* records */.V0)(customize);
    return {
        customize: steps,
        validate: (0,template_problem/* isRecord */.u4)(validate) ? validate : undefined,
        // The file's own targets are tagged like ours, its own tags winning.
        distribute: (0,template_problem/* records */.V0)(distribute).map((d) => ({
            ...d,
            artifactTags: { ...artifactTags, ...((0,template_problem/* isRecord */.u4)(d.artifactTags) ? d.artifactTags : {}) },
        })),
        source,
        vmProfile: (0,template_problem/* isRecord */.u4)(vmProfile) ? vmProfile : undefined,
        buildTimeoutInMinutes: typeof buildTimeoutInMinutes === 'number' ? buildTimeoutInMinutes : undefined,
        stagingResourceGroup: typeof stagingResourceGroup === 'string' ? stagingResourceGroup : undefined,
        tags: file.tags ?? {},
        rest,
        origins: steps.map((step) => originOf(step, file.fileName)),
    };
}
function originOf(step, fileName) {
    const inline = Array.isArray(step.inline) ? step.inline.join('\n') : '';
    const uri = typeof step.scriptUri === 'string'
        ? step.scriptUri
        : typeof step.sourceUri === 'string'
            ? step.sourceUri
            : '';
    const checksum = typeof step.sha256Checksum === 'string' ? step.sha256Checksum : '';
    const sha256 = checksum || (inline ? (0,external_node_crypto_.createHash)('sha256').update(inline).digest('hex') : '');
    return {
        name: typeof step.name === 'string' ? step.name : String(step.type),
        type: String(step.type),
        origin: uri ? `template ${fileName} (${uri})` : `template ${fileName}`,
        bytes: Buffer.byteLength(inline),
        sha256,
    };
}
/** File VM profile with the VM inputs on top, field by field. */
function mergeVmProfile(file, inputs) {
    const vnet = {
        ...((0,template_problem/* isRecord */.u4)(file?.vnetConfig) ? file.vnetConfig : {}),
        ...((0,template_problem/* isRecord */.u4)(inputs.vnetConfig) ? inputs.vnetConfig : {}),
    };
    // An input left empty keeps the file's value: only the inputs that are set go on top.
    const given = Object.fromEntries(Object.entries(inputs).filter(([, v]) => v !== undefined));
    const merged = { ...file, ...given, vnetConfig: Object.keys(vnet).length > 0 ? vnet : undefined };
    const defined = Object.entries(merged).filter(([, v]) => v !== undefined);
    return defined.length > 0 ? Object.fromEntries(defined) : undefined;
}

// EXTERNAL MODULE: ./src/template-file/swagger-model.ts + 1 modules
var swagger_model = __nccwpck_require__(6674);
// EXTERNAL MODULE: ./src/template-file/template-document.ts
var template_document = __nccwpck_require__(1963);
;// CONCATENATED MODULE: ./src/template/render.ts







/** The API version of the bundled schema, so what we render is what we validate against. */
const API_VERSION = swagger_model/* SCHEMA_API_VERSION */.kW;
const RESOURCE_TYPE = template_document/* IMAGE_TEMPLATE_TYPE */.i;
/** Used by the service when buildTimeoutInMinutes is 0 or missing; we state it explicitly. */
const DEFAULT_BUILD_TIMEOUT_MINUTES = 240;
/**
 * Config (and the user's template file, if any) → ImageTemplate, the SDK's flattened model.
 * The file's customizers, validators and targets come first; inputs given explicitly override
 * its settings. Pure: same config, same template.
 */
function renderTemplate(config, uploads) {
    const { vm, distribution } = config;
    const file = fileParts(config.templateFile?.loaded, distribution.artifactTags);
    const ours = renderCustomization(config.customization, config.osType, file.customize, uploads);
    const customize = [...file.customize, ...ours.customize];
    const inVMValidations = [...entriesOf(file.validate?.inVMValidations), ...ours.validators];
    const template = {
        ...file.rest,
        location: config.location,
        // The owner tag marks the template as this job's: post touches no other (run-context.ts).
        tags: { ...file.tags, ...distribution.artifactTags, [run_context/* OWNER_TAG */.FX]: config.owner },
        identity: { type: 'UserAssigned', userAssignedIdentities: { [config.identityId]: {} } },
        source: config.source ?? file.source,
        customize: customize.length > 0 ? customize : undefined,
        validate: inVMValidations.length > 0 ? { ...file.validate, inVMValidations } : file.validate,
        distribute: [...file.distribute, ...renderDistribution(distribution, config.location)],
        buildTimeoutInMinutes: vm.buildTimeoutMinutes ?? file.buildTimeoutInMinutes ?? DEFAULT_BUILD_TIMEOUT_MINUTES,
        vmProfile: mergeVmProfile(file.vmProfile, vmInputsOf(config, uploads?.archive)),
        stagingResourceGroup: vm.stagingResourceGroupId ?? file.stagingResourceGroup,
    };
    const origins = [...file.origins, ...ours.origins];
    return { template: dropUndefined(template), origins, notes: notesFor(config) };
}
/** The VM settings from inputs; a large archive needs the template identity on the VM (IMDS). */
function vmInputsOf(config, archive) {
    const { vm } = config;
    return {
        vmSize: vm.vmSize,
        osDiskSizeGB: vm.osDiskSizeGb,
        vnetConfig: vm.subnetId ? { subnetId: vm.subnetId } : undefined,
        userAssignedIdentities: archive && (0,remote_artifacts/* needsVmIdentity */.vV)(archive) ? [config.identityId] : undefined,
    };
}
/** The file's entries as they are: a malformed one goes on to validation, which names it. */
const entriesOf = (value) => Array.isArray(value) ? value : [];
/** "what came from where", only interesting when there is a template file. */
function notesFor(config) {
    const os = osNote(config);
    const file = config.templateFile;
    if (!file)
        return os ? [os] : [];
    const from = (fromInput) => (fromInput ? 'input' : `template file ${file.relPath}`);
    return [
        ...file.loaded.notes,
        `location ${config.location}: from the ${from(file.loaded.location !== config.location)}`,
        `source: from the ${from(config.source !== undefined)}`,
        `identity: from the ${from(!Object.keys(file.loaded.identity?.userAssignedIdentities ?? {}).includes(config.identityId))}`,
        `customizers: ${file.loaded.properties.customize ? "the file's first, then " : ''}the repository's`,
        ...(os ? [os] : []),
    ];
}
/** Says how the OS was chosen when neither `os-type` nor a platform image source said it. */
function osNote({ osType, osTypeFrom }) {
    if (osTypeFrom === 'customizers') {
        return `OS ${osType}: from the customizers and scripts (the source does not say; os-type sets it)`;
    }
    if (osTypeFrom === 'assumed') {
        return `OS ${osType}: assumed (no os-type, and neither the source nor the customizers say; set os-type: windows for a Windows image)`;
    }
    return undefined;
}
function renderDistribution(d, location) {
    const { artifactTags } = d;
    const targets = [];
    if (d.managedImageId) {
        targets.push({
            type: 'ManagedImage',
            imageId: d.managedImageId,
            location,
            runOutputName: names/* RUN_OUTPUT */.mF.managedImage,
            artifactTags,
        });
    }
    if (d.gallery) {
        targets.push({
            type: 'SharedImage',
            galleryImageId: d.gallery.galleryImageId,
            targetRegions: [...d.gallery.targetRegions],
            versioning: d.gallery.versioning,
            excludeFromLatest: d.gallery.excludeFromLatest,
            runOutputName: names/* RUN_OUTPUT */.mF.gallery,
            artifactTags,
        });
    }
    if (d.vhd) {
        const uri = d.vhd === true ? undefined : d.vhd;
        targets.push({ type: 'VHD', uri, runOutputName: names/* RUN_OUTPUT */.mF.vhd, artifactTags });
    }
    return targets;
}
/**
 * Undefined members would show up as noise in the rendered file; drop them recursively. The copy
 * also keeps the template from sharing objects with the config.
 */
function dropUndefined(value) {
    return JSON.parse(JSON.stringify(value));
}
function toResourceJson(name, template) {
    const { location, tags, identity, ...properties } = template;
    return {
        type: RESOURCE_TYPE,
        apiVersion: API_VERSION,
        name,
        location,
        tags,
        identity,
        properties,
    };
}


/***/ }),

/***/ 5214:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch)
/* harmony export */ });
// Build-time stand-in for the `undici` package (tsconfig "paths" points ncc here).
//
// @actions/http-client imports undici only for ProxyAgent, which only its getAgentDispatcher()
// uses (fetch-based clients such as Octokit). core.getIDToken goes through http-client's own
// https/tunnel agents, which honour proxies without undici. Bundling undici would add ~0.9 MB that
// Node must parse at every start (see `npm run bench`).
//
// @actions/github builds a ProxyAgent and a fetch from undici when it is imported, whenever a
// proxy is set. github/pr-comment.ts gives Octokit Node's own fetch instead (which honours
// HTTPS_PROXY under NODE_USE_ENV_PROXY=1), so constructing must not throw; using either does.
class ProxyAgent {
    dispatch() {
        throw new Error('undici ProxyAgent is not bundled with this action');
    }
}
function fetch() {
    throw new Error('undici fetch is not bundled with this action: pass Node’s fetch instead');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
