import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { apolloClient } from './app/apollo';
import { App } from './app/App';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element to render Kindred into.');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={apolloClient}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </ApolloProvider>
  </StrictMode>,
);
